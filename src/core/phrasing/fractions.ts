/**
 * The "fractions" vocabulary of the England and Wales inspectorates: the nearest simple fraction
 * with a qualifier (63% → "nearly two-thirds", 38% → "over one-third", 47% → "less than half").
 *
 * The rules, chosen so the words are always literally true of the exact proportion and agree
 * with the whole percentage printed beside them:
 * - 0 → "none"; all → "all" (only when exact).
 * - The bare fraction ("one-third") when the printed whole percentage is the fraction's own
 *   (33% for one-third, 50% for half, 67% for two-thirds).
 * - Otherwise, between two fractions L < p < U: nearer L (or more than 5 points below U) →
 *   "just over L" (up to 2.5 points above) or "over L"; within 5 points below U and nearer it →
 *   "nearly U", with "less than half" below half and "almost all" below all.
 * - Below one in ten and nearer 0 → "very few".
 */
import { percentHalfUp } from '../statistics/roundHalfUp';
import { type Quantifier, quantifier } from './quantifier';

type Anchor = {
  readonly num: number;
  readonly den: number;
  readonly words: string;
  readonly of: boolean;
};

const ANCHORS: readonly Anchor[] = [
  { num: 0, den: 1, words: 'none', of: true },
  { num: 1, den: 10, words: 'one in ten', of: false },
  { num: 1, den: 5, words: 'one-fifth', of: true },
  { num: 1, den: 4, words: 'a quarter', of: true },
  { num: 1, den: 3, words: 'one-third', of: true },
  { num: 1, den: 2, words: 'half', of: true },
  { num: 2, den: 3, words: 'two-thirds', of: true },
  { num: 3, den: 4, words: 'three-quarters', of: true },
  { num: 4, den: 5, words: 'four-fifths', of: true },
  { num: 9, den: 10, words: 'nine in ten', of: false },
  { num: 1, den: 1, words: 'all', of: false },
];

/** The simple fractions the phrasing uses, as exact proportions (for tests and the checker). */
export const FRACTION_ANCHORS: readonly { num: number; den: number; words: string }[] = ANCHORS;

function isEnd(anchor: Anchor): boolean {
  return anchor.num === 0 || anchor.num === anchor.den;
}

function above(anchor: Anchor, n: number, b: number): Quantifier {
  if (anchor.num === 0) return quantifier('very few', false);
  // "just over" up to 2.5 points above: 40·(n·d − a·b) ≤ b·d
  const just = 40 * (n * anchor.den - anchor.num * b) <= b * anchor.den;
  return quantifier(`${just ? 'just over' : 'over'} ${anchor.words}`, anchor.of);
}

function below(anchor: Anchor): Quantifier {
  if (anchor.num === anchor.den) return quantifier('almost all', false);
  if (anchor.num * 2 === anchor.den) return quantifier('less than half', true);
  return quantifier(`nearly ${anchor.words}`, anchor.of);
}

/** The fraction words for numerator of base; null when the base is 0. */
export function phraseFraction(numerator: number, base: number): Quantifier | null {
  if (base <= 0) return null;
  if (numerator === 0) return quantifier('none', true);
  if (numerator === base) return quantifier('all', false);
  let i = 0;
  // Anchors ascend; find L ≤ p < U.
  while (i + 1 < ANCHORS.length && numerator * ANCHORS[i + 1]!.den >= ANCHORS[i + 1]!.num * base) {
    i++;
  }
  const lower = ANCHORS[i]!;
  const upper = ANCHORS[i + 1]!;
  if (numerator * lower.den === lower.num * base) return quantifier(lower.words, lower.of);
  const printed = percentHalfUp(numerator, base);
  for (const anchor of [lower, upper]) {
    if (!isEnd(anchor) && printed === percentHalfUp(anchor.num, anchor.den)) {
      return quantifier(anchor.words, anchor.of);
    }
  }
  // Distances p − L and U − p, compared exactly over the common denominator b·dL·dU.
  const fromLower = (numerator * lower.den - lower.num * base) * upper.den;
  const toUpper = (upper.num * base - numerator * upper.den) * lower.den;
  if (fromLower <= toUpper) return above(lower, numerator, base);
  // Within 5 points below U: 20·(a·b − n·d) ≤ b·d
  const closeBelow = 20 * (upper.num * base - numerator * upper.den) <= base * upper.den;
  return closeBelow ? below(upper) : above(lower, numerator, base);
}
