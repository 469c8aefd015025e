import { criticalValue } from './inverseNormal';

/** An interval for a proportion, both ends as fractions of 1. */
export type Interval = { readonly low: number; readonly high: number };

/**
 * The Wilson score interval for `positive` out of `base` (SPEC §4.3). Unlike the textbook
 * p ± z·√(p(1−p)/n) it stays inside 0–1 and is honest for small bases and for 0% and 100%,
 * which case samples often have. No base, no interval: returns null.
 */
export function wilsonInterval(positive: number, base: number, confidence = 0.95): Interval | null {
  if (
    !(Number.isInteger(positive) && Number.isInteger(base) && positive >= 0 && positive <= base)
  ) {
    throw new RangeError(`wilsonInterval needs 0 ≤ positive ≤ base, got ${positive} of ${base}`);
  }
  if (base === 0) return null;
  const z = criticalValue(confidence);
  const z2 = z * z;
  const p = positive / base;
  const denominator = 1 + z2 / base;
  const centre = (p + z2 / (2 * base)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / base + z2 / (4 * base * base));
  return {
    low: positive === 0 ? 0 : Math.max(0, centre - half),
    high: positive === base ? 1 : Math.min(1, centre + half),
  };
}
