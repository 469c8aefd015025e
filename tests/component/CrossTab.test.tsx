/**
 * The cross-tab screen on the findings fixture (complete cases, tests/fixtures/findingsFixture.ts):
 * gender by "Was the case allocated promptly?" — male 6 yes, 5 no (case 17 N/A); female 3 yes,
 * 2 no (case 18 N/A). Expected counts 6.19, 4.81, 2.81, 2.19: three under 5, so Fisher's exact
 * test is made (p = 1).
 */
import { fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadReportDraft } from '../../src/db/inspections/reportStore';
import CrossTab from '../../src/ui/findings/CrossTab/CrossTab';
import { closeFindings, FINDINGS, freshFindings, INSPECTION, renderAt } from './findingsSetup';

beforeEach(freshFindings);
afterEach(closeFindings);

const CROSS_TAB = `${FINDINGS}/cross-tab`;

function rows(): string[][] {
  return within(screen.getByRole('table'))
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent ?? ''));
}

describe('the cross-tab screen', () => {
  it('shows counts with row and column percentages and their bases, the test and its warning', async () => {
    renderAt(`${CROSS_TAB}?rows=gender&cols=alloc`, <CrossTab inspectionId={INSPECTION} />);
    await screen.findByRole('table', {}, { timeout: 5_000 });
    expect(screen.getByRole('heading', { level: 1, name: 'Cross-tab' })).toBeTruthy();
    expect(rows()).toEqual([
      ['Gender (rows)', 'Yes', 'No', 'Total'],
      [
        'Male',
        '6Row: 55% (6/11)Column: 67% (6/9) † small base',
        '5Row: 45% (5/11)Column: 71% (5/7) † small base',
        '11Column: 69% (11/16)',
      ],
      [
        'Female',
        '3Row: 60% (3/5) † small baseColumn: 33% (3/9) † small base',
        '2Row: 40% (2/5) † small baseColumn: 29% (2/7) † small base',
        '5Column: 31% (5/16)',
      ],
      ['Total', '9Row: 56% (9/16)', '7Row: 44% (7/16)', '16'],
    ]);
    expect(
      screen.getByText('16 cases of the 18 cases counted (complete cases only) are in the table.'),
    ).toBeTruthy();
    expect(
      screen.getByText(
        "Fisher's exact test (two-sided), p = 1.00: no evidence of association at the 5% level.",
      ),
    ).toBeTruthy();
    expect(screen.getByText(/3 of the 4 expected counts are under 5/)).toBeTruthy();
    expect(
      screen.getByText(
        /Left out on “Was the case allocated promptly\?”: not applicable, 2 cases\./,
      ),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download this cross-tab (CSV)' })).toBeTruthy();
  });

  it('asks for two variables, and puts the choice in the address', async () => {
    renderAt(CROSS_TAB, <CrossTab inspectionId={INSPECTION} />);
    const rowsSelect = await screen.findByLabelText('Rows', {}, { timeout: 5_000 });
    expect(screen.queryByRole('table')).toBeNull();
    fireEvent.change(rowsSelect, { target: { value: 'area' } });
    fireEvent.change(screen.getByLabelText('Columns'), { target: { value: 'alloc' } });
    fireEvent.click(screen.getByLabelText('Complete cases only'));
    fireEvent.click(screen.getByRole('button', { name: 'Show the cross-tab' }));
    expect(window.location.search).toBe('?rows=area&cols=alloc&basis=all');
  });

  it('says when the same variable is chosen twice', async () => {
    renderAt(`${CROSS_TAB}?rows=gender`, <CrossTab inspectionId={INSPECTION} />);
    const cols = await screen.findByLabelText('Columns', {}, { timeout: 5_000 });
    fireEvent.change(cols, { target: { value: 'gender' } });
    expect(
      screen.getByText(/Choose two different things for the rows and the columns/),
    ).toBeTruthy();
  });

  it('adds the cross-tab to the report draft, and takes it out again', async () => {
    renderAt(`${CROSS_TAB}?rows=gender&cols=alloc`, <CrossTab inspectionId={INSPECTION} />);
    fireEvent.click(
      await screen.findByRole(
        'button',
        { name: 'Add this cross-tab to the report' },
        { timeout: 5_000 },
      ),
    );
    await screen.findByText(/Added to the report/);
    const stored = await loadReportDraft(INSPECTION);
    expect(stored.status === 'ok' && stored.draft.crossTabs).toEqual([
      { rows: 'gender', cols: 'alloc' },
    ]);
    expect(
      await screen.findByRole('link', { name: 'Gender by Was the case allocated promptly?' }),
    ).toBeTruthy();
    fireEvent.click(
      await screen.findByRole('button', { name: 'Take this cross-tab out of the report' }),
    );
    await screen.findByText('Taken out of the report.');
    const after = await loadReportDraft(INSPECTION);
    expect(after.status === 'ok' && after.draft.crossTabs).toEqual([]);
  });
});
