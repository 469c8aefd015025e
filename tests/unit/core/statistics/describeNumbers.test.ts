import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeNumbers } from '../../../../src/core/statistics/describeNumbers';

describe('describeNumbers', () => {
  it('summarises placement counts: n, mean, median, min, max and "more than 5"', () => {
    const summary = describeNumbers([3, 1, 4, 1, 5, 9, 2, 6], [5])!;
    expect(summary).toEqual({
      n: 8,
      sum: 31,
      mean: 3.875,
      median: 3.5,
      min: 1,
      max: 9,
      above: [{ threshold: 5, count: 2 }],
    });
  });

  it('takes the middle value of an odd count, and counts strictly above a threshold', () => {
    const summary = describeNumbers([50, 12, 80, 51], [50])!;
    expect(summary.median).toBe(50.5);
    expect(summary.above).toEqual([{ threshold: 50, count: 2 }]);
    expect(describeNumbers([7, 3, 5])!.median).toBe(5);
  });

  it('has no summary for no values', () => {
    expect(describeNumbers([])).toBeNull();
  });

  it('finds the same median as sorting, for any list', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 200 }),
        (values) => {
          const sorted = [...values].sort((a, b) => a - b);
          const mid = sorted.length >> 1;
          const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
          const summary = describeNumbers(values)!;
          expect(summary.median).toBe(median);
          expect(summary.min).toBe(sorted[0]);
          expect(summary.max).toBe(sorted[sorted.length - 1]);
        },
      ),
    );
  });

  it('does not reorder the values it is given', () => {
    const values = [3, 1, 2];
    describeNumbers(values);
    expect(values).toEqual([3, 1, 2]);
  });
});
