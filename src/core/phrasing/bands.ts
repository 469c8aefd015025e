/**
 * The "bands" vocabulary of the Scottish inspectorates: almost all (over 90%), most (75–90%),
 * the majority (50–74%), less than half (15–49%), few (up to 15%), plus "all" and "none" when
 * exact. Bands are read on the whole percentage as printed, except at half: "the majority"
 * needs at least half of the cases and "less than half" fewer, so 99 of 200 (printed 50%) is
 * "less than half" — the words stay true of the counts beside them. Welsh uses the same bands:
 * bron pob un, y rhan fwyaf, y mwyafrif, llai na hanner, ychydig.
 */
import type { Language } from '../i18n/language';
import { percentHalfUp } from '../statistics/roundHalfUp';
import { type Quantifier, quantifier } from './quantifier';
import { welshQuantifier } from './welshQuantifiers';

type Band = 'none' | 'all' | 'few' | 'less than half' | 'the majority' | 'most' | 'almost all';

function bandOf(numerator: number, base: number): Band {
  if (numerator === 0) return 'none';
  if (numerator === base) return 'all';
  const printed = percentHalfUp(numerator, base);
  if (numerator * 2 < base) return printed <= 15 ? 'few' : 'less than half';
  if (printed <= 74) return 'the majority';
  if (printed <= 90) return 'most';
  return 'almost all';
}

const ENGLISH_BANDS: Record<Band, Quantifier> = {
  none: quantifier('none', true),
  all: quantifier('all', false),
  few: quantifier('few', false),
  'less than half': quantifier('less than half', true),
  'the majority': quantifier('the majority', true),
  most: quantifier('most', false),
  'almost all': quantifier('almost all', false),
};

const WELSH_BANDS: Record<Band, Quantifier> = {
  none: welshQuantifier('dim un', 'o’r'),
  all: welshQuantifier('pob un', 'all'),
  few: welshQuantifier('ychydig', 'o'),
  'less than half': welshQuantifier('llai na hanner', 'yr'),
  'the majority': welshQuantifier('y mwyafrif', 'o’r'),
  most: welshQuantifier('y rhan fwyaf', 'o’r'),
  'almost all': welshQuantifier('bron pob un', 'all'),
};

export function phraseBand(
  numerator: number,
  base: number,
  language: Language = 'en',
): Quantifier | null {
  if (base <= 0) return null;
  return (language === 'cy' ? WELSH_BANDS : ENGLISH_BANDS)[bandOf(numerator, base)];
}
