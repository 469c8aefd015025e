/**
 * The lead chooses two-way tables for the report on its preview: rows by area, columns by
 * stratum. The preview then has a chapter with a table per question, each cell with its base
 * and the small-base mark, and the PDF is asked for with the same tables.
 */
import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyReportDraft } from '../../src/core';
import { useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import { loadExampleInspection } from '../../src/db/inspections/exampleInspection';
import { saveReportDraft } from '../../src/db/inspections/reportStore';
import ReportPreview from '../../src/ui/report/ReportPreview/ReportPreview';
import { reportWorker } from '../../src/workers/reportBridge';
import { reportHandlers } from '../../src/workers/reportService';
import { withKeyFindingsChosen } from '../fixtures/reportFixture';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

// The report worker's own handlers, run on the page; the PDF itself is not drawn here.
vi.mock('../../src/workers/reportBridge', () => ({
  reportWorker: {
    call: vi.fn(async (name: string, args: Parameters<typeof reportHandlers.document>[0]) =>
      name === 'document'
        ? reportHandlers.document(args)
        : {
            status: 'ok',
            value: { bytes: new ArrayBuffer(8), pages: 12, title: '', warnings: [] },
          },
    ),
  },
}));
vi.mock('../../src/ui/components/downloadFile', () => ({ downloadFile: vi.fn() }));

const ID = 'insp-two-way';
let n = 0;

beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`report-two-way-${n++}`, TEST_DATA_KEY));
  const loaded = await loadExampleInspection({ newId: () => ID });
  if (loaded.status !== 'loaded') throw new Error('fixture');
  // Key findings chosen, so the PDF is made without asking about them first.
  const chosen = withKeyFindingsChosen(emptyReportDraft());
  expect((await saveReportDraft(ID, chosen)).status).toBe('saved');
  vi.mocked(reportWorker.call).mockClear();
});
afterEach(() => {
  useDatabase(null);
});

describe('two-way tables in the report', { timeout: 30_000 }, () => {
  it('adds the tables the lead chooses, each cell with its base and †, to the preview and the PDF', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', `/inspections/${ID}/report/preview`);
    render(
      <LocationProvider>
        <ReportPreview inspectionId={ID} />
      </LocationProvider>,
    );
    await waitFor(() => expect(document.querySelector('.ca-report')).not.toBeNull(), {
      timeout: 10_000,
    });
    expect(screen.queryByRole('heading', { name: /Findings by area and stratum$/ })).toBeNull();

    await user.selectOptions(screen.getByLabelText('Rows by'), 'Area');
    await user.selectOptions(screen.getByLabelText('Columns by'), 'Stratum');
    await user.click(screen.getByRole('button', { name: 'Show these tables' }));
    const heading = await screen.findByRole(
      'heading',
      { name: /Findings by area and stratum$/ },
      { timeout: 10_000 },
    );
    expect(window.location.search).toBe('?by=area,stratum');
    const chapter = heading.closest('section')!;
    const table = within(chapter).getAllByRole('table')[0]!;
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Area',
      expect.stringMatching(/ \(\d+\)$/),
      expect.stringMatching(/ \(\d+\)$/),
      'All',
    ]);
    const cells = within(table)
      .getAllByRole('cell')
      .map((c) => c.textContent ?? '');
    expect(cells.some((c) => /^\d+% \(\d+\/\d\) †$/.test(c))).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Download the report (PDF)' }));
    await waitFor(() =>
      expect(reportWorker.call).toHaveBeenCalledWith(
        'pdf',
        expect.objectContaining({ twoWay: ['area', 'stratum'] }),
        expect.anything(),
      ),
    );
  });

  it('will not make rows and columns of the same field', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', `/inspections/${ID}/report/preview`);
    render(
      <LocationProvider>
        <ReportPreview inspectionId={ID} />
      </LocationProvider>,
    );
    await user.selectOptions(await screen.findByLabelText('Rows by'), 'Area');
    await user.selectOptions(screen.getByLabelText(/Columns by/), 'Area');
    expect(screen.queryByText(/Choose two different fields/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show these tables' }));
    expect(screen.getAllByText(/Choose two different fields for rows and columns/).length).toBe(1);
    expect(window.location.search).toBe('');
  });
});
