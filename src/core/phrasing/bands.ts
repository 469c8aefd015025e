/**
 * The "bands" vocabulary of the Scottish inspectorates: almost all (over 90%), most (75–90%),
 * the majority (50–74%), less than half (15–49%), few (up to 15%), plus "all" and "none" when
 * exact. Bands are read on the whole percentage as printed, except at half: "the majority"
 * needs at least half of the cases and "less than half" fewer, so 99 of 200 (printed 50%) is
 * "less than half" — the words stay true of the counts beside them.
 */
import { percentHalfUp } from '../statistics/roundHalfUp';
import { type Quantifier, quantifier } from './quantifier';

export function phraseBand(numerator: number, base: number): Quantifier | null {
  if (base <= 0) return null;
  if (numerator === 0) return quantifier('none', true);
  if (numerator === base) return quantifier('all', false);
  const printed = percentHalfUp(numerator, base);
  if (numerator * 2 < base) {
    return printed <= 15 ? quantifier('few', false) : quantifier('less than half', true);
  }
  if (printed <= 74) return quantifier('the majority', true);
  if (printed <= 90) return quantifier('most', false);
  return quantifier('almost all', false);
}
