import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import Findings from '../../src/ui/findings/Findings/Findings';
import CompareAudits from '../../src/ui/trend/CompareAudits/CompareAudits';
import { stopFindingsWorker } from '../../src/workers/findingsBridge';
import { findingsFixture } from '../fixtures/findingsFixture';
import { type InspectionFixture, storeInspectionFixture } from '../fixtures/inspectionFixture';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';
import { figuresShown, renderAt } from './findingsSetup';

/**
 * The findings fixture twice: the earlier audit (2025) had no case allocated promptly (0 of 16),
 * this one (2026, its repeat) 9 of 16; every other answer is the same.
 */
function audits(): InspectionFixture[] {
  const earlier = findingsFixture('audit-2025');
  const now = findingsFixture('audit-2026');
  return [
    {
      ...earlier,
      inspection: {
        ...earlier.inspection,
        title: 'Placed away 2025',
        kind: 'self-audit',
        fieldwork: { start: '2025-03-03', end: '2025-03-07' },
      },
      answers: earlier.answers.map((a) =>
        a.itemId === 'alloc' && a.value === 'yes' ? { ...a, value: 'no' } : a,
      ),
    },
    {
      ...now,
      inspection: {
        ...now.inspection,
        title: 'Placed away 2026',
        kind: 'self-audit',
        repeatOf: 'audit-2025',
      },
    },
  ];
}

let n = 0;
beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`component-compare-${n++}`, TEST_DATA_KEY));
  for (const fixture of audits()) await storeInspectionFixture(database(), fixture);
});
afterEach(() => {
  stopFindingsWorker();
  useDatabase(null);
});

/** The cells of the row of question `itemId` in its standard's table. */
function questionRow(itemId: string): string[] {
  const rows = screen
    .getAllByRole('row')
    .filter((row) => within(row).queryByText(itemId, { selector: '.ca-findings__id' }));
  if (rows.length !== 1) throw new Error(`expected one row for ${itemId}, found ${rows.length}`);
  return within(rows[0]!)
    .getAllByRole('cell')
    .map((cell) => cell.textContent?.trim() ?? '');
}

describe('comparing with an earlier audit', () => {
  it('compares with the audit this one repeats, question by question, with the method', async () => {
    renderAt('/inspections/audit-2026/compare', <CompareAudits inspectionId="audit-2026" />);
    await screen.findByRole('heading', { name: 'Compare with an earlier audit' });
    await screen.findByRole('table', { name: 'Allocation: then and now' }, { timeout: 10_000 });
    const select = screen.getByRole('combobox', { name: 'Compare with' }) as HTMLSelectElement;
    expect(select.value).toBe('audit-2025');
    expect(select.selectedOptions[0]!.textContent).toBe(
      'Placed away 2025 (fieldwork 3 March 2025 to 7 March 2025)',
    );
    expect(
      screen
        .getAllByRole('columnheader')
        .slice(0, 8)
        .map((h) => h.textContent),
    ).toEqual([
      'Question',
      'Answers counted',
      'Then',
      'Now',
      'Change (points)',
      '95% interval',
      'More than chance?',
      'Test',
    ]);
    // 0 of 16 then, 9 of 16 now: +56 points; z = 0.5625 / 0.1589 = 3.54.
    const [answers, then, now, change, interval, chance, test] = questionRow('alloc');
    expect([answers, then, now, change, chance, test]).toEqual([
      'Yes',
      '0% (0/16)',
      '56% (9/16)',
      '+56',
      'Yes',
      'z = 3.54, p < 0.001',
    ]);
    expect(interval).toMatch(/^\+\d+ to \+\d+$/);
    // The same answers in both: no change, never more than chance.
    expect(questionRow('emh').slice(0, 6)).toEqual([
      'Yes',
      '83% (15/18)',
      '83% (15/18)',
      '0',
      '−25 to +25',
      'No',
    ]);
    // A small base is marked on both sides (3 of 5 said no, the side the findings state).
    expect(questionRow('rev-why').slice(0, 3)).toEqual(['No', '60% (3/5) †', '60% (3/5) †']);
    expect(screen.getByText(/Small base: fewer than 10 cases/)).toBeTruthy();
    expect(questionRow('summary')).toEqual([
      'Not compared: the answer is written or a date, not a share of cases.',
    ]);
    expect(screen.getByText(/two-proportion z test with a pooled proportion/)).toBeTruthy();
    expect(screen.getByText(/Placed away 2025 .*: 18 complete cases counted/)).toBeTruthy();
  });

  it('draws the change as a chart with a text alternative and a caption saying what it counts', async () => {
    renderAt('/inspections/audit-2026/compare', <CompareAudits inspectionId="audit-2026" />);
    const chart = await screen.findByRole(
      'img',
      { name: /^Allocation: the share of cases with the answers counted/ },
      { timeout: 10_000 },
    );
    expect(chart.getAttribute('aria-label')).toContain(
      'Was the case allocated promptly?: 0% (0/16) then, 56% (9/16) now, +56 points, more than chance would explain',
    );
    expect(
      screen.getByRole('figure', {
        name: /^Allocation: the share of cases with the answers counted, then \(open circle\) and now \(filled circle\)/,
      }),
    ).toBeTruthy();
  });

  it('keeps the choice in the address and reads it back', async () => {
    const user = userEvent.setup();
    renderAt('/inspections/audit-2025/compare', <CompareAudits inspectionId="audit-2025" />);
    // Nothing is earlier than the 2025 audit: the reader chooses.
    await screen.findByText(/No audit on this device on the same framework version is earlier/);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Compare with' }), 'audit-2026');
    await user.click(screen.getByRole('radio', { name: 'All cases' }));
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    await waitFor(() => expect(window.location.search).toBe('?with=audit-2026&basis=all'));
    await screen.findByRole('table', { name: 'Allocation: then and now' }, { timeout: 10_000 });
    // All 20 cases. Now (2025) no case of 17 was allocated promptly, so its findings state the
    // "No" answers: 17 of 17; then (2026) 7 of 17 said no.
    expect(questionRow('alloc').slice(0, 4)).toEqual(['No', '41% (7/17)', '100% (17/17)', '+59']);
  });

  it('says when there is no other audit to compare with', async () => {
    await database().inspections.delete('audit-2025');
    renderAt('/inspections/audit-2026/compare', <CompareAudits inspectionId="audit-2026" />);
    expect(
      await screen.findByText(
        /No other audit on this device uses Findings test framework, version 1\.0\.0/,
      ),
    ).toBeTruthy();
  });

  it('is linked from the findings when another audit on the same version is here', async () => {
    renderAt('/inspections/audit-2026/findings', <Findings inspectionId="audit-2026" />);
    await figuresShown();
    const link = await screen.findByRole('link', { name: 'Compare with an earlier audit' });
    expect(link.getAttribute('href')).toBe('/inspections/audit-2026/compare');
  });
});
