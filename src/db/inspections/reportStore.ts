/**
 * The report draft of each inspection (the `reports` table: one row per inspection, its draft
 * checked by core's `reportDraftSchema`): loaded, and saved whole. The report editor types into
 * an autosave (src/editing/reportAutosave.ts) that saves through `saveReportDraft`.
 */
import {
  emptyReportDraft,
  type ReportDraft,
  readReportDraft,
  type ValidationError,
} from '../../core';
import { database } from '../connection';
import {
  type Clock,
  type Failed,
  NO_INSPECTION,
  systemClock,
  writeTransaction,
} from '../writeOutcome';

export type StoredDraft =
  | { readonly status: 'ok'; readonly draft: ReportDraft; readonly updatedAt: string | null }
  /** A stored draft this version cannot read: shown, never overwritten without asking. */
  | { readonly status: 'invalid'; readonly errors: readonly ValidationError[] };

/** The inspection's draft; an empty one when nothing has been written yet. */
export async function loadReportDraft(inspectionId: string): Promise<StoredDraft> {
  const row = await database().reports.get(inspectionId);
  if (!row) return { status: 'ok', draft: emptyReportDraft(), updatedAt: null };
  const read = readReportDraft(row.draft);
  return read.status === 'ok'
    ? { status: 'ok', draft: read.value, updatedAt: row.updatedAt }
    : { status: 'invalid', errors: read.errors };
}

export type DraftSaveOutcome =
  | { readonly status: 'saved'; readonly at: string }
  | { readonly status: 'invalid'; readonly errors: readonly ValidationError[] }
  | { readonly status: 'missing'; readonly message: string }
  | Failed;

/** Writes the whole draft in one transaction; resolves after the commit. */
export async function saveReportDraft(
  inspectionId: string,
  draft: ReportDraft,
  now: Clock = systemClock,
): Promise<DraftSaveOutcome> {
  const checked = readReportDraft(draft);
  if (checked.status !== 'ok') return { status: 'invalid', errors: checked.errors };
  return writeTransaction(
    (db) => [db.inspections, db.reports],
    async (db): Promise<DraftSaveOutcome> => {
      if (!(await db.inspections.get(inspectionId))) return NO_INSPECTION;
      const at = now().toISOString();
      await db.reports.put({ inspectionId, updatedAt: at, draft: checked.value });
      return { status: 'saved', at };
    },
    (outcome) => outcome.status === 'saved',
  );
}
