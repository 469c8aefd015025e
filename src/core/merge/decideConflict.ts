/**
 * What "keep mine" or "keep theirs" writes, in a merge or later from the list of open
 * conflicts. Their history entries join this device's history (as arrived from the file), then
 * the decision adds its own entry: the chosen value and note, a revision above both sides', at
 * this moment, by whoever decided, on this device, `via: 'import'` with a `source` that says
 * which was kept and from which file. The answer (or the case status) becomes that entry.
 */
import { type HistoryEntry, STATUS_HISTORY_ITEM } from '../exchange/inspectionFile';
import { mergeDecisionSource } from '../exchange/mergeDecisionSource';
import type { Answer } from '../inspection/inspectionSchema';
import { type CaseStatus, caseStatusSchema } from '../inspection/inspectionSchema';
import type { MergeContext } from './mergeTypes';

/** A history entry as it arrives on this device from a file (merge rule: origin kept). */
export function arrivedEntry(entry: HistoryEntry, fileName: string): HistoryEntry {
  // A moderation decision or a framework move stays one; the rest says which file brought it.
  if (entry.via === 'moderation' || entry.via === 'migration') return entry;
  return { ...entry, via: 'import', source: fileName.slice(0, 500) };
}

export type DecisionWrites = {
  /** Entries to add: theirs as arrived, then the decision's own. */
  readonly entries: readonly HistoryEntry[];
  /** The answer afterwards (questions and profile fields). */
  readonly answer: Answer | null;
  /** The case status afterwards (`#status`). */
  readonly status: CaseStatus | null;
};

function asStatus(value: unknown, fallback: CaseStatus): CaseStatus {
  const parsed = caseStatusSchema.safeParse(value);
  return parsed.success ? parsed.data : fallback;
}

export function decideConflict(input: {
  readonly itemId: string;
  readonly keep: 'mine' | 'theirs';
  /** The answer here now; for `#status`, `value` is the case's status. */
  readonly mine: Answer | null;
  readonly theirs: Answer;
  /** Their entries this device does not have yet. */
  readonly theirsEntries: readonly HistoryEntry[];
  readonly fileName: string;
  readonly context: MergeContext;
  /** The case's status now (for `#status`). */
  readonly caseStatus: CaseStatus;
}): DecisionWrites {
  const { itemId, keep, mine, theirs, context, fileName } = input;
  const arrived = input.theirsEntries.map((e) => arrivedEntry(e, fileName));
  const source = mergeDecisionSource(keep, fileName);
  if (itemId === STATUS_HISTORY_ITEM) {
    const status = asStatus(keep === 'theirs' ? theirs.value : input.caseStatus, input.caseStatus);
    const entry: HistoryEntry = {
      itemId,
      value: status,
      note: '',
      rev: 0,
      at: context.now,
      by: context.by,
      device: context.device,
      via: 'import',
      source,
      before: { value: input.caseStatus, note: '' },
    };
    return { entries: [...arrived, entry], answer: null, status };
  }
  const chosen = keep === 'theirs' ? theirs : mine;
  const rev = Math.max(mine?.rev ?? 0, theirs.rev, ...arrived.map((e) => e.rev)) + 1;
  const answer: Answer = {
    value: chosen?.value ?? null,
    note: chosen?.note ?? '',
    rev,
    at: context.now,
    by: context.by,
    device: context.device,
  };
  const entry: HistoryEntry = {
    itemId,
    ...answer,
    via: 'import',
    source,
    before: mine ? { value: mine.value, note: mine.note } : null,
  };
  return { entries: [...arrived, entry], answer, status: null };
}
