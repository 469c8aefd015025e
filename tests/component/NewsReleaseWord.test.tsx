/**
 * The news release as a Word file: made in the report worker ('releaseDocx') after what is typed
 * is saved, its progress shown as the report's Word file's is, saved with the release's file
 * name ending in .docx, and a failure said in words.
 */
import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import { loadExampleInspection } from '../../src/db/inspections/exampleInspection';
import { downloadFile } from '../../src/ui/components/downloadFile';
import NewsRelease from '../../src/ui/report/NewsRelease/NewsRelease';
import { reportWorker } from '../../src/workers/reportBridge';
import { reportHandlers } from '../../src/workers/reportService';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

type Args = Parameters<typeof reportHandlers.release>[0];
type Options = { onProgress?: (step: unknown) => void };

/** Answers the next Word call: the test says when, and with what. */
let answerWord: (reply: unknown) => void = () => {};

// The report worker's own handlers for the release shown; the Word call answered by the test.
vi.mock('../../src/workers/reportBridge', () => ({
  reportWorker: {
    call: vi.fn(async (name: string, args: Args, options?: Options) => {
      if (name === 'release') return reportHandlers.release(args);
      options?.onProgress?.({ step: 'library' });
      return new Promise((resolve) => {
        answerWord = resolve;
      });
    }),
  },
}));
vi.mock('../../src/ui/components/downloadFile', () => ({ downloadFile: vi.fn() }));

const ID = 'insp-release-word';
let n = 0;

beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`news-release-word-${n++}`, TEST_DATA_KEY));
  const loaded = await loadExampleInspection({ newId: () => ID });
  if (loaded.status !== 'loaded') throw new Error('fixture');
  vi.mocked(downloadFile).mockClear();
  vi.mocked(reportWorker.call).mockClear();
});
afterEach(() => useDatabase(null));

async function openAndAsk() {
  const user = userEvent.setup();
  render(
    <LocationProvider>
      <NewsRelease inspectionId={ID} />
    </LocationProvider>,
  );
  await screen.findByRole('textbox', { name: 'Headline' }, { timeout: 10_000 });
  await user.click(screen.getByRole('button', { name: 'Download the news release (Word)' }));
  await screen.findByText('Loading the Word file maker…');
  expect(
    (screen.getByRole('button', { name: 'Download the news release (Word)' }) as HTMLButtonElement)
      .disabled,
  ).toBe(true);
  const calls = vi.mocked(reportWorker.call).mock.calls.filter(([name]) => name === 'releaseDocx');
  expect(calls.map(([, args]) => args)).toEqual([{ inspectionId: ID, completeOnly: true }]);
}

describe('the news release as a Word file', () => {
  it('is made in the worker and saved with the release’s name, ending .docx', async () => {
    await openAndAsk();
    answerWord({ status: 'ok', value: { bytes: new ArrayBuffer(8), title: '', warnings: [] } });
    const saved = await screen.findByText(/-news-release-\d{4}-\d{2}-\d{2}\.docx$/);
    expect(saved.hasAttribute('data-word-done')).toBe(true);
    const [name, blob] = vi.mocked(downloadFile).mock.calls[0] ?? [];
    expect(name).toMatch(/^[a-z0-9-]+-news-release-\d{4}-\d{2}-\d{2}\.docx$/);
    expect((blob as Blob).type).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    // The report's note on updating its contents is not the release's.
    expect(screen.queryByText(/update the fields/)).toBeNull();
  });

  it('says why when it cannot be made, and saves nothing', async () => {
    await openAndAsk();
    answerWord({ status: 'missing', message: 'This inspection is no longer on this device.' });
    await screen.findByText('The Word file could not be made');
    expect(screen.getByText('This inspection is no longer on this device.')).toBeTruthy();
    expect(downloadFile).not.toHaveBeenCalled();
  });
});
