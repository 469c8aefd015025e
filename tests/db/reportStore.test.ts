import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyReportDraft, type ReportDraft } from '../../src/core';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import {
  type DraftSaveOutcome,
  loadReportDraft,
  saveReportDraft,
} from '../../src/db/inspections/reportStore';
import { ReportAutosave } from '../../src/editing/reportAutosave';
import { hasUnsavedWork } from '../../src/editing/unsavedWork';
import { inspectionFixture, storeInspectionFixture } from '../fixtures/inspectionFixture';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

let n = 0;
beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`report-store-${n++}`, TEST_DATA_KEY));
  await storeInspectionFixture(database(), inspectionFixture({ id: 'insp-1' }));
});
afterEach(() => useDatabase(null));

const withSummary = (summary: string): ReportDraft => ({ ...emptyReportDraft(), summary });

describe('the report draft store', () => {
  it('starts empty and keeps what is saved', async () => {
    expect(await loadReportDraft('insp-1')).toMatchObject({ status: 'ok', updatedAt: null });
    expect((await saveReportDraft('insp-1', withSummary('Poor.'))).status).toBe('saved');
    const stored = await loadReportDraft('insp-1');
    expect(stored.status === 'ok' && stored.draft.summary).toBe('Poor.');
  });

  it('refuses a draft for an inspection that is not here', async () => {
    expect((await saveReportDraft('gone', withSummary('x'))).status).toBe('missing');
  });
});

describe('autosave', () => {
  it('saves typing after a pause, says Saved only after the commit, and flushes on demand', async () => {
    const saver = new ReportAutosave({ inspectionId: 'insp-1', debounceMs: 50, lifecycle: false });
    const states: string[] = [];
    saver.onChange((s) => states.push(s.kind));
    saver.change(withSummary('P'));
    saver.change(withSummary('Po'));
    expect(hasUnsavedWork()).toBe(true);
    await new Promise((r) => setTimeout(r, 120));
    await saver.flush();
    const stored = await loadReportDraft('insp-1');
    expect(stored.status === 'ok' && stored.draft.summary).toBe('Po');
    expect(states.at(-1)).toBe('saved');
    expect(states.indexOf('saved')).toBeGreaterThan(states.indexOf('saving'));
    saver.change(withSummary('Poor'));
    await saver.close();
    const closed = await loadReportDraft('insp-1');
    expect(closed.status === 'ok' && closed.draft.summary).toBe('Poor');
    expect(hasUnsavedWork()).toBe(false);
  });

  it('keeps the text and retries when a save fails', async () => {
    let calls = 0;
    const save = async (id: string, draft: ReportDraft): Promise<DraftSaveOutcome> => {
      calls++;
      if (calls === 1) return { status: 'failed', reason: 'quota', detail: 'full' };
      return saveReportDraft(id, draft);
    };
    const saver = new ReportAutosave({
      inspectionId: 'insp-1',
      save,
      retryDelay: () => 30,
      lifecycle: false,
    });
    saver.change(withSummary('Kept'), true);
    await new Promise((r) => setTimeout(r, 5));
    expect(saver.state).toEqual({ kind: 'failed', reason: 'quota' });
    expect(saver.hasUnsaved()).toBe(true);
    // The retry, on its own after the pause.
    await new Promise((r) => setTimeout(r, 100));
    expect(saver.state.kind).toBe('saved');
    const stored = await loadReportDraft('insp-1');
    expect(stored.status === 'ok' && stored.draft.summary).toBe('Kept');
    await saver.close();
  });
});
