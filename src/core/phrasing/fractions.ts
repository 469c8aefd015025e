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
 *
 * Welsh follows the same rules with its own words ("dros draean", "bron i ddwy ran o dair",
 * "llai na hanner"): each fraction keeps its radical form and the soft-mutated form that "dros"
 * and "bron i" take, so the words always match the figure in either language.
 */

import type { Language } from '../i18n/language';
import { percentHalfUp } from '../statistics/roundHalfUp';
import { type Quantifier, quantifier } from './quantifier';
import { type WelshFraction, welshQuantifier } from './welshQuantifiers';

type Anchor = {
  readonly num: number;
  readonly den: number;
  readonly words: string;
  readonly of: boolean;
  readonly cy: WelshFraction;
};

const ANCHORS: readonly Anchor[] = [
  {
    num: 0,
    den: 1,
    words: 'none',
    of: true,
    cy: { words: 'dim un', soft: 'dim un', cases: 'o’r' },
  },
  {
    num: 1,
    den: 10,
    words: 'one in ten',
    of: false,
    cy: { words: 'un o bob deg', soft: 'un o bob deg', cases: 'noun' },
  },
  {
    num: 1,
    den: 5,
    words: 'one-fifth',
    of: true,
    cy: { words: 'un rhan o bump', soft: 'un rhan o bump', cases: 'o' },
  },
  {
    num: 1,
    den: 4,
    words: 'a quarter',
    of: true,
    cy: { words: 'chwarter', soft: 'chwarter', cases: 'o' },
  },
  {
    num: 1,
    den: 3,
    words: 'one-third',
    of: true,
    cy: { words: 'traean', soft: 'draean', cases: 'o' },
  },
  { num: 1, den: 2, words: 'half', of: true, cy: { words: 'hanner', soft: 'hanner', cases: 'yr' } },
  {
    num: 2,
    den: 3,
    words: 'two-thirds',
    of: true,
    cy: { words: 'dwy ran o dair', soft: 'ddwy ran o dair', cases: 'o' },
  },
  {
    num: 3,
    den: 4,
    words: 'three-quarters',
    of: true,
    cy: { words: 'tri chwarter', soft: 'dri chwarter', cases: 'o' },
  },
  {
    num: 4,
    den: 5,
    words: 'four-fifths',
    of: true,
    cy: { words: 'pedair rhan o bump', soft: 'bedair rhan o bump', cases: 'o' },
  },
  {
    num: 9,
    den: 10,
    words: 'nine in ten',
    of: false,
    cy: { words: 'naw o bob deg', soft: 'naw o bob deg', cases: 'noun' },
  },
  {
    num: 1,
    den: 1,
    words: 'all',
    of: false,
    cy: { words: 'pob un', soft: 'pob un', cases: 'all' },
  },
];

/** The simple fractions the phrasing uses, as exact proportions (for tests and the checker). */
export const FRACTION_ANCHORS: readonly { num: number; den: number; words: string }[] = ANCHORS;

function isEnd(anchor: Anchor): boolean {
  return anchor.num === 0 || anchor.num === anchor.den;
}

/** The anchor's own words, bare ("one-third", "traean"). */
function exactly(anchor: Anchor, language: Language): Quantifier {
  return language === 'cy'
    ? welshQuantifier(anchor.cy.words, anchor.cy.cases)
    : quantifier(anchor.words, anchor.of);
}

function above(anchor: Anchor, n: number, b: number, language: Language): Quantifier {
  const cy = language === 'cy';
  if (anchor.num === 0) {
    return cy ? welshQuantifier('ychydig iawn', 'o') : quantifier('very few', false);
  }
  // "just over" up to 2.5 points above: 40·(n·d − a·b) ≤ b·d
  const just = 40 * (n * anchor.den - anchor.num * b) <= b * anchor.den;
  if (cy)
    return welshQuantifier(`${just ? 'ychydig dros' : 'dros'} ${anchor.cy.soft}`, anchor.cy.cases);
  return quantifier(`${just ? 'just over' : 'over'} ${anchor.words}`, anchor.of);
}

function below(anchor: Anchor, language: Language): Quantifier {
  const cy = language === 'cy';
  if (anchor.num === anchor.den) {
    return cy ? welshQuantifier('bron y cyfan', 'o’r') : quantifier('almost all', false);
  }
  if (anchor.num * 2 === anchor.den) {
    return cy ? welshQuantifier('llai na hanner', 'yr') : quantifier('less than half', true);
  }
  if (cy) return welshQuantifier(`bron i ${anchor.cy.soft}`, anchor.cy.cases);
  return quantifier(`nearly ${anchor.words}`, anchor.of);
}

/** The fraction words for numerator of base, in English or Welsh; null when the base is 0. */
export function phraseFraction(
  numerator: number,
  base: number,
  language: Language = 'en',
): Quantifier | null {
  if (base <= 0) return null;
  if (numerator === 0) return exactly(ANCHORS[0]!, language);
  if (numerator === base) return exactly(ANCHORS[ANCHORS.length - 1]!, language);
  let i = 0;
  // Anchors ascend; find L ≤ p < U.
  while (i + 1 < ANCHORS.length && numerator * ANCHORS[i + 1]!.den >= ANCHORS[i + 1]!.num * base) {
    i++;
  }
  const lower = ANCHORS[i]!;
  const upper = ANCHORS[i + 1]!;
  if (numerator * lower.den === lower.num * base) return exactly(lower, language);
  const printed = percentHalfUp(numerator, base);
  for (const anchor of [lower, upper]) {
    if (!isEnd(anchor) && printed === percentHalfUp(anchor.num, anchor.den)) {
      return exactly(anchor, language);
    }
  }
  // Distances p − L and U − p, compared exactly over the common denominator b·dL·dU.
  const fromLower = (numerator * lower.den - lower.num * base) * upper.den;
  const toUpper = (upper.num * base - numerator * upper.den) * lower.den;
  if (fromLower <= toUpper) return above(lower, numerator, base, language);
  // Within 5 points below U: 20·(a·b − n·d) ≤ b·d
  const closeBelow = 20 * (upper.num * base - numerator * upper.den) <= base * upper.den;
  return closeBelow ? below(upper, language) : above(lower, numerator, base, language);
}
