/**
 * Resolving a conflict that was kept for later: keep mine (the answer here now, which may have
 * changed since) or keep theirs (the answer the file had). The same writes as a decision made
 * during the merge (decideConflict.ts), and the conflict is marked resolved.
 */
import { STATUS_HISTORY_ITEM } from '../exchange/inspectionFile';
import type { Answer, Case } from '../inspection/inspectionSchema';
import { statusOnceAnswered } from '../scoring/caseProgress';
import type { ConflictRecord } from './conflictRecord';
import { decideConflict } from './decideConflict';
import { missingEntries } from './mergeAnswer';
import type { AnswerRow, HistoryRow, MergeCase, MergeContext } from './mergeTypes';
import { caseDetails } from './mergeWorking';
import { revisionsOf } from './revisions';

export type ConflictResolution = {
  readonly caseRecord: Case;
  readonly answer: AnswerRow | null;
  readonly history: readonly HistoryRow[];
  readonly conflict: ConflictRecord;
};

export function resolveOpenConflict(
  conflict: ConflictRecord,
  kase: MergeCase,
  keep: 'mine' | 'theirs',
  context: MergeContext,
): ConflictResolution {
  const { itemId } = conflict;
  const entries = kase.history.filter((e) => e.itemId === itemId);
  const isStatus = itemId === STATUS_HISTORY_ITEM;
  const last = entries[entries.length - 1];
  const mine: Answer | null = isStatus
    ? {
        value: kase.status,
        note: '',
        rev: 0,
        at: last?.at ?? kase.updatedAt,
        by: last?.by ?? '',
        device: last?.device ?? '',
      }
    : (kase.answers[itemId] ?? null);
  const here = revisionsOf(isStatus ? undefined : (kase.answers[itemId] ?? undefined), entries);
  const writes = decideConflict({
    itemId,
    keep,
    mine,
    theirs: conflict.theirs,
    theirsEntries: missingEntries(here, conflict.theirsEntries),
    fileName: conflict.source,
    context,
    caseStatus: kase.status,
  });
  const caseRecord: Case = {
    ...caseDetails(kase),
    status: statusOnceAnswered(
      writes.status ?? kase.status,
      (writes.answer?.value ?? null) !== null,
    ),
    updatedAt: context.now,
  };
  return {
    caseRecord,
    answer: writes.answer
      ? { ...writes.answer, caseId: kase.id, inspectionId: kase.inspectionId, itemId }
      : null,
    history: writes.entries.map((e) => ({
      ...e,
      caseId: kase.id,
      inspectionId: kase.inspectionId,
    })),
    conflict: {
      ...conflict,
      status: 'resolved',
      resolution: { keep, at: context.now, by: context.by, device: context.device },
    },
  };
}
