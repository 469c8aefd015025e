/**
 * The findings screen beside the published figures: on by default for a self-audit on a
 * framework whose published figures ship, off for an inspection until ticked, and absent for a
 * framework with none. The findings CSV from Exports carries the published figures' columns.
 * Figures imported on this device for the version are used instead of the shipped ones.
 */
import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { writeBenchmarkSet } from '../../src/core/benchmarks/writeBenchmarkSet';
import { BENCHMARK_COLUMNS } from '../../src/core/exchange/findingsTableCsv';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import { importBenchmarkSet } from '../../src/db/frameworks/benchmarkStore';
import { getFramework } from '../../src/db/frameworks/frameworkStore';
import Findings from '../../src/ui/findings/Findings/Findings';
import { findingsCsvExport } from '../../src/ui/report/Exports/inspectionExports';
import { stopFindingsWorker } from '../../src/workers/findingsBridge';
import { storeInspectionFixture } from '../fixtures/inspectionFixture';
import { LAC_BENCHMARKS } from '../fixtures/lacBenchmarks';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';
import { lacAuditFixture } from './benchmarksSetup';
import { figuresShown, fixture, renderAt } from './findingsSetup';

let n = 0;

async function stored(inspection: Parameters<typeof storeInspectionFixture>[1]) {
  useDatabase(new CaseAuditDatabase(`component-benchmarks-${n++}`, TEST_DATA_KEY));
  await storeInspectionFixture(database(), inspection);
  return inspection.inspection.id;
}

afterEach(() => {
  stopFindingsWorker();
  useDatabase(null);
});

async function open(id: string, query = '') {
  const user = userEvent.setup();
  renderAt(`/inspections/${id}/findings${query}`, <Findings inspectionId={id} />);
  await figuresShown();
  return user;
}

/** The figures cell of a question's row in the standard tables. */
function resultCell(itemId: string): HTMLElement {
  const id = screen
    .getAllByText(itemId, { selector: '.ca-findings__id' })
    .find((el) => el.closest('.ca-findings__table'));
  const row = id?.closest('tr');
  if (!row) throw new Error(`no row for ${itemId}`);
  return within(row).getAllByRole('cell')[0]!;
}

const CHECKBOX = 'Show the published figures beside this audit’s';

describe('published figures on the findings screen', { timeout: 30_000 }, () => {
  it('shows them by default for a self-audit on the 2012 framework, with a worked row', async () => {
    const id = await stored(lacAuditFixture('self', 'self-audit'));
    await open(id);
    expect(screen.getByRole('heading', { level: 2, name: 'Published figures' })).toBeTruthy();
    expect((screen.getByLabelText(CHECKBOX) as HTMLInputElement).checked).toBe(true);
    expect(
      screen.getByText(/this audit’s figure minus the published figure, in percentage points/),
    ).toBeTruthy();
    // 11 of 20 not allocated promptly (55%) against the report's 38% (23 of 60): +16.7 points.
    // Wilson 95%: 34.2–74.2% and 27.1–51.0%, so Newcombe's interval is
    // 16.7 − √(20.8² + 12.7²) = −7.7 to 16.7 + √(19.2² + 11.3²) = +38.9 points.
    await waitFor(
      () =>
        expect(resultCell('alloc-prompt').textContent).toContain(
          'Published: 38% (23/60), paragraph 3.4 · This audit: 55% (11/20) · Difference: +17 points (95% interval −8 to +39): not more than chance would explain',
        ),
      // The published figures' file is loaded the first time they are shown.
      { timeout: 10_000 },
    );
    // "Less than half" of 52: 24 or 25 (46.2% or 48.1%); 8 of 12 (66.7%) here: +20.5 or +18.6.
    const range = resultCell('emh-needs-met').textContent ?? '';
    expect(range).toContain('Published: less than half (24–25 of 52), paragraph 2.7');
    expect(range).toContain('This audit: 67% (8/12)');
    expect(range).toMatch(/Difference: \+19 to \+21 points \(95% interval −\d+ to \+\d+\)/);
    expect(range).toContain('The report’s words (“less than half”) allow 24 to 25 of 52');
    expect(within(resultCell('alloc-prompt')).getByText(/What the report said/)).toBeTruthy();
  });

  it('leaves them off for an inspection until they are ticked, and keeps the choice in the address', async () => {
    const id = await stored(lacAuditFixture('insp', 'inspection'));
    const user = await open(id);
    const box = screen.getByLabelText(CHECKBOX) as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(resultCell('alloc-prompt').textContent).not.toContain('Published:');
    await user.click(box);
    await waitFor(() => expect(resultCell('alloc-prompt').textContent).toContain('Published: 38%'));
    expect(window.location.search).toBe('?published=on');
  });

  it('leaves them off for a self-audit whose address says so', async () => {
    const id = await stored(lacAuditFixture('self-off', 'self-audit'));
    await open(id, '?published=off');
    expect((screen.getByLabelText(CHECKBOX) as HTMLInputElement).checked).toBe(false);
    expect(resultCell('alloc-prompt').textContent).not.toContain('Published:');
  });

  it('shows no section for a framework whose published figures do not ship', async () => {
    const id = await stored(fixture);
    await open(id);
    expect(screen.queryByRole('heading', { name: 'Published figures' })).toBeNull();
    expect(screen.queryByLabelText(CHECKBOX)).toBeNull();
  });
});

describe('the findings table from Exports', { timeout: 30_000 }, () => {
  it('carries the published figures’ columns for the 2012 framework', async () => {
    const id = await stored(lacAuditFixture('csv', 'inspection'));
    const made = await findingsCsvExport(id, '2026-03-09', true);
    if (made.status !== 'ok') throw new Error(made.message);
    const text = await made.file.blob.text();
    const [header, ...rows] = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(header!.split(',')).toEqual(expect.arrayContaining([...BENCHMARK_COLUMNS]));
    const alloc = rows.find((r) => r.startsWith('alloc-prompt,') && r.includes(',all,'));
    expect(alloc).toContain(',23,60,38,16.7,');
    expect(made.file.summary).toContain('beside the published figures');
  });
});

describe('published figures imported on this device', { timeout: 30_000 }, () => {
  it('are used on the findings screen and in the findings table instead of the shipped ones', async () => {
    const id = await stored(lacAuditFixture('imported', 'self-audit'));
    const lac = await getFramework('hmip-lac-placed-away-2012@1.0.1');
    const imported = await importBenchmarkSet(
      lac!.framework,
      writeBenchmarkSet(LAC_BENCHMARKS),
      'made-up.json',
    );
    expect(imported.status).toBe('imported');
    await open(id);
    // The made-up set says 58% (35 of 60) were allocated promptly, so 25 of 60 (42%) were not;
    // the screen shows the side this audit's figure counts: 11 of 20 not allocated promptly.
    await waitFor(
      () =>
        expect(resultCell('alloc-prompt').textContent).toContain(
          'Published: 42% (25/60), the other side of the report’s “58%”, Table 1, alloc-prompt · This audit: 55% (11/20)',
        ),
      { timeout: 10_000 },
    );
    const made = await findingsCsvExport(id, '2026-03-09', true);
    if (made.status !== 'ok') throw new Error(made.message);
    const text = await made.file.blob.text();
    const alloc = text
      .split(/\r?\n/)
      .find((r) => r.startsWith('alloc-prompt,') && r.includes(',all,'));
    // 25 of 60 not allocated promptly (42%), 13.3 points below this audit's 55%.
    expect(alloc).toContain(',25,60,42,13.3,');
  });
});
