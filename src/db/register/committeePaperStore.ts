/**
 * An inspection's committee paper text (the `committeePapers` table: one row per inspection,
 * checked by core's `committeePaperDraftSchema`): loaded, and saved whole after its commit.
 */
import {
  type CommitteePaperDraft,
  emptyCommitteePaperDraft,
  readCommitteePaperDraft,
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

export type StoredCommitteePaper =
  | {
      readonly status: 'ok';
      readonly draft: CommitteePaperDraft;
      readonly updatedAt: string | null;
    }
  | { readonly status: 'invalid'; readonly errors: readonly ValidationError[] };

/** The inspection's committee paper; an empty one when nothing has been written yet. */
export async function loadCommitteePaper(inspectionId: string): Promise<StoredCommitteePaper> {
  const row = await database().committeePapers.get(inspectionId);
  if (!row) return { status: 'ok', draft: emptyCommitteePaperDraft(), updatedAt: null };
  const read = readCommitteePaperDraft(row.draft);
  return read.status === 'ok'
    ? { status: 'ok', draft: read.value, updatedAt: row.updatedAt }
    : { status: 'invalid', errors: read.errors };
}

export type CommitteePaperSaveOutcome =
  | { readonly status: 'saved'; readonly at: string }
  | { readonly status: 'invalid'; readonly errors: readonly ValidationError[] }
  | { readonly status: 'missing'; readonly message: string }
  | Failed;

/** Writes the whole paper in one transaction; resolves after the commit. */
export async function saveCommitteePaper(
  inspectionId: string,
  draft: CommitteePaperDraft,
  now: Clock = systemClock,
): Promise<CommitteePaperSaveOutcome> {
  const checked = readCommitteePaperDraft(draft);
  if (checked.status !== 'ok') return { status: 'invalid', errors: checked.errors };
  return writeTransaction(
    (db) => [db.inspections, db.committeePapers],
    async (db): Promise<CommitteePaperSaveOutcome> => {
      if (!(await db.inspections.get(inspectionId))) return NO_INSPECTION;
      const at = now().toISOString();
      await db.committeePapers.put({ inspectionId, updatedAt: at, draft: checked.value });
      return { status: 'saved', at };
    },
    (outcome) => outcome.status === 'saved',
  );
}
