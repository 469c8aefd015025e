/**
 * Where each case is counted (SPEC §4.4): which cases count, and the cell(s) of each for a
 * breakdown by one dimension or two. A dimension is read once into a column of key indexes
 * per case (`DimensionColumn`), so changing the basis or the breakdown never reads a case
 * again. Cell 0 is "all cases"; one-way, cell k + 1 counts the k-th key seen; two-way, cell
 * 1 + r × columns + c counts the pair (r-th row key, c-th column key), so every pair has a cell,
 * an empty pair one with no cases.
 */
import type { Grouping } from './breakdownGroups';

/** One dimension's keys for every case (findingsColumns.ts reads them). */
export type DimensionKeys = {
  /** Every key, in the order first seen over all cases. */
  readonly keys: readonly string[];
  /** Per case, the index of its (first) key. */
  readonly index: Int32Array;
  /**
   * Every key of every case when one can have several (case c's are list[offsets[c]] …
   * list[offsets[c+1] − 1]); null when each has one. Only a multichoice field counts a case in
   * several groups; a list answer to another field counts in its first key's group, its
   * other keys being groups of no case.
   */
  readonly multi: { readonly offsets: Int32Array; readonly list: Int32Array } | null;
};

/** A dimension's keys with how to name and order them. */
export type DimensionColumn = DimensionKeys & { readonly grouping: Grouping };

/** The keys of one dimension among the counted cases. */
export type PlacedDimension = {
  readonly grouping: Grouping;
  /** Keys in the order first seen among counted cases. */
  readonly keys: readonly string[];
  /** Counted cases with each key. */
  readonly cases: Int32Array;
};

/** Where each case is counted. */
export type CasePlacement = {
  /** Per case: its one cell (0 with no breakdown), or −1 when it is not counted. */
  readonly caseCell: Int32Array;
  /** Per case, when a case can fall in several cells: every cell it falls in. */
  readonly caseCells: readonly (readonly number[] | undefined)[];
  /** Whether some case can fall in several cells (a multichoice profile field). */
  readonly multiple: boolean;
  /** Cells besides "all cases". */
  readonly cellCount: number;
  readonly dimensions: readonly PlacedDimension[];
  /** Cases counted (all, or the complete ones). */
  readonly counted: number;
};

function keysOfCase(column: DimensionColumn, c: number): ArrayLike<number> {
  const { multi } = column;
  if (multi === null) return [column.index[c]!];
  return multi.list.subarray(multi.offsets[c]!, multi.offsets[c + 1]!);
}

/** The keys whose cells a case counts in: all of a multichoice field's, else the first. */
function cellKeysOf(column: DimensionColumn, c: number): ArrayLike<number> {
  return column.grouping.multiple ? keysOfCase(column, c) : [column.index[c]!];
}

/** The counted keys of one dimension: `remap` from all keys to counted keys. */
function placeDimension(column: DimensionColumn, counts: Uint8Array) {
  const remap = new Int32Array(column.keys.length).fill(-1);
  const keys: string[] = [];
  const cases: number[] = [];
  for (let c = 0; c < counts.length; c++) {
    if (counts[c] === 0) continue;
    const caseKeys = keysOfCase(column, c);
    for (let k = 0; k < caseKeys.length; k++) {
      const key = caseKeys[k]!;
      let at = remap[key]!;
      if (at < 0) {
        at = keys.length;
        remap[key] = at;
        keys.push(column.keys[key]!);
        cases.push(0);
      }
      if (k === 0 || column.grouping.multiple) cases[at]! += 1;
    }
  }
  return { remap, placed: { grouping: column.grouping, keys, cases: Int32Array.from(cases) } };
}

/** Cells of one case: every pair of its keys (each list holds counted key indexes). */
function cellsOf(rows: ArrayLike<number>, cols: ArrayLike<number> | null, width: number) {
  const cells: number[] = [];
  for (let r = 0; r < rows.length; r++) {
    if (cols === null) cells.push(1 + rows[r]!);
    else for (let k = 0; k < cols.length; k++) cells.push(1 + rows[r]! * width + cols[k]!);
  }
  return cells;
}

/**
 * Places every case: `counts[c]` is 1 when case c is counted. With no dimension every counted
 * case is in cell 0 only.
 */
export function placeCases(counts: Uint8Array, columns: readonly DimensionColumn[]): CasePlacement {
  const n = counts.length;
  const caseCell = new Int32Array(n);
  let counted = 0;
  for (let c = 0; c < n; c++) {
    if (counts[c] === 0) caseCell[c] = -1;
    else counted++;
  }
  if (columns.length === 0) {
    return { caseCell, caseCells: [], multiple: false, cellCount: 0, dimensions: [], counted };
  }
  const placed = columns.map((column) => placeDimension(column, counts));
  const [rows, cols] = [placed[0]!, placed[1] ?? null];
  const width = cols === null ? 1 : cols.placed.keys.length;
  const multiple = columns.some((column) => column.grouping.multiple);
  const caseCells: (readonly number[] | undefined)[] = multiple ? new Array(n) : [];
  const rowColumn = columns[0]!;
  const colColumn = columns[1] ?? null;
  for (let c = 0; c < n; c++) {
    if (counts[c] === 0) continue;
    if (!multiple) {
      const r = rows.remap[rowColumn.index[c]!]!;
      caseCell[c] = 1 + (cols === null ? r : r * width + cols.remap[colColumn!.index[c]!]!);
      continue;
    }
    const rowKeys = Array.from(cellKeysOf(rowColumn, c), (k) => rows.remap[k]!);
    const colKeys =
      cols === null ? null : Array.from(cellKeysOf(colColumn!, c), (k) => cols.remap[k]!);
    const cells = cellsOf(rowKeys, colKeys, width);
    caseCell[c] = cells[0]!;
    caseCells[c] = cells;
  }
  return {
    caseCell,
    caseCells,
    multiple,
    cellCount: rows.placed.keys.length * width,
    dimensions: placed.map((p) => p.placed),
    counted,
  };
}
