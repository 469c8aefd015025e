import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answersOf } from '../../src/db/cases/caseReads';
import { database } from '../../src/db/connection';
import StandardPage from '../../src/ui/scoring/StandardPage/StandardPage';
import { answer, CASE, closeCase, freshCase, INSPECTION, renderRouted } from './scoringSetup';

const base = `/inspections/${INSPECTION}/cases/${CASE}`;

function open(standardId?: string) {
  const path = standardId ? `${base}/standards/${standardId}` : `${base}/profile`;
  return renderRouted(
    path,
    <StandardPage
      inspectionId={INSPECTION}
      caseId={CASE}
      {...(standardId ? { standardId } : {})}
    />,
  );
}

const question = (name: RegExp | string) => screen.getByRole('group', { name });
const status = (itemId: string) => document.getElementById(`${itemId}-status`)?.textContent;

beforeEach(() => freshCase());
afterEach(async () => {
  vi.restoreAllMocks();
  await closeCase();
});

describe('answering a standard', () => {
  it('offers N/A and not known only where the scale allows them, with their keys', async () => {
    open('assessment');
    await screen.findByRole('heading', { level: 1, name: 'Assessment' });
    const labels = (group: HTMLElement) =>
      within(group)
        .getAllByRole('radio')
        .map((r) => `${(r as HTMLInputElement).labels?.[0]?.textContent}`);
    expect(labels(question(/emotional and mental health/))).toEqual([
      'Yes1',
      'No2',
      'N/AN',
      'Not knownK',
    ]);
    expect(labels(question('Was the child seen alone?'))).toEqual(['Yes1', 'No2']);
    expect(labels(question('Quality of the assessment'))).toEqual([
      'Outstanding1',
      'Good2',
      'Requires improvement3',
      'Inadequate4',
      'N/AN',
    ]);
    expect(screen.getByText(/choose an answer/).textContent).toContain('not known');
  });

  it('saves a choice and says so with the time', async () => {
    open('assessment');
    await screen.findByRole('heading', { level: 1 });
    fireEvent.click(
      within(question('Was the child seen alone?')).getByRole('radio', { name: 'No' }),
    );
    await waitFor(() => expect(status('a2')).toMatch(/^Saved \d\d:\d\d$/));
    expect((await answersOf(CASE)).get('a2')).toMatchObject({ value: 'no', by: 'ap' });
  });

  it('says plainly when saving fails, and keeps retrying', async () => {
    open('assessment');
    await screen.findByRole('heading', { level: 1 });
    const db = database();
    vi.spyOn(db.answerValues, 'put').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    fireEvent.click(
      within(question('Was the child seen alone?')).getByRole('radio', { name: 'Yes' }),
    );
    await waitFor(() =>
      expect(status('a2')).toBe('Not saved — retrying: the device is out of storage space'),
    );
    // Announced once to screen readers, not on every retry.
    const live = within(document.querySelector('[data-question="a2"]') as HTMLElement).getByRole(
      'status',
    );
    await waitFor(() =>
      expect(live.textContent).toBe('Not saved — retrying: the device is out of storage space'),
    );
    vi.restoreAllMocks();
    await waitFor(() => expect(status('a2')).toMatch(/^Saved/), { timeout: 3000 });
    await waitFor(() => expect(live.textContent).toBe('Saved'));
  });

  it('hides a question whose rule turns false, keeps its answer, and asks it again when true', async () => {
    open('reviewing');
    await screen.findByRole('heading', { level: 1, name: 'Reviewing' });
    expect(screen.queryByRole('group', { name: 'Was the delay explained?' })).toBeNull();
    expect(screen.getByText('1 question is not asked for this case')).toBeTruthy();

    fireEvent.click(
      within(question('Was the plan reviewed on time?')).getByRole('radio', { name: 'No' }),
    );
    const delay = await screen.findByRole('group', { name: 'Was the delay explained?' });
    fireEvent.click(within(delay).getByRole('radio', { name: 'Yes' }));
    await waitFor(() => expect(status('r2')).toMatch(/^Saved/));

    fireEvent.click(
      within(question('Was the plan reviewed on time?')).getByRole('radio', { name: 'Yes' }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('group', { name: 'Was the delay explained?' })).toBeNull(),
    );
    const kept = document.querySelector('[data-kept]') as HTMLElement;
    expect(kept.textContent).toContain(
      'Not asked for this case because it is asked only if “Was the plan reviewed on time?” is No. Your earlier answer is kept and counts again if that changes.',
    );
    expect(kept.textContent).toContain('Earlier answerYes');
    expect((await answersOf(CASE)).get('r2')?.value).toBe('yes');

    fireEvent.click(
      within(question('Was the plan reviewed on time?')).getByRole('radio', { name: 'No' }),
    );
    const back = await screen.findByRole('group', { name: 'Was the delay explained?' });
    expect((within(back).getByRole('radio', { name: 'Yes' }) as HTMLInputElement).checked).toBe(
      true,
    );
  });

  it('applies rules from another tab live', async () => {
    open('mappa-work');
    await screen.findByRole('heading', { level: 1, name: 'MAPPA work' });
    expect(screen.queryByRole('group', { name: /MAPPA level/ })).toBeNull();
    await answer({ mappa: 'yes' });
    await screen.findByRole('group', { name: 'Was the MAPPA level appropriate?' });
  });

  it('scores with the keyboard: digits, N and K on the focused question, Alt+↓ to the next', async () => {
    const user = userEvent.setup();
    open('assessment');
    await screen.findByRole('heading', { level: 1 });
    const first = within(question(/emotional and mental health/)).getAllByRole('radio')[0]!;
    first.focus();
    await user.keyboard('2');
    await waitFor(() => expect(status('a1')).toMatch(/^Saved/));
    expect((await answersOf(CASE)).get('a1')?.value).toBe('no');
    await user.keyboard('n');
    await waitFor(async () => expect((await answersOf(CASE)).get('a1')?.value).toBe('na'));
    await user.keyboard('k');
    await waitFor(async () => expect((await answersOf(CASE)).get('a1')?.value).toBe('not_known'));

    // Digits typed in the evidence note are text, not choices.
    const note = screen.getByLabelText(/Evidence: where in the file.*emotional/);
    await user.click(note);
    await user.keyboard('p. 12');
    expect((note as HTMLTextAreaElement).value).toBe('p. 12');
    await user.tab();
    await waitFor(async () =>
      expect((await answersOf(CASE)).get('a1')).toMatchObject({
        value: 'not_known',
        note: 'p. 12',
      }),
    );

    // Alt+↓ from the note moves to the next question, Alt+↑ back.
    note.focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(document.activeElement).toBe(
      within(question('Was the child seen alone?')).getAllByRole('radio')[0],
    );
    await user.keyboard('1');
    await waitFor(async () => expect((await answersOf(CASE)).get('a2')?.value).toBe('yes'));
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    // Back on the first question, at its chosen answer.
    expect((document.activeElement as HTMLInputElement).value).toBe('not_known');
    // No key for what the scale does not offer.
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await user.keyboard('k');
    expect((await answersOf(CASE)).get('a2')?.value).toBe('yes');
  });

  it('checks a typed number against its bounds and saves only a valid one', async () => {
    const user = userEvent.setup();
    open();
    await screen.findByRole('heading', { level: 1, name: 'Case profile' });
    const age = screen.getByLabelText('Age of the child');
    await user.click(age);
    await user.keyboard('9');
    await user.tab();
    expect(await screen.findByText('Enter a whole number from 10 to 18')).toBeTruthy();
    expect((await answersOf(CASE)).get('age')).toBeUndefined();
    await user.click(age);
    await user.keyboard('{Backspace}15');
    await user.tab();
    await waitFor(async () => expect((await answersOf(CASE)).get('age')?.value).toBe(15));
    expect(screen.queryByText('Enter a whole number from 10 to 18')).toBeNull();
  });

  it('reads a date from day, month and year boxes', async () => {
    const user = userEvent.setup();
    open('reviewing');
    await screen.findByRole('heading', { level: 1 });
    const group = question(/Date of the last review/);
    await user.type(within(group).getByLabelText('Day'), '3');
    await user.type(within(group).getByLabelText('Month'), '3');
    await user.type(within(group).getByLabelText('Year'), '2024');
    await user.tab();
    await waitFor(async () => expect((await answersOf(CASE)).get('r3')?.value).toBe('2024-03-03'));
  });

  it('asks who is scoring before the first answer in an inspection', async () => {
    await freshCase({ scorer: null });
    open('assessment');
    await screen.findByRole('group', { name: 'Who is scoring?' });
    fireEvent.click(screen.getByLabelText('J. Morgan'));
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'Assessment' });
    fireEvent.click(
      within(question('Was the child seen alone?')).getByRole('radio', { name: 'Yes' }),
    );
    await waitFor(async () => expect((await answersOf(CASE)).get('a2')?.by).toBe('jm'));
  });
});
