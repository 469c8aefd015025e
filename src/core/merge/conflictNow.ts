/**
 * A conflict kept for later, shown with this device's answer as it is now: the answer may have
 * changed since the merge kept the conflict, and the lead decides over what is here now.
 */
import { STATUS_HISTORY_ITEM } from '../exchange/inspectionFile';
import type { Answer, Case } from '../inspection/inspectionSchema';
import type { ConflictRecord } from './conflictRecord';
import type { AnswerRow } from './mergeTypes';

/** An open conflict with this device's answer as it is now (null: no answer here). */
export type OpenConflict = ConflictRecord & { readonly current: Answer | null };

/**
 * The conflict with the answer here now. For an item, the stored answer to it (`answer`); for the
 * case's status, the answer the conflict kept as mine, carrying the case's status now.
 */
export function conflictNow(
  conflict: ConflictRecord,
  kase: Pick<Case, 'status'> | undefined,
  answer: AnswerRow | undefined,
): OpenConflict {
  if (conflict.itemId === STATUS_HISTORY_ITEM) {
    const status = kase?.status;
    return {
      ...conflict,
      current: status && conflict.mine ? { ...conflict.mine, value: status } : conflict.mine,
    };
  }
  if (!answer) return { ...conflict, current: null };
  const { caseId: _c, inspectionId: _i, itemId: _t, ...current } = answer;
  return { ...conflict, current };
}
