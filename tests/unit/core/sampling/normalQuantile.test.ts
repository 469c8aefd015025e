import { describe, expect, it } from 'vitest';
import { normalQuantile, zForConfidence } from '../../../../src/core';

describe('normalQuantile (Acklam)', () => {
  it.each([
    [0.8, 1.2816],
    [0.9, 1.6449],
    [0.95, 1.96],
    [0.99, 2.5758],
  ])('gives z = %s → %s for a two-sided confidence level', (confidence, z) => {
    expect(zForConfidence(confidence)).toBeCloseTo(z, 4);
  });

  it('matches published quantiles to 8 decimal places, tails included', () => {
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963985, 8);
    expect(normalQuantile(0.025)).toBeCloseTo(-1.959963985, 8);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306, 8);
    expect(normalQuantile(0.9999)).toBeCloseTo(3.719016485, 7);
  });

  it('is symmetric about one half', () => {
    for (const p of [0.01, 0.1, 0.3, 0.49]) {
      expect(normalQuantile(p)).toBeCloseTo(-normalQuantile(1 - p), 9);
    }
  });

  it('gives infinities at 0 and 1 and refuses probabilities outside [0, 1]', () => {
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(() => normalQuantile(1.2)).toThrow(RangeError);
    expect(() => normalQuantile(Number.NaN)).toThrow(RangeError);
    expect(() => zForConfidence(1)).toThrow(RangeError);
  });
});
