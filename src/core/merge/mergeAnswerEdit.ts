/**
 * One edit of one answer, laid over the answer stored now: the rule every editor's writer
 * follows (a case's answers, a blind second reading).
 *
 * The editor sends the fields it changes (`patch`; an absent field keeps what is stored) and
 * the answer it last saw (`base`). If the stored answer has moved on since (another tab, another
 * person), a field the edit changes that someone else also changed is a conflict, and nothing is
 * written: the editor shows theirs and asks. A change to the other field (they changed the note,
 * you chose a value) is merged. Revisions go up by one on every change.
 */
import { type AnswerValue, sameValue } from '../inspection/answerValue';

/** An answer's content as an editor last saw it; `rev` 0 is "never answered". */
export type AnswerSnapshot = {
  readonly value: AnswerValue;
  readonly note: string;
  readonly rev: number;
};

export const NO_ANSWER: AnswerSnapshot = { value: null, note: '', rev: 0 };

/** The fields an edit changes; an absent field keeps its stored content. */
export type AnswerPatch = { readonly value?: AnswerValue; readonly note?: string };

export type AnswerEditOutcome =
  /** Someone else changed a field this edit changes too: nothing is written. */
  | { readonly kind: 'conflict' }
  /** The stored answer already says this: nothing to write. */
  | { readonly kind: 'unchanged' }
  /** Clearing what was never answered: nothing to record. */
  | { readonly kind: 'blank' }
  /** The answer to store, one revision on from the stored one. */
  | { readonly kind: 'write'; readonly answer: AnswerSnapshot };

/**
 * Whether an edit clashes with the answer stored now: a field it changes that has also changed
 * since the editor looked (`base`), to something other than what the edit says.
 */
export function editClashes(
  stored: AnswerSnapshot,
  patch: AnswerPatch,
  base: AnswerSnapshot,
): boolean {
  return (
    ('value' in patch &&
      !sameValue(stored.value, base.value) &&
      !sameValue(stored.value, patch.value)) ||
    ('note' in patch && stored.note !== base.note && stored.note !== patch.note)
  );
}

/** What an edit does to the stored answer (`undefined`: nothing stored yet). */
export function mergeAnswerEdit(
  stored: AnswerSnapshot | undefined,
  patch: AnswerPatch,
  base: AnswerSnapshot,
): AnswerEditOutcome {
  const current = stored ?? NO_ANSWER;
  // Someone else saved since the editor looked: a conflict only where both changed a field.
  if (stored && current.rev !== base.rev && editClashes(current, patch, base)) {
    return { kind: 'conflict' };
  }
  const value = 'value' in patch ? (patch.value ?? null) : current.value;
  const note = 'note' in patch ? (patch.note ?? '') : current.note;
  if (stored && sameValue(value, current.value) && note === current.note) {
    return { kind: 'unchanged' };
  }
  if (!stored && value === null && note === '') return { kind: 'blank' };
  return { kind: 'write', answer: { value, note, rev: current.rev + 1 } };
}
