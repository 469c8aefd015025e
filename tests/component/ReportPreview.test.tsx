/**
 * Producing the report while its checks are open: the PDF and the print view first list every
 * open check, and the lead goes back to fix them or produces the report anyway. With no open
 * check, nothing is asked.
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
import { downloadFile } from '../../src/ui/components/downloadFile';
import ReportPreview from '../../src/ui/report/ReportPreview/ReportPreview';
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

const ID = 'insp-preview';
let n = 0;
const saved = vi.mocked(downloadFile);
const print = vi.fn();

async function withExample(text: string) {
  const draft = withKeyFindingsChosen(emptyReportDraft());
  draft.examples = [
    {
      id: 'e1',
      kind: 'case',
      title: 'Moving school',
      caseRef: '',
      areaId: null,
      sectionId: null,
      text,
    },
  ];
  expect((await saveReportDraft(ID, draft)).status).toBe('saved');
}

async function open() {
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
  return user;
}

beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`report-preview-${n++}`, TEST_DATA_KEY));
  const loaded = await loadExampleInspection({ newId: () => ID });
  if (loaded.status !== 'loaded') throw new Error('fixture');
  saved.mockClear();
  print.mockClear();
  vi.stubGlobal('print', print);
});
afterEach(() => {
  vi.unstubAllGlobals();
  useDatabase(null);
});

describe('key findings not chosen', { timeout: 30_000 }, () => {
  it('shows a placeholder in the preview and lists a check for each chapter and the summary', async () => {
    const user = await open();
    const placeholders = [...document.querySelectorAll('[data-placeholder]')].map(
      (p) => p.textContent,
    );
    expect(placeholders).toEqual([
      'Check No key findings chosen for the summary: choose them in the report’s text.',
      ...Array.from(
        { length: 3 },
        () => 'Check No key findings chosen for this chapter: choose them in the report’s text.',
      ),
    ]);
    // Not in the print view, as not in the PDF.
    expect(
      [...document.querySelectorAll('[data-placeholder]')].every((p) =>
        p.classList.contains('ca-no-print'),
      ),
    ).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Download the report (PDF)' }));
    const step = (
      await screen.findByRole('heading', { name: /^The report has 4 open checks$/ })
    ).closest('section')!;
    expect(
      within(step)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Summary: no key findings chosen',
      expect.stringMatching(/^Chapter 3 \(Youth offending work.*\): no key findings chosen$/),
      'Chapter 4 (Working together): no key findings chosen',
      'Chapter 5 (Outcomes): no key findings chosen',
    ]);
    expect(saved).not.toHaveBeenCalled();
  });
});

describe('producing the report with open checks', { timeout: 30_000 }, () => {
  it('lists every open check before the PDF, and makes it only when asked to anyway', async () => {
    await withExample(
      'Katie was moved a long way from her school. Her carer, on 07700 900123, told us.',
    );
    const user = await open();
    await user.click(screen.getByRole('button', { name: 'Download the report (PDF)' }));
    const step = (
      await screen.findByRole('heading', { name: /^The report has 2 open checks$/ })
    ).closest('section')!;
    const listed = within(step)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(listed).toHaveLength(2);
    expect(listed.join('\n')).toMatch(/Katie/);
    expect(listed.join('\n')).toMatch(/07700 900123|phone/i);
    expect(
      within(step).getByRole('link', { name: 'Go back and fix them' }).getAttribute('href'),
    ).toBe(`/inspections/${ID}/report`);
    expect(saved).not.toHaveBeenCalled();

    await user.click(within(step).getByRole('button', { name: 'Make the PDF anyway' }));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
    expect(saved.mock.calls[0]![0]).toMatch(/-report-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(screen.queryByRole('heading', { name: /open checks?$/ })).toBeNull();
  });

  it('asks before printing too, and Cancel prints nothing', async () => {
    await withExample('Mrs Jones told us about the move.');
    const user = await open();
    await user.click(screen.getByRole('button', { name: 'Print' }));
    const step = (
      await screen.findByRole('heading', { name: 'The report has 1 open check' })
    ).closest('section')!;
    await user.click(within(step).getByRole('button', { name: 'Cancel' }));
    expect(print).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Print' }));
    await user.click(await screen.findByRole('button', { name: 'Print anyway' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('asks nothing when the report has no open check', async () => {
    await withExample('A 15-year-old girl was moved a long way from her school.');
    const user = await open();
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Download the report (PDF)' }));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
  });
});
