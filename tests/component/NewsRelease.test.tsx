/**
 * The news release: the lead types its parts, each saved as typed; the release beside them is
 * made from what is saved, with the key findings chosen for the report's summary and the sample
 * described from the cases; what is missing is listed as a check; the PDF is made in the report
 * worker and saved with the release's file name.
 */
import { render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyReportDraft } from '../../src/core';
import { useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import { loadExampleInspection } from '../../src/db/inspections/exampleInspection';
import { loadReportDraft, saveReportDraft } from '../../src/db/inspections/reportStore';
import { downloadFile } from '../../src/ui/components/downloadFile';
import NewsRelease from '../../src/ui/report/NewsRelease/NewsRelease';
import { reportHandlers } from '../../src/workers/reportService';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

// The report worker's own handlers, run on the page; the PDF itself is not drawn here.
vi.mock('../../src/workers/reportBridge', () => ({
  reportWorker: {
    call: vi.fn(async (name: string, args: Parameters<typeof reportHandlers.release>[0]) =>
      name === 'release'
        ? reportHandlers.release(args)
        : { status: 'ok', value: { bytes: new ArrayBuffer(8), pages: 1, title: '', warnings: [] } },
    ),
  },
}));
vi.mock('../../src/ui/components/downloadFile', () => ({ downloadFile: vi.fn() }));

const ID = 'insp-release';
let n = 0;

beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`news-release-${n++}`, TEST_DATA_KEY));
  const loaded = await loadExampleInspection({ newId: () => ID });
  if (loaded.status !== 'loaded') throw new Error('fixture');
  vi.mocked(downloadFile).mockClear();
});
afterEach(() => useDatabase(null));

async function open() {
  const user = userEvent.setup();
  render(
    <LocationProvider>
      <NewsRelease inspectionId={ID} />
    </LocationProvider>,
  );
  await screen.findByRole('textbox', { name: 'Headline' }, { timeout: 10_000 });
  return user;
}

describe('the news release', () => {
  it('saves what the lead types and shows the release made from it, with the sample from the cases', async () => {
    const draft = emptyReportDraft();
    draft.keyFindings = [
      { id: 'k1', text: 'Plans were often late for children placed away from home.', source: null },
    ];
    expect((await saveReportDraft(ID, draft)).status).toBe('saved');
    const user = await open();
    const release = () => document.querySelector('[data-release]');
    await waitFor(() => expect(release()?.textContent).toContain('Inspectors visited six areas'));
    expect(screen.getByText(/The release has no headline yet/)).toBeTruthy();

    await user.type(screen.getByRole('textbox', { name: 'Headline' }), 'Moves can hamper help');
    await user.type(screen.getByLabelText('Who is quoted'), 'Chief Inspector, A. Example');
    await user.type(screen.getByRole('textbox', { name: 'Quote' }), 'They need stability.');
    await user.tab();
    await waitFor(() => expect(release()?.textContent).toContain('MOVES CAN HAMPER HELP'), {
      timeout: 5_000,
    });
    const text = release()?.textContent ?? '';
    expect(text).toContain('Inspectors found that:');
    expect(text).toContain('Plans were often late for children placed away from home.');
    expect(text).toContain('Chief Inspector, A. Example, said:');
    expect(text).toContain('“They need stability.”');
    expect(text).toContain('- Ends -');
    const stored = await loadReportDraft(ID);
    expect(stored.status === 'ok' && stored.draft.release?.headline).toBe('Moves can hamper help');
    // Landmarks come from the app's layout, which a screen rendered alone does not have.
    const results = await axe.run(document.body, {
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  it('makes the PDF with the release’s own file name', async () => {
    const user = await open();
    await user.click(screen.getByRole('button', { name: 'Download the news release (PDF)' }));
    await screen.findByText(/^Saved .*news-release-\d{4}-\d{2}-\d{2}\.pdf\.$/);
    expect(vi.mocked(downloadFile).mock.calls[0]?.[0]).toMatch(
      /-news-release-\d{4}-\d{2}-\d{2}\.pdf$/,
    );
  });
});
