/**
 * The answering screen with the format's additions: N/A and "Not known" beside a number, date
 * or text box; "None of these" that clears the other choices (and is cleared by them); "Other
 * (please say)" that reveals a labelled box for its words, checked when it is left.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answersOf } from '../../src/db/cases/caseReads';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import { forgetDeviceId, setScorer } from '../../src/db/device/identityStore';
import { closeCaseEditors } from '../../src/editing/caseEditor';
import StandardPage from '../../src/ui/scoring/StandardPage/StandardPage';
import { inspectionFixture, storeInspectionFixture } from '../fixtures/inspectionFixture';
import { schemaAdditionsFramework } from '../fixtures/schemaAdditionsFramework';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';
import { renderRouted } from './scoringSetup';

const fixture = inspectionFixture({ framework: schemaAdditionsFramework(), id: 'insp-add' });
const INSPECTION = fixture.inspection.id;
const CASE = fixture.cases[0]!.id;
let n = 0;

beforeEach(async () => {
  await closeCaseEditors();
  useDatabase(new CaseAuditDatabase(`component-additions-${n++}-${Math.random()}`, TEST_DATA_KEY));
  forgetDeviceId();
  await storeInspectionFixture(database(), fixture);
  await setScorer(INSPECTION, 'ap');
});
afterEach(async () => {
  await closeCaseEditors();
  useDatabase(null);
});

function open(standardId?: string) {
  const base = `/inspections/${INSPECTION}/cases/${CASE}`;
  return renderRouted(
    standardId ? `${base}/standards/${standardId}` : `${base}/profile`,
    <StandardPage
      inspectionId={INSPECTION}
      caseId={CASE}
      {...(standardId ? { standardId } : {})}
    />,
  );
}

async function stored(itemId: string) {
  return (await answersOf(CASE)).get(itemId)?.value;
}

/** "N/A" or "Not known" beside an item's box, found within the item's block. */
function special(itemId: string, name: 'N/A' | 'Not known'): HTMLInputElement {
  const block = document.querySelector<HTMLElement>(`[data-question="${itemId}"]`)!;
  return within(block).getByRole('checkbox', { name: new RegExp(`^${name}`) }) as HTMLInputElement;
}

describe('N/A and not known beside a box', () => {
  it('empties the number box when N/A is checked, and unchecks N/A when a number is typed', async () => {
    open();
    const input = (await screen.findByLabelText('Number of placements')) as HTMLInputElement;
    fireEvent.input(input, { target: { value: '3' } });
    fireEvent.blur(input);
    await waitFor(async () => expect(await stored('placements')).toBe(3));

    fireEvent.click(special('placements', 'N/A'));
    await waitFor(async () => expect(await stored('placements')).toBe('na'));
    expect(input.value).toBe('');
    expect(special('placements', 'N/A').checked).toBe(true);
    expect(special('placements', 'Not known').checked).toBe(false);

    fireEvent.focus(input);
    fireEvent.input(input, { target: { value: '2' } });
    fireEvent.blur(input);
    await waitFor(async () => expect(await stored('placements')).toBe(2));
    expect(special('placements', 'N/A').checked).toBe(false);
  });

  it('offers only what the item allows: "Not known" for the notes, nothing for the start date', async () => {
    open();
    await screen.findByLabelText('Number of placements');
    const checkboxes = (itemId: string) =>
      within(document.querySelector<HTMLElement>(`[data-question="${itemId}"]`)!)
        .queryAllByRole('checkbox')
        .map((c) => (c as HTMLInputElement).value);
    expect(checkboxes('placements')).toEqual(['na', 'not_known']);
    expect(checkboxes('placement-notes')).toEqual(['not_known']);
    expect(checkboxes('order-start')).toEqual([]);

    fireEvent.click(special('placement-notes', 'Not known'));
    await waitFor(async () => expect(await stored('placement-notes')).toBe('not_known'));
    // The reserved code never shows as typed text.
    expect(
      (screen.getByLabelText('Notes on the placement (optional)') as HTMLTextAreaElement).value,
    ).toBe('');
  });

  it('saves "not known" for a date, inside the date\'s group', async () => {
    open('engagement');
    const group = await screen.findByRole('group', { name: /Date of the first meeting/ });
    fireEvent.click(within(group).getByRole('checkbox', { name: /^Not known/ }));
    await waitFor(async () => expect(await stored('e3')).toBe('not_known'));
  });
});

