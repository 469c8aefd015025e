import type { Language } from '../i18n/language';
import { phraseBand } from './bands';
import { phraseFraction } from './fractions';
import type { Quantifier, QuantifierVocabulary } from './quantifier';

/** The words for numerator of base in a framework's vocabulary and a language; null when the base is 0. */
export function phraseProportion(
  numerator: number,
  base: number,
  vocabulary: QuantifierVocabulary,
  language: Language = 'en',
): Quantifier | null {
  if (
    !(Number.isInteger(numerator) && Number.isInteger(base) && numerator >= 0 && numerator <= base)
  ) {
    throw new RangeError(
      `phraseProportion needs 0 ≤ numerator ≤ base, got ${numerator} of ${base}`,
    );
  }
  return vocabulary === 'bands'
    ? phraseBand(numerator, base, language)
    : phraseFraction(numerator, base, language);
}
