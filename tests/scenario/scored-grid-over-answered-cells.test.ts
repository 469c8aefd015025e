import { expect, it } from 'vitest';
import { roundHalfUp } from '../../src/core';
import { summariseScoredGrid } from '../../src/core/statistics/scoredGrid';

/**
 * Seed 002 (YJB 2010), Table 5.1: thirteen issues scored 1 (very poor) to 5 (very good) by five
 * YOT areas (L, M, S, B, C); null where no answer or "don't know" was given. The published row
 * averages and percentage scores are computed over the cells that hold a score.
 */
const GRID: (number | null)[][] = [
  [3, null, 5, null, 4],
  [3, 3, 5, 3, 3],
  [4, 2, 5, 4, 3],
  [4, 2, 5, 4, 3],
  [2, 2, 5, 4, 4],
  [2, 1, 5, null, 4],
  [3, 1, 2, 1, 1],
  [3, 2, 4, 5, 3],
  [3, 3, 5, 3, 3],
  [4, 3, 5, 2, 3],
  [4, 3, 5, 1, 3],
  [3, 2, 4, 3, 4],
  [3, 4, 4, null, 3],
];
const PUBLISHED_AVERAGES = [4, 3.4, 3.6, 3.6, 3.4, 3, 1.6, 3.4, 3.4, 3.4, 3.2, 3.2, 3.5];
const PUBLISHED_TOTALS = [41, 28, 59, 30, 41];
const PUBLISHED_PERCENTAGES = [63, 47, 91, 60, 63];

it('reproduces Table 5.1: averages and percentages over the cells that hold a score', () => {
  const summary = summariseScoredGrid(GRID, 5);
  expect(summary.rowMeans.map((m) => roundHalfUp(m!, 1))).toEqual(PUBLISHED_AVERAGES);
  expect(summary.columns.map((c) => c.total)).toEqual(PUBLISHED_TOTALS);
  expect(summary.columns.map((c) => c.percent)).toEqual(PUBLISHED_PERCENTAGES);
  // Area M is out of 60, not 65: one cell is missing (the note calls it "area two").
  expect(summary.columns.map((c) => c.possible)).toEqual([65, 60, 65, 50, 65]);
});
