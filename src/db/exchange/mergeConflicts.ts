/**
 * Conflicts a merge kept for later (the `conflicts` table): listed for the inspection and for a
 * case, and resolved from the list (`resolveConflict`: keep mine or keep theirs), in one
 * transaction each. Core's `conflictNow` shows each with the answer here now, `mergeCaseOf` puts
 * the case together and `resolveOpenConflict` decides what is written; the answer and case
 * writers write it.
 */
import {
  type ConflictRecord,
  conflictNow,
  type MergeContext,
  mergeCaseOf,
  type OpenConflict,
  resolveOpenConflict,
} from '../../core';
import { answerTables, caseAnswers, casesAnswers } from '../cases/answerStore';
import { restoreAnswers } from '../cases/answerWriter';
import { restoreCases } from '../cases/caseStatusWriter';
import { database } from '../connection';
import { type Failed, writeTransaction } from '../writeOutcome';

/** The open conflicts of an inspection, case by case. */
export async function openConflicts(inspectionId: string): Promise<ConflictRecord[]> {
  const rows = await database()
    .conflicts.where('[inspectionId+status]')
    .equals([inspectionId, 'open'])
    .toArray();
  return rows.sort((a, b) =>
    a.caseId !== b.caseId ? (a.caseId < b.caseId ? -1 : 1) : a.itemId < b.itemId ? -1 : 1,
  );
}

/** Core's rule, named here too for the screens that list conflicts from this module. */
export type { OpenConflict };

/** The open conflicts of an inspection, each with the answer here now. */
export async function openConflictsNow(inspectionId: string): Promise<OpenConflict[]> {
  const db = database();
  return db.transaction('r', [db.conflicts, ...answerTables(db), db.cases], async () => {
    const conflicts = await openConflicts(inspectionId);
    const [held, cases] = await Promise.all([
      casesAnswers(db, [...new Set(conflicts.map((c) => c.caseId))]),
      db.cases.bulkGet(conflicts.map((c) => c.caseId)),
    ]);
    const byKey = new Map(held.map((a) => [`${a.caseId}\u001f${a.itemId}`, a]));
    const answers = conflicts.map((c) => byKey.get(`${c.caseId}\u001f${c.itemId}`));
    return conflicts.map((c, i) => conflictNow(c, cases[i], answers[i]));
  });
}

/** Every conflict of a case, open or resolved, newest first. */
export async function conflictsOfCase(caseId: string): Promise<ConflictRecord[]> {
  const rows = await database().conflicts.where('caseId').equals(caseId).toArray();
  return rows.sort((a, b) =>
    a.detectedAt < b.detectedAt ? 1 : a.detectedAt > b.detectedAt ? -1 : 0,
  );
}

export type ResolveOutcome =
  | { readonly status: 'resolved'; readonly conflict: ConflictRecord }
  | { readonly status: 'missing'; readonly message: string }
  | Failed;

/** Resolves a conflict kept for later: keep mine (the answer here now) or keep theirs. */
export async function resolveConflict(
  conflictId: string,
  keep: 'mine' | 'theirs',
  who: MergeContext,
): Promise<ResolveOutcome> {
  return writeTransaction(
    (db) => [db.cases, ...answerTables(db), db.answerHistory, db.conflicts],
    async (db): Promise<ResolveOutcome> => {
      const conflict = await db.conflicts.get(conflictId);
      if (conflict?.status !== 'open') {
        return { status: 'missing', message: 'This conflict has been resolved already.' };
      }
      const caseRow = await db.cases.get(conflict.caseId);
      if (!caseRow) return { status: 'missing', message: 'This case is no longer on this device.' };
      const [answers, history] = await Promise.all([
        caseAnswers(db, caseRow.id),
        db.answerHistory.where('caseId').equals(caseRow.id).toArray(),
      ]);
      const kase = mergeCaseOf(caseRow, answers, history);
      const resolution = resolveOpenConflict(conflict, kase, keep, who);
      await restoreCases([resolution.caseRecord], 'replace');
      await restoreAnswers(resolution.answer ? [resolution.answer] : [], [...resolution.history]);
      await db.conflicts.put(resolution.conflict);
      return { status: 'resolved', conflict: resolution.conflict };
    },
  );
}
