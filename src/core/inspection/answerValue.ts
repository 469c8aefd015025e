import { NOT_APPLICABLE, NOT_KNOWN } from '../framework/answerCodes';

/**
 * What an answer holds: an option code (judgement, rating, choice), a list of codes
 * (multichoice), a number, an ISO date (`YYYY-MM-DD`) or text — or one of the reserved codes
 * `na` (not applicable to this case) and `not_known` (the record does not say). `null` is
 * "no answer" (cleared), which is the same as no answer at all.
 */
export type AnswerValue = string | number | string[] | null;

export function isSpecialAnswer(value: unknown): value is typeof NOT_APPLICABLE | typeof NOT_KNOWN {
  return value === NOT_APPLICABLE || value === NOT_KNOWN;
}

export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** Whether two answer values are the same: lists item by item, and absent the same as `null`. */
export function sameValue(a: AnswerValue | undefined, b: AnswerValue | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v, i) => v === b[i]);
  }
  return (a ?? null) === (b ?? null);
}
