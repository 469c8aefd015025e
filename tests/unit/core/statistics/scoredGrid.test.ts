import { describe, expect, it } from 'vitest';
import { summariseScoredGrid } from '../../../../src/core/statistics/scoredGrid';

describe('summariseScoredGrid', () => {
  it('averages rows and totals columns over the cells that hold a score', () => {
    const summary = summariseScoredGrid(
      [
        [5, null, 3],
        [4, 2, null],
      ],
      5,
    );
    expect(summary.rowMeans).toEqual([4, 3]);
    expect(summary.rowCells).toEqual([2, 2]);
    expect(summary.columns).toEqual([
      { total: 9, cells: 2, possible: 10, percent: 90 },
      { total: 2, cells: 1, possible: 5, percent: 40 },
      { total: 3, cells: 1, possible: 5, percent: 60 },
    ]);
  });

  it('has no mean or percentage where nothing was scored', () => {
    const summary = summariseScoredGrid([[null, 1]], 5);
    expect(summary.rowMeans).toEqual([1]);
    expect(summary.columns[0]).toEqual({ total: 0, cells: 0, possible: 0, percent: null });
  });
});
