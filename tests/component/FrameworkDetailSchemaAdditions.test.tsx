/**
 * The framework page reads the format's additions back in words: rules on a standard or a
 * section, on the case's area and stratum and between two dates; N/A and "Not known" on a
 * number, date or text item; "None of these" and "Other" options.
 */
import { render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import { importFramework } from '../../src/db/frameworks/frameworkStore';
import FrameworkDetail from '../../src/ui/frameworks/FrameworkDetail/FrameworkDetail';
import { schemaAdditionsFramework } from '../fixtures/schemaAdditionsFramework';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

let n = 0;
beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`framework-detail-additions-${n++}`, TEST_DATA_KEY));
  await importFramework(schemaAdditionsFramework());
});
afterEach(() => useDatabase(null));

async function openFramework() {
  render(<FrameworkDetail frameworkKey="schema-additions-test@1.0.0" />);
  await screen.findByRole('heading', { level: 1 });
}

describe('the framework page, for the format’s additions', () => {
  it('says when a whole standard or section is asked, and rules on dates', async () => {
    await openFramework();
    expect(
      screen.getByText(
        'The questions in this standard are asked only if “Was the child subject to MAPPA?” is Yes.',
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(
        "The questions in this standard are asked only if the case's area is Blackpool.",
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(
        "The questions in this section are asked only if the case's stratum is Host.",
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(
        'Asked only if “Date of the first meeting” is more than 10 working days after “Start of the order”.',
      ),
    ).toBeTruthy();
  });

  it('shows N/A and not known on items, and the options that stand alone or take words', async () => {
    await openFramework();
    const placements = document.getElementById('item-placements')!;
    expect(within(placements).getByText('N/A · Not known')).toBeTruthy();
    const notes = document.getElementById('item-placement-notes')!;
    expect(within(notes).getByText('Not known')).toBeTruthy();
    const e2 = document.getElementById('item-e2')!;
    expect(e2.textContent).toContain(
      'Education · Sport · Other (please say) (with words) · None of these (alone)',
    );
    expect(screen.getByText('Chosen alone: it clears the other answers.')).toBeTruthy();
    expect(screen.getByText(/Chosen with words saying what it is, kept as/).textContent).toBe(
      'Chosen with words saying what it is, kept as other:….',
    );
  });
});
