import { type Interval, wilsonInterval } from './wilsonInterval';

/**
 * Newcombe's hybrid score interval for the difference p₁ − p₂ of two independent proportions
 * ("method 10" of Newcombe 1998, Statistics in Medicine 17:873–890), built from the two Wilson
 * intervals (l₁, u₁) and (l₂, u₂):
 *
 *   low  = d − √((p₁ − l₁)² + (u₂ − p₂)²)
 *   high = d + √((u₁ − p₁)² + (p₂ − l₂)²)
 *
 * Chosen over the textbook d ± z·√(…) because, like the Wilson interval it is built from, it
 * stays honest on small bases and at 0% and 100%, which case samples often have. Both ends as
 * fractions of 1; each base must be at least 1.
 */
export function newcombeInterval(
  positive1: number,
  base1: number,
  positive2: number,
  base2: number,
  confidence = 0.95,
): Interval {
  const w1 = wilsonInterval(positive1, base1, confidence);
  const w2 = wilsonInterval(positive2, base2, confidence);
  if (w1 === null || w2 === null) {
    throw new RangeError('a difference of two proportions needs a base above 0 on each side');
  }
  const p1 = positive1 / base1;
  const p2 = positive2 / base2;
  const d = p1 - p2;
  return {
    low: d - Math.sqrt((p1 - w1.low) ** 2 + (w2.high - p2) ** 2),
    high: d + Math.sqrt((w1.high - p1) ** 2 + (p2 - w2.low) ** 2),
  };
}
