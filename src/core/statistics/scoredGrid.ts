import { percentHalfUp } from './roundHalfUp';

/** A cell is a score, or null when there is none ("no answer" or "don't know"). */
export type ScoredGrid = readonly (readonly (number | null)[])[];

export type ScoredGridSummary = {
  /** Per row: mean of its scores over the cells that have one; null for an empty row. */
  readonly rowMeans: readonly (number | null)[];
  readonly rowCells: readonly number[];
  /** Per column: the sum of its scores, the cells that have one, and the most they could score. */
  readonly columns: readonly {
    readonly total: number;
    readonly cells: number;
    readonly possible: number;
    /** total ÷ possible × 100, rounded half up; null for an empty column. */
    readonly percent: number | null;
  }[];
};

/**
 * Summarises a grid of scores (rows: items; columns: areas) the way seed 002 Table 5.1 does:
 * row means and column percentages over the cells that hold a score, so a missing answer lowers
 * neither. `maxScore` is the top of the scale (5 for very good … 1 for very poor); scores are
 * expected to be whole numbers.
 */
export function summariseScoredGrid(grid: ScoredGrid, maxScore: number): ScoredGridSummary {
  const width = grid.reduce((w, row) => Math.max(w, row.length), 0);
  const totals = new Array<number>(width).fill(0);
  const counts = new Array<number>(width).fill(0);
  const rowMeans: (number | null)[] = [];
  const rowCells: number[] = [];
  for (const row of grid) {
    let sum = 0;
    let cells = 0;
    row.forEach((score, column) => {
      if (score === null) return;
      sum += score;
      cells++;
      totals[column]! += score;
      counts[column]! += 1;
    });
    rowMeans.push(cells === 0 ? null : sum / cells);
    rowCells.push(cells);
  }
  return {
    rowMeans,
    rowCells,
    columns: totals.map((total, column) => {
      const cells = counts[column]!;
      const possible = cells * maxScore;
      return {
        total,
        cells,
        possible,
        percent: possible === 0 ? null : percentHalfUp(total, possible),
      };
    }),
  };
}
