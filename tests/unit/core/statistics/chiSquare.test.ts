/**
 * Pearson's chi-square test, checked against R's `chisq.test(x, correct = FALSE)` and
 * `pchisq(q, df, lower.tail = FALSE)` to 1e-6.
 */
import { describe, expect, it } from 'vitest';
import {
  chiSquareTest,
  chiSquareUpperTail,
  lnGamma,
} from '../../../../src/core/statistics/chiSquare';

describe('chiSquareUpperTail', () => {
  it.each([
    [4.21, 2, 0.12184567426908],
    [3.841458820694124, 1, 0.05],
    [0.5, 7, 0.999446481390425],
    [30, 30, 0.46565370894401],
    [100, 10, 5.44970198292053e-17],
  ])('P(χ² ≥ %f on %i df) = %f', (statistic, df, p) => {
    expect(Math.abs(chiSquareUpperTail(statistic, df) - p)).toBeLessThan(1e-6);
  });

  it('is 1 at 0 and refuses a df that is not a whole number above 0', () => {
    expect(chiSquareUpperTail(0, 3)).toBe(1);
    expect(() => chiSquareUpperTail(1, 0)).toThrow(RangeError);
  });

  it('takes ln Γ from factorials: Γ(6) = 120, Γ(1/2) = √π', () => {
    expect(lnGamma(6)).toBeCloseTo(Math.log(120), 12);
    expect(lnGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12);
  });
});

describe('chiSquareTest', () => {
  it('gives the statistic, degrees of freedom and p-value of a 2×2 table', () => {
    const result = chiSquareTest([
      [12, 5],
      [7, 9],
    ]);
    expect(result?.statistic).toBeCloseTo(2.430575519681557, 9);
    expect(result?.df).toBe(1);
    expect(Math.abs((result?.p ?? 0) - 0.118989205532145)).toBeLessThan(1e-6);
    expect(result?.smallExpected).toBe(0);
  });

  it('gives them for 2×3 and 3×3 tables', () => {
    const two = chiSquareTest([
      [20, 15, 10],
      [5, 12, 18],
    ]);
    expect(two?.statistic).toBeCloseTo(10.5336356764928, 9);
    expect(two?.df).toBe(2);
    expect(Math.abs((two?.p ?? 0) - 0.00516000444401195)).toBeLessThan(1e-6);
    const three = chiSquareTest([
      [10, 6, 4],
      [3, 8, 9],
      [7, 5, 12],
    ]);
    expect(three?.statistic).toBeCloseTo(8.10021052631579, 9);
    expect(three?.df).toBe(4);
    expect(Math.abs((three?.p ?? 0) - 0.087975564790431)).toBeLessThan(1e-6);
  });

  it('counts expected counts under 5, and has nothing to test with one row', () => {
    // Expected: every cell 2 (margins 4 and 4 of 8).
    expect(
      chiSquareTest([
        [3, 1],
        [1, 3],
      ])?.smallExpected,
    ).toBe(4);
    expect(chiSquareTest([[3, 1]])).toBeNull();
  });
});
