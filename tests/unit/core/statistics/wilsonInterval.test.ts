import { describe, expect, it } from 'vitest';
import { criticalValue, inverseNormal } from '../../../../src/core/statistics/inverseNormal';
import { wilsonInterval } from '../../../../src/core/statistics/wilsonInterval';

describe('wilsonInterval', () => {
  it('gives 27.1%–51.0% for 23 of 60 at 95%', () => {
    const interval = wilsonInterval(23, 60)!;
    expect(interval.low).toBeCloseTo(0.270883, 6);
    expect(interval.high).toBeCloseTo(0.509824, 6);
  });

  it('accepts another confidence level: 23 of 60 at 80% is 30.7%–46.6%', () => {
    const interval = wilsonInterval(23, 60, 0.8)!;
    expect(interval.low).toBeCloseTo(0.307019, 6);
    expect(interval.high).toBeCloseTo(0.465864, 6);
  });

  it('stays inside 0–100% at the ends: 0 of 10 runs to z²/(n+z²)', () => {
    expect(wilsonInterval(0, 10)).toEqual({ low: 0, high: expect.closeTo(0.277533, 6) });
    expect(wilsonInterval(10, 10)).toEqual({ low: expect.closeTo(0.722467, 6), high: 1 });
  });

  it('is symmetric: the interval for x of n mirrors that for n − x', () => {
    for (const [x, n] of [
      [3, 7],
      [23, 60],
      [1, 2],
    ] as const) {
      const a = wilsonInterval(x, n)!;
      const b = wilsonInterval(n - x, n)!;
      expect(a.low).toBeCloseTo(1 - b.high, 12);
      expect(a.high).toBeCloseTo(1 - b.low, 12);
    }
  });

  it('has no interval without a base', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it('refuses impossible counts', () => {
    expect(() => wilsonInterval(5, 4)).toThrow(RangeError);
  });
});

describe('criticalValue and inverseNormal', () => {
  it('uses exact critical values for the usual levels', () => {
    expect(criticalValue(0.95)).toBe(1.959963984540054);
    expect(criticalValue(0.8)).toBe(1.2815515655446004);
    expect(criticalValue(0.9)).toBe(1.6448536269514722);
    expect(criticalValue(0.99)).toBe(2.5758293035489004);
  });

  it('computes any other level to better than 1e-8', () => {
    expect(criticalValue(0.85)).toBeCloseTo(1.439531470938456, 8);
    expect(inverseNormal(0.975)).toBeCloseTo(1.959963984540054, 8);
    expect(inverseNormal(0.995)).toBeCloseTo(2.5758293035489, 8);
    expect(inverseNormal(0.001)).toBeCloseTo(-3.090232306167813, 7);
  });

  it('is 0 at the middle and odd about it', () => {
    expect(inverseNormal(0.5)).toBe(0);
    expect(inverseNormal(0.9999)).toBeCloseTo(3.719016485, 7);
    for (const [confidence, z] of [
      [0.8, 1.2816],
      [0.9, 1.6449],
      [0.95, 1.96],
      [0.99, 2.5758],
    ] as const) {
      expect(criticalValue(confidence)).toBeCloseTo(z, 4);
    }
    expect(inverseNormal(0.3)).toBeCloseTo(-inverseNormal(0.7), 12);
    expect(inverseNormal(0)).toBe(Number.NEGATIVE_INFINITY);
  });

  it('refuses levels outside 0–1', () => {
    expect(() => criticalValue(1)).toThrow(RangeError);
    expect(() => criticalValue(95)).toThrow(RangeError);
    expect(() => inverseNormal(1.2)).toThrow(RangeError);
  });
});
