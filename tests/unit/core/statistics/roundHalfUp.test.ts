import { describe, expect, it } from 'vitest';
import { formatPercent, roundHalfUp } from '../../../../src/core';
import { percentHalfUp, scaledPercentHalfUp } from '../../../../src/core/statistics/roundHalfUp';

/** The reference: round(100·s·n / b) half up, in exact BigInt arithmetic. */
function reference(n: number, b: number, decimals: number): number {
  const scale = 10n ** BigInt(decimals);
  return Number((200n * scale * BigInt(n) + BigInt(b)) / (2n * BigInt(b)));
}

describe('percentHalfUp', () => {
  it('rounds exact halves up, as reports print them', () => {
    expect(percentHalfUp(1, 8)).toBe(13); // 12.5%
    expect(percentHalfUp(3, 8)).toBe(38); // 37.5%
    expect(percentHalfUp(1, 200)).toBe(1); // 0.5%
    expect(percentHalfUp(99, 200)).toBe(50); // 49.5%
    expect(percentHalfUp(129, 200)).toBe(65); // 64.5%
  });

  it('gives the worked figures of the spec and the seeds', () => {
    expect(percentHalfUp(23, 60)).toBe(38);
    expect(percentHalfUp(20, 60)).toBe(33);
    expect(percentHalfUp(40, 60)).toBe(67);
    expect(percentHalfUp(210, 379)).toBe(55); // seed 002 area 10: 55.4%, printed there as 56%
    expect(percentHalfUp(28, 60)).toBe(47);
  });

  it('rounds to one decimal from the counts: 23 of 60 is 38.3%', () => {
    expect(percentHalfUp(23, 60, 1)).toBe(38.3);
    expect(scaledPercentHalfUp(23, 60, 1)).toBe(383);
    expect(formatPercent(23, 60, 1)).toBe('38.3');
    expect(formatPercent(1, 2, 1)).toBe('50.0');
    expect(formatPercent(1, 3, 2)).toBe('33.33');
    expect(formatPercent(1, 1000, 1)).toBe('0.1');
    expect(formatPercent(2675, 100_000, 1)).toBe('2.7'); // 2.675% exactly
    expect(formatPercent(2675, 100_000, 2)).toBe('2.68');
  });

  it('agrees with exact arithmetic for every count of every base up to 300', () => {
    const wrong: string[] = [];
    for (let b = 1; b <= 300; b++) {
      for (let n = 0; n <= b; n++) {
        if (scaledPercentHalfUp(n, b) !== reference(n, b, 0)) wrong.push(`${n}/${b}`);
        if (scaledPercentHalfUp(n, b, 1) !== reference(n, b, 1)) wrong.push(`${n}/${b} (1dp)`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('stays exact for large samples', () => {
    expect(scaledPercentHalfUp(33_333_333, 66_666_667, 2)).toBe(
      reference(33_333_333, 66_666_667, 2),
    );
    expect(percentHalfUp(4_999_999, 10_000_000)).toBe(50);
  });

  it('refuses what is not a count (a bug in the caller)', () => {
    expect(() => percentHalfUp(1.5, 3)).toThrow(RangeError);
    expect(() => percentHalfUp(1, 0)).toThrow(RangeError);
    expect(() => percentHalfUp(-1, 3)).toThrow(RangeError);
  });
});

describe('roundHalfUp', () => {
  it('rounds the decimal as written, where toFixed does not', () => {
    expect((2.675).toFixed(2)).toBe('2.67');
    expect(roundHalfUp(2.675, 2)).toBe(2.68);
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(0.125, 2)).toBe(0.13);
    expect(roundHalfUp(12.5)).toBe(13);
    expect(roundHalfUp(0.5)).toBe(1);
    expect(roundHalfUp(3.45, 1)).toBe(3.5);
  });

  it('carries through nines', () => {
    expect(roundHalfUp(9.995, 2)).toBe(10);
    expect(roundHalfUp(99.95, 1)).toBe(100);
    expect(roundHalfUp(0.0995, 3)).toBe(0.1);
  });

  it('handles tiny and huge numbers written with exponents', () => {
    expect(roundHalfUp(1.5e-7, 7)).toBe(2e-7);
    expect(roundHalfUp(1.5e-7, 2)).toBe(0);
    expect(roundHalfUp(1e21)).toBe(1e21);
  });

  it('rounds halves of negative numbers away from zero, as spreadsheets do', () => {
    expect(roundHalfUp(-2.5)).toBe(-3);
    expect(roundHalfUp(-2.675, 2)).toBe(-2.68);
    expect(Object.is(roundHalfUp(-0.001, 2), 0)).toBe(true);
  });

  it('leaves whole numbers and non-finite values alone', () => {
    expect(roundHalfUp(42, 1)).toBe(42);
    expect(roundHalfUp(Number.NaN)).toBeNaN();
    expect(roundHalfUp(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });
});
