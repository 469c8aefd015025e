/**
 * What a case editor (caseEditor.ts) holds for one item: the answer it last saw, the changes
 * not yet committed, the save running or waiting, the typing burst, and the save state the
 * screen shows.
 */
import type { AnswerPatch, AnswerSnapshot, AnswerValue, CaseStatus } from '../core';
import { NO_ANSWER, sameValue } from '../core';
import type { WriteFailure } from '../db/connection';
import type { AnswerRecord } from '../db/database';

export type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly at: string }
  | { readonly kind: 'failed'; readonly reason: WriteFailure | 'missing'; readonly attempt: number }
  | {
      readonly kind: 'conflict';
      readonly theirs: AnswerRecord;
      readonly mine: { readonly value: AnswerValue; readonly note: string };
    }
  | { readonly kind: 'locked'; readonly caseStatus: CaseStatus };

export type Field = 'value' | 'note';

export type ItemState = {
  base: AnswerSnapshot;
  pending: { value?: AnswerValue; note?: string };
  timer: ReturnType<typeof setTimeout> | null;
  running: Promise<void> | null;
  state: SaveState;
  burst: { field: Field; seq: number | undefined; lastAt: number } | null;
  attempt: number;
  /** performance.now() of the click that started this save (for the bench). */
  startedAt: number | null;
};

/** A pause in typing longer than this starts a new history entry. */
const BURST_GAP_MS = 60_000;

export function newItem(): ItemState {
  return {
    base: NO_ANSWER,
    pending: {},
    timer: null,
    running: null,
    state: { kind: 'idle' },
    burst: null,
    attempt: 0,
    startedAt: null,
  };
}

export function snapshotOf(answer: AnswerRecord | undefined): AnswerSnapshot {
  return answer ? { value: answer.value, note: answer.note, rev: answer.rev } : NO_ANSWER;
}

export function hasPending(item: ItemState): boolean {
  return 'value' in item.pending || 'note' in item.pending;
}

/** What "Keep mine" would store: this screen's changed fields over their answer. */
export function mineOver(item: ItemState, theirs: AnswerRecord) {
  return {
    value: 'value' in item.pending ? (item.pending.value ?? null) : theirs.value,
    note: 'note' in item.pending ? (item.pending.note ?? '') : theirs.note,
  };
}

/**
 * A change arrived: a typing change in the same field within the gap goes on with the burst;
 * anything else ends it (and typing starts a new one).
 */
export function followBurst(item: ItemState, patch: AnswerPatch, typing: boolean, at: number) {
  const field: Field = 'note' in patch ? 'note' : 'value';
  if (!typing || item.burst?.field !== field || at - item.burst.lastAt > BURST_GAP_MS) {
    item.burst = typing ? { field, seq: undefined, lastAt: at } : null;
  } else {
    item.burst.lastAt = at;
  }
}

/**
 * A save committed: the stored answer becomes the reference, the history entry joins the burst,
 * and the fields saved leave the pending changes unless they were changed again meanwhile.
 */
export function takeSaved(
  item: ItemState,
  sent: AnswerPatch,
  answer: AnswerRecord,
  historySeq: number | null,
): void {
  item.attempt = 0;
  item.base = snapshotOf(answer);
  if (item.burst && historySeq !== null) item.burst.seq = historySeq;
  for (const field of ['value', 'note'] as const) {
    if (field in sent && field in item.pending && sameValue(item.pending[field], sent[field])) {
      delete item.pending[field];
    }
  }
  if (item.startedAt !== null) {
    // Click to commit, read by `npm run bench`; stays on the device like every mark.
    try {
      performance.measure('case-audit:answer-commit', {
        start: item.startedAt,
        end: performance.now(),
      });
    } catch {
      // A clock that cannot measure (some test environments): nothing to record.
    }
    item.startedAt = null;
  }
}
