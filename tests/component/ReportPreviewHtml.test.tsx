/**
 * The report as an HTML file from the report preview: made by the report worker's own handler
 * from the document the preview shows, saved under the PDF's name with `.html`; with open checks
 * the lead confirms first, as for the PDF.
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

// The report worker's own handlers, run on the page.
vi.mock('../../src/workers/reportBridge', () => ({
  reportWorker: {
    call: vi.fn(
      async (name: 'document' | 'html', args: Parameters<typeof reportHandlers.html>[0]) =>
        reportHandlers[name](args),
    ),
  },
}));
vi.mock('../../src/ui/components/downloadFile', () => ({ downloadFile: vi.fn() }));

const ID = 'insp-preview-html';
let n = 0;
const saved = vi.mocked(downloadFile);

async function withExample(text: string) {
  // Key findings chosen everywhere: the example is the only thing to check.
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
  useDatabase(new CaseAuditDatabase(`report-preview-html-${n++}`, TEST_DATA_KEY));
  const loaded = await loadExampleInspection({ newId: () => ID });
  if (loaded.status !== 'loaded') throw new Error('fixture');
  saved.mockClear();
});
afterEach(() => {
  useDatabase(null);
});

describe('downloading the report as HTML', { timeout: 30_000 }, () => {
  it('saves the HTML file under the PDF’s name, with the example’s text in it', async () => {
    await withExample('A 15-year-old girl was moved a long way from her school & <back>.');
    const user = await open();
    await user.click(screen.getByRole('button', { name: 'Download the report (HTML)' }));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
    const [fileName, blob] = saved.mock.calls[0]!;
    expect(fileName).toMatch(/-report-\d{4}-\d{2}-\d{2}\.html$/);
    expect(blob.type).toBe('text/html;charset=utf-8');
    const html = await blob.text();
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('moved a long way from her school &amp; &lt;back&gt;.');
    expect(await screen.findByText('The HTML file is in your downloads')).toBeTruthy();
    expect(document.querySelector('[data-html-done]')?.textContent).toBe(fileName);
  });

  it('lists the open checks first, and makes the file only when asked to anyway', async () => {
    await withExample('Katie was moved a long way from her school.');
    const user = await open();
    await user.click(screen.getByRole('button', { name: 'Download the report (HTML)' }));
    const step = (
      await screen.findByRole('heading', { name: /^The report has 1 open check$/ })
    ).closest('section')!;
    expect(within(step).getByText(/before the HTML file is made/)).toBeTruthy();
    expect(saved).not.toHaveBeenCalled();
    await user.click(within(step).getByRole('button', { name: 'Make the HTML file anyway' }));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
    expect(saved.mock.calls[0]![0]).toMatch(/\.html$/);
  });
});
