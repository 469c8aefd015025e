import { describe, expect, it } from 'vitest';
import { newcombeInterval } from '../../../../src/core/statistics/differenceInterval';

describe('newcombeInterval', () => {
  // Newcombe (1998), Statistics in Medicine 17:873–890, Table II, method 10.
  const table: [number, number, number, number, number, number][] = [
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [6, 7, 2, 7, 0.0582, 0.8062],
    [5, 56, 0, 29, -0.0381, 0.1926],
    [0, 10, 0, 20, -0.1611, 0.2775],
    [0, 10, 0, 10, -0.2775, 0.2775],
    [10, 10, 0, 20, 0.6791, 1],
    [10, 10, 0, 10, 0.6075, 1],
  ];
  it.each(table)('%i/%i against %i/%i gives %f to %f, as published', (x1, n1, x2, n2, lo, hi) => {
    const interval = newcombeInterval(x1, n1, x2, n2);
    expect(interval.low).toBeCloseTo(lo, 4);
    expect(interval.high).toBeCloseTo(hi, 4);
  });

  it('needs a base on each side', () => {
    expect(() => newcombeInterval(0, 0, 1, 2)).toThrow(RangeError);
  });
});
