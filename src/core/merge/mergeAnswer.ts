/**
 * The merge rule for one answer (or a case's status), from what each side has been through:
 *
 * 1. Nothing came in: unchanged.
 * 2. Nothing here yet: take theirs ("new").
 * 3. Everything that came in is already here (this device is at or ahead of the file): unchanged.
 * 4. Everything here is in what came in (the file is ahead, having started from this device's
 *    answer): take theirs ("fast-forward").
 * 5. Otherwise both changed it since they diverged. If both ended on the same value and note,
 *    the histories are united and the answer here stays ("converged"); else it is a conflict,
 *    for the lead to resolve.
 *
 * Clocks decide nothing here: only which revisions each side holds (revisions.ts).
 */
import type { HistoryEntry } from '../exchange/inspectionFile';
import { sameValue } from '../inspection/answerValue';
import type { Answer } from '../inspection/inspectionSchema';
import { containsAll, type RevisionSet, revisionKey, revisionsOf } from './revisions';

/** One side of an answer: the stored answer (if any) and its history entries, oldest first. */
export type AnswerSide = {
  readonly answer: Answer | undefined;
  readonly entries: readonly HistoryEntry[];
};

export type AnswerMerge =
  | { readonly kind: 'unchanged' }
  | {
      readonly kind: 'take';
      readonly reason: 'new' | 'fast-forward';
      readonly answer: Answer;
      /** Their history entries this device does not have, in their order. */
      readonly add: readonly HistoryEntry[];
    }
  | { readonly kind: 'converged'; readonly add: readonly HistoryEntry[] }
  | {
      readonly kind: 'conflict';
      readonly mine: Answer | undefined;
      readonly theirs: Answer;
      readonly add: readonly HistoryEntry[];
    };

/** The answer a side ends on: its stored answer, or (no answer row) its latest history entry. */
export function headOf(side: AnswerSide): Answer | undefined {
  if (side.answer) return side.answer;
  const last = side.entries[side.entries.length - 1];
  if (!last) return undefined;
  return {
    value: last.value,
    note: last.note,
    rev: last.rev,
    at: last.at,
    by: last.by,
    device: last.device,
  };
}

/** Their entries not already here (by identity), each once, in their order. */
export function missingEntries(
  here: RevisionSet,
  entries: readonly HistoryEntry[],
): HistoryEntry[] {
  const seen = new Set<string>();
  const out: HistoryEntry[] = [];
  for (const e of entries) {
    const key = revisionKey(e);
    if (here.keys.has(key) || seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}

export function sameContent(a: Answer | undefined, b: Answer | undefined): boolean {
  return sameValue(a?.value ?? null, b?.value ?? null) && (a?.note ?? '') === (b?.note ?? '');
}

export function mergeAnswer(mine: AnswerSide, theirs: AnswerSide): AnswerMerge {
  const theirHead = headOf(theirs);
  if (!theirHead) return { kind: 'unchanged' };
  const here = revisionsOf(mine.answer, mine.entries);
  const there = revisionsOf(theirs.answer, theirs.entries);
  if (here.all.length === 0) {
    return {
      kind: 'take',
      reason: 'new',
      answer: theirHead,
      add: missingEntries(here, theirs.entries),
    };
  }
  if (containsAll(here, there)) return { kind: 'unchanged' };
  const add = missingEntries(here, theirs.entries);
  if (containsAll(there, here)) {
    return { kind: 'take', reason: 'fast-forward', answer: theirHead, add };
  }
  const myHead = headOf(mine);
  if (sameContent(myHead, theirHead)) return { kind: 'converged', add };
  return { kind: 'conflict', mine: myHead, theirs: theirHead, add };
}
