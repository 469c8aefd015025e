/**
 * Words that agree with a count, chosen by the same plural rule as `plural`: "1 case is",
 * "2 cases are", "until it is resolved", "until they are resolved". Named once here so no
 * sentence tests `n === 1` for itself.
 */
import { pluralForm } from './plural';

/** "is" for one, "are" otherwise (zero included: "0 cases are"). */
export function isOrAre(n: number): string {
  return pluralForm(n, { one: 'is', other: 'are' });
}

/** "was" for one, "were" otherwise. */
export function wasOrWere(n: number): string {
  return pluralForm(n, { one: 'was', other: 'were' });
}

/** "has" for one, "have" otherwise. */
export function hasOrHave(n: number): string {
  return pluralForm(n, { one: 'has', other: 'have' });
}

/** "it is" for one, "they are" otherwise: "until it is resolved". */
export function itIsOrTheyAre(n: number): string {
  return pluralForm(n, { one: 'it is', other: 'they are' });
}

/** "it was" for one, "they were" otherwise: "left as it was". */
export function itWasOrTheyWere(n: number): string {
  return pluralForm(n, { one: 'it was', other: 'they were' });
}

/** "it" for one, "them" otherwise: "assign it to someone else". */
export function itOrThem(n: number): string {
  return pluralForm(n, { one: 'it', other: 'them' });
}

/** "its" for one, "their" otherwise: "1 answer and its history". */
export function itsOrTheir(n: number): string {
  return pluralForm(n, { one: 'its', other: 'their' });
}
