import { phraseBand } from './bands';
import { phraseFraction } from './fractions';
import type { Quantifier, QuantifierVocabulary } from './quantifier';

/** The words for numerator of base in a framework's vocabulary; null when the base is 0. */
export function phraseProportion(
  numerator: number,
  base: number,
  vocabulary: QuantifierVocabulary,
): Quantifier | null {
  if (
    !(Number.isInteger(numerator) && Number.isInteger(base) && numerator >= 0 && numerator <= base)
  ) {
    throw new RangeError(
      `phraseProportion needs 0 ≤ numerator ≤ base, got ${numerator} of ${base}`,
    );
  }
  return vocabulary === 'bands' ? phraseBand(numerator, base) : phraseFraction(numerator, base);
}
