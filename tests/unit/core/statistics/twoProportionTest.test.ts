import { describe, expect, it } from 'vitest';
import { twoProportionTest } from '../../../../src/core/statistics/twoProportionTest';

describe('twoProportionTest (pooled z test)', () => {
  it('gives the worked example: 50 of 60 now against 35 of 60 then', () => {
    // p̂ = 85/120 = 0.708333; SE = √(0.708333 × 0.291667 × (1/60 + 1/60)) = 0.082985;
    // z = (0.833333 − 0.583333) / 0.082985 = 3.012579; p = 2(1 − Φ(3.012579)) = 0.002590.
    const t = twoProportionTest(50, 60, 35, 60);
    expect(t.pooled).toBeCloseTo(0.708333, 6);
    expect(t.standardError).toBeCloseTo(0.082985, 6);
    expect(t.statistic).toBeCloseTo(3.012579, 6);
    expect(t.p).toBeCloseTo(0.00259, 5);
    expect(t.statistic.toFixed(3)).toBe('3.013');
    expect(t.p.toFixed(3)).toBe('0.003');
  });

  it('changes only the sign of z when the two are swapped', () => {
    const t = twoProportionTest(35, 60, 50, 60);
    expect(t.statistic).toBeCloseTo(-3.012579, 6);
    expect(t.p).toBeCloseTo(0.00259, 5);
  });

  it('works on unequal bases: 9 of 20 against 30 of 60', () => {
    // p̂ = 39/80 = 0.4875; SE = √(0.4875 × 0.5125 × (1/20 + 1/60)) = 0.129059;
    // z = (0.45 − 0.5) / 0.129059 = −0.387419 (z² = 0.150094); p = 0.698446.
    const t = twoProportionTest(9, 20, 30, 60);
    expect(t.statistic).toBeCloseTo(-0.387419, 6);
    expect(t.statistic ** 2).toBeCloseTo(0.150094, 6);
    expect(t.p).toBeCloseTo(0.698446, 6);
  });

  it('finds no difference between equal proportions, and none at 0% or 100% on both sides', () => {
    expect(twoProportionTest(35, 60, 35, 60)).toMatchObject({ statistic: 0, p: 1 });
    expect(twoProportionTest(7, 20, 21, 60)).toMatchObject({ statistic: 0, p: 1 });
    expect(twoProportionTest(20, 20, 60, 60)).toMatchObject({ statistic: 0, p: 1 });
    expect(twoProportionTest(0, 5, 0, 9)).toMatchObject({ statistic: 0, p: 1, standardError: 0 });
  });

  it('refuses an empty base or a count above its base', () => {
    expect(() => twoProportionTest(0, 0, 1, 2)).toThrow(RangeError);
    expect(() => twoProportionTest(3, 2, 1, 2)).toThrow(RangeError);
    expect(() => twoProportionTest(1, 2, -1, 2)).toThrow(RangeError);
  });
});