describe('"None of these" and "Other"', () => {
  it('keeps both ticks when two options are ticked before the screen redraws', async () => {
    open('engagement');
    const group = await screen.findByRole('group', { name: /Which activities/ });
    const option = (name: string) =>
      within(group).getByRole('checkbox', { name }) as HTMLInputElement;
    // Both clicks land in one task: the second must build on the first, not on the old list.
    act(() => {
      option('Education').click();
      option('Sport').click();
    });
    await waitFor(async () => expect(await stored('e2')).toEqual(['education', 'sport']));
    expect([option('Education').checked, option('Sport').checked]).toEqual([true, true]);
  });

  it('clears the other choices when "None of these" is ticked, and is cleared by them', async () => {
    open('engagement');
    const group = await screen.findByRole('group', { name: /Which activities/ });
    const option = (name: string) =>
      within(group).getByRole('checkbox', { name }) as HTMLInputElement;
    fireEvent.click(option('Education'));
    await waitFor(async () => expect(await stored('e2')).toEqual(['education']));
    fireEvent.click(option('Sport'));
    await waitFor(async () => expect(await stored('e2')).toEqual(['education', 'sport']));

    fireEvent.click(option('None of these'));
    await waitFor(async () => expect(await stored('e2')).toEqual(['none']));
    expect([option('Education').checked, option('Sport').checked]).toEqual([false, false]);

    fireEvent.click(option('Sport'));
    await waitFor(async () => expect(await stored('e2')).toEqual(['sport']));
    expect(option('None of these').checked).toBe(false);
  });

  it('reveals a labelled box for "Other", saves its words with it, and says when they are missing', async () => {
    const user = userEvent.setup();
    open('engagement');
    const group = await screen.findByRole('group', { name: /Which activities/ });
    const other = within(group).getByRole('checkbox', { name: 'Other (please say)' });
    expect(screen.queryByLabelText('Say what “Other” is')).toBeNull();

    await user.click(other);
    const words = screen.getByLabelText('Say what “Other” is') as HTMLInputElement;
    expect(other.getAttribute('aria-controls')).toBe(
      words.closest('.govuk-checkboxes__conditional')?.id,
    );
    await user.click(words);
    await user.tab();
    expect(screen.getByText(/Enter what “Other” is/)).not.toBeNull();
    expect(words.getAttribute('aria-describedby')).toBe('e2-other-error');

    await user.type(words, 'Boxing club');
    await user.tab();
    await waitFor(async () => expect(await stored('e2')).toEqual(['other:Boxing club']));
    expect(screen.queryByText(/Enter what “Other” is/)).toBeNull();

    // "None of these" clears "Other" and its words.
    await user.click(within(group).getByRole('checkbox', { name: 'None of these' }));
    await waitFor(async () => expect(await stored('e2')).toEqual(['none']));
    expect(screen.queryByLabelText('Say what “Other” is')).toBeNull();
  });

  it('refuses a vertical bar in the words, keeping what was saved', async () => {
    const user = userEvent.setup();
    open('engagement');
    const group = await screen.findByRole('group', { name: /Which activities/ });
    await user.click(within(group).getByRole('checkbox', { name: 'Other (please say)' }));
    const words = screen.getByLabelText('Say what “Other” is');
    await user.type(words, 'Chess');
    await waitFor(async () => expect(await stored('e2')).toEqual(['other:Chess']));
    await user.type(words, ' | Judo');
    await user.tab();
    expect(screen.getByText(/“Other” must not contain a vertical bar \(\|\)/)).not.toBeNull();
    expect(await stored('e2')).toEqual(['other:Chess']);
  });
});

describe('a standard hidden for the case', () => {
  it('is not asked: the Blackpool pilot for a case in another area', async () => {
    open('blackpool-pilot');
    await screen.findByRole('heading', { level: 1, name: 'Blackpool pilot' });
    expect(screen.queryByRole('group', { name: 'Was the pilot offered?' })).toBeNull();
    expect(
      screen.getByText(/1 question is not asked for this case/, { exact: false }),
    ).not.toBeNull();
  });
});
