/**
 * The report as a Word file from the preview: made by the report worker's own handler (run on
 * the page here), saved under the PDF's name with .docx, after the open checks are confirmed
 * as for the PDF.
 */
import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import JSZip from 'jszip';
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

const made = vi.hoisted(() => ({ word: null as ArrayBuffer | null }));

// The report worker's own handlers, run on the page.
vi.mock('../../src/workers/reportBridge', () => ({
  reportWorker: {
    call: vi.fn(async (name: string, args: Parameters<typeof reportHandlers.document>[0]) => {
      if (name === 'document') return reportHandlers.document(args);
      const reply = await reportHandlers.docx(args, () => undefined);
      if (reply.status === 'ok') made.word = reply.value.bytes;
      return reply;
    }),
  },
}));
vi.mock('../../src/ui/components/downloadFile', () => ({ downloadFile: vi.fn() }));

const ID = 'insp-preview-word';
let n = 0;
const saved = vi.mocked(downloadFile);

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
  useDatabase(new CaseAuditDatabase(`report-preview-word-${n++}`, TEST_DATA_KEY));
  const loaded = await loadExampleInspection({ newId: () => ID });
  if (loaded.status !== 'loaded') throw new Error('fixture');
  saved.mockClear();
  made.word = null;
});
afterEach(() => {
  useDatabase(null);
});

describe('the report as a Word file', { timeout: 30_000 }, () => {
  it('asks about open checks first, then saves a .docx with the report’s chapters as Heading 1', async () => {
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
        text: 'Mrs Jones told us about the move.',
      },
    ];
    expect((await saveReportDraft(ID, draft)).status).toBe('saved');
    const user = await open();
    await user.click(screen.getByRole('button', { name: 'Download the report (Word)' }));
    const step = (
      await screen.findByRole('heading', { name: 'The report has 1 open check' })
    ).closest('section')!;
    expect(within(step).getByText(/before the Word file is made/)).toBeTruthy();
    expect(saved).not.toHaveBeenCalled();

    await user.click(within(step).getByRole('button', { name: 'Make the Word file anyway' }));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1), { timeout: 20_000 });
    const [fileName, blob] = saved.mock.calls[0]!;
    expect(fileName).toMatch(/-report-\d{4}-\d{2}-\d{2}\.docx$/);
    expect((blob as Blob).type).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(await screen.findByText(fileName as string)).toBeTruthy();
    const xml = await (await JSZip.loadAsync(made.word!))
      .file('word/document.xml')!
      .async('string');
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('Moving school');
  });
});
