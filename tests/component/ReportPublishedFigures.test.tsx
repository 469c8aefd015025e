/**
 * The published figures in the report: the choice in the report editor's "Look and credits"
 * (where the framework has published figures; off by default for the example's thematic
 * inspection), kept in the draft's style, and the chapter in the preview, drawn from the
 * document the report worker makes (the shipped figures read with the inspection).
 */
import { render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyReportDraft } from '../../src/core';
import { useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import { loadExampleInspection } from '../../src/db/inspections/exampleInspection';
import { loadReportDraft, saveReportDraft } from '../../src/db/inspections/reportStore';
import ReportEditor from '../../src/ui/report/ReportEditor/ReportEditor';
import ReportPreview from '../../src/ui/report/ReportPreview/ReportPreview';
import { reportHandlers } from '../../src/workers/reportService';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

// The report worker's own handlers, run on the page.
vi.mock('../../src/workers/reportBridge', () => ({
  reportWorker: {
    call: vi.fn(async (name: string, args: Parameters<typeof reportHandlers.document>[0]) =>
      name === 'document' ? reportHandlers.document(args) : { status: 'missing', message: '' },
    ),
  },
}));

const ID = 'insp-report-published';
let n = 0;
const CHECKBOX = 'Include our figures beside the published ones';

beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`report-published-${n++}`, TEST_DATA_KEY));
  const loaded = await loadExampleInspection({ newId: () => ID });
  if (loaded.status !== 'loaded') throw new Error('fixture');
});
afterEach(() => useDatabase(null));

function renderAt(path: string, page: preact.JSX.Element) {
  window.history.replaceState(null, '', path);
  render(<LocationProvider>{page}</LocationProvider>);
}

async function storedStyle() {
  const stored = await loadReportDraft(ID);
  if (stored.status !== 'ok') throw new Error('unreadable draft');
  return stored.draft.style;
}

describe('the published figures in the report', { timeout: 30_000 }, () => {
  it('are a choice in Look and credits, off for a thematic inspection, kept when ticked', async () => {
    const user = userEvent.setup();
    renderAt(`/inspections/${ID}/report`, <ReportEditor inspectionId={ID} />);
    const box = (await screen.findByRole('checkbox', { name: CHECKBOX })) as HTMLInputElement;
    expect(box.checked).toBe(false);
    await user.click(box);
    await waitFor(async () =>
      expect(await storedStyle()).toEqual({
        template: 'hmip-thematic',
        numberedParagraphs: true,
        logo: null,
        publishedFigures: true,
      }),
    );
    expect(box.checked).toBe(true);
  });

  it('are a chapter of the preview when chosen, with a numbered table and the method', async () => {
    const draft = emptyReportDraft();
    draft.style = {
      template: 'hmip-thematic',
      numberedParagraphs: true,
      logo: null,
      publishedFigures: true,
    };
    expect((await saveReportDraft(ID, draft)).status).toBe('saved');
    renderAt(`/inspections/${ID}/report/preview`, <ReportPreview inspectionId={ID} />);
    const heading = await screen.findByRole(
      'heading',
      { level: 2, name: /^\d+\. Our figures beside the published ones$/ },
      { timeout: 10_000 },
    );
    const chapter = heading.closest('section') ?? heading.parentElement!;
    expect(chapter.textContent).toMatch(
      /Table \d+: Our figures beside the published ones: Youth offending work/,
    );
    expect(chapter.textContent).toContain('“38%”');
    expect(chapter.textContent).toContain('Each difference is this audit’s figure minus');
  });
});
