/**
 * Texts kept whole, one per inspection, in a table of rows `{ inspectionId, updatedAt, draft }`:
 * the report draft (`reports`) and the committee paper (`committeePapers`). Loaded and checked
 * by core's reader (an empty one when nothing has been written); saved whole in one transaction
 * that finds the inspection still there, resolving after the commit, so "Saved" is true.
 */
import type { EntityTable } from 'dexie';
import type { ValidationError, ValidationResult } from '../../core';
import { database } from '../connection';
import type { CaseAuditDatabase } from '../database';
import {
  type Clock,
  type Failed,
  NO_INSPECTION,
  systemClock,
  writeTransaction,
} from '../writeOutcome';

type DraftRow = { inspectionId: string; updatedAt: string; draft: unknown };

export type StoredInspectionDraft<T> =
  | { readonly status: 'ok'; readonly draft: T; readonly updatedAt: string | null }
  /** A stored text this version cannot read: shown, never overwritten without asking. */
  | { readonly status: 'invalid'; readonly errors: readonly ValidationError[] };

export type InspectionDraftSaveOutcome =
  | { readonly status: 'saved'; readonly at: string }
  | { readonly status: 'invalid'; readonly errors: readonly ValidationError[] }
  | { readonly status: 'missing'; readonly message: string }
  | Failed;

/** Load and save for one such table, its texts read by `read`. */
export function inspectionDraftStore<T>(
  table: (db: CaseAuditDatabase) => EntityTable<DraftRow, 'inspectionId'>,
  read: (value: unknown) => ValidationResult<T>,
  empty: () => T,
) {
  async function load(inspectionId: string): Promise<StoredInspectionDraft<T>> {
    const row = await table(database()).get(inspectionId);
    if (!row) return { status: 'ok', draft: empty(), updatedAt: null };
    const checked = read(row.draft);
    return checked.status === 'ok'
      ? { status: 'ok', draft: checked.value, updatedAt: row.updatedAt }
      : { status: 'invalid', errors: checked.errors };
  }

  async function save(
    inspectionId: string,
    draft: T,
    now: Clock = systemClock,
  ): Promise<InspectionDraftSaveOutcome> {
    const checked = read(draft);
    if (checked.status !== 'ok') return { status: 'invalid', errors: checked.errors };
    return writeTransaction(
      (db) => [db.inspections, table(db)],
      async (db): Promise<InspectionDraftSaveOutcome> => {
        if (!(await db.inspections.get(inspectionId))) return NO_INSPECTION;
        const at = now().toISOString();
        await table(db).put({ inspectionId, updatedAt: at, draft: checked.value });
        return { status: 'saved', at };
      },
      (outcome) => outcome.status === 'saved',
    );
  }

  return { load, save };
}
