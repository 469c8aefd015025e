/**
 * The two-proportion z test with a pooled proportion, for the difference p₁ − p₂ of two
 * independent proportions (two audits' shares of cases):
 *
 *   p̂ = (x₁ + x₂) / (n₁ + n₂)        SE = √(p̂(1 − p̂)(1/n₁ + 1/n₂))        z = (p₁ − p₂) / SE
 *
 * and its two-sided p-value P(|Z| ≥ |z|). That p-value is the upper tail of z² on a chi-square
 * distribution with one degree of freedom, so it comes from the same incomplete gamma function
 * as the cross-tab's test, to about 15 significant digits. The same figures as R's
 * `prop.test(c(x1, x2), c(n1, n2), correct = FALSE)` (whose statistic is z²).
 */
import { chiSquareUpperTail } from './chiSquare';

export type TwoProportionTest = {
  /** z: positive when the first proportion is the larger. */
  readonly statistic: number;
  /** Two-sided. */
  readonly p: number;
  /** The pooled proportion p̂, as a fraction of 1. */
  readonly pooled: number;
  /** The standard error of the difference under the pooled proportion (0 when p̂ is 0 or 1). */
  readonly standardError: number;
};

function assertCounts(positive: number, base: number, which: string): void {
  if (!Number.isSafeInteger(base) || base < 1) {
    throw new RangeError(`the ${which} base must be a whole number of at least 1, got ${base}`);
  }
  if (!Number.isSafeInteger(positive) || positive < 0 || positive > base) {
    throw new RangeError(
      `the ${which} count must be a whole number from 0 to its base, got ${positive}`,
    );
  }
}

/**
 * The pooled two-proportion z test of positive1/base1 against positive2/base2; each base at
 * least 1. When both proportions are 0% or both 100% there is no spread to test against: the
 * two are the same, so z is 0 and p is 1.
 */
export function twoProportionTest(
  positive1: number,
  base1: number,
  positive2: number,
  base2: number,
): TwoProportionTest {
  assertCounts(positive1, base1, 'first');
  assertCounts(positive2, base2, 'second');
  const pooled = (positive1 + positive2) / (base1 + base2);
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / base1 + 1 / base2));
  if (standardError === 0) return { statistic: 0, p: 1, pooled, standardError };
  const statistic = (positive1 / base1 - positive2 / base2) / standardError;
  return { statistic, p: chiSquareUpperTail(statistic * statistic, 1), pooled, standardError };
}
