/** Fisher's exact test (two-sided), checked against published examples and R's `fisher.test`. */
import { describe, expect, it } from 'vitest';
import { fisherExactTest } from '../../../../src/core/statistics/fisherExact';

describe('fisherExactTest', () => {
  it("gives p = 0.4857 for Fisher's lady tasting tea (3 of 4 cups right)", () => {
    expect(
      fisherExactTest([
        [3, 1],
        [1, 3],
      ]),
    ).toBeCloseTo(0.485714285714286, 9);
  });

  it('gives p = 0.002759 for the dieting example (1, 9 / 11, 3)', () => {
    expect(
      fisherExactTest([
        [1, 9],
        [11, 3],
      ]),
    ).toBeCloseTo(0.00275945618522008, 9);
  });

  it('gives the same as R for other small tables', () => {
    expect(
      fisherExactTest([
        [2, 7],
        [8, 2],
      ]),
    ).toBeCloseTo(0.0230141375652212, 9);
    expect(
      fisherExactTest([
        [0, 5],
        [5, 0],
      ]),
    ).toBeCloseTo(0.00793650793650794, 9);
    expect(
      fisherExactTest([
        [4, 0],
        [0, 0],
      ]),
    ).toBe(1);
  });

  it('refuses counts that are not whole numbers', () => {
    expect(() =>
      fisherExactTest([
        [1.5, 0],
        [0, 1],
      ]),
    ).toThrow(RangeError);
  });
});
