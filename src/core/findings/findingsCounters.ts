/**
 * The findings engine's counting step (SPEC §4): the classified columns (findingsColumns.ts)
 * counted into one typed array of counters — a run of slots per item per cell (findingsPlan.ts).
 * Each loop walks one item's column, a byte per case, so the cost is linear in cases × items
 * and the same with or without a breakdown. Cell 0 is "all cases"; the other cells are laid
 * out by findingsCells.ts.
 */
import type { CasePlacement } from './findingsCells';
import type { FindingsColumns } from './findingsColumns';
import { ANSWERED, type PlannedItem } from './findingsPlan';

/** Every counter of every cell. */
export type Counters = {
  /** Slots per cell. */
  readonly slots: number;
  readonly cellCount: number;
  readonly counts: Int32Array;
  readonly casesPerCell: Int32Array;
  /** Number answers per cell and number item (cell × numberItems + numberSlot), for medians. */
  readonly numbers: (Float64Array | undefined)[];
  readonly numberItems: number;
};

/**
 * Cases counted in one go, item after item: their counter bases stay in the fastest cache
 * while every item's codes stream past.
 */
const BLOCK = 4096;

/**
 * Every answer of one item, cases `from` to `to`, into its case's cell. A case not counted
 * has its base in the sink, a cell past the last, so the loop has no branch.
 */
function countItem(
  counts: Int32Array,
  codes: Uint8Array | Uint16Array,
  bases: Int32Array,
  at: number,
  from: number,
  to: number,
) {
  for (let c = from; c < to; c++) counts[bases[c]! + at + codes[c]!]! += 1;
}

type Codes = Uint8Array | Uint16Array;

/** Four items at once: each case's base read once for four answers. */
function countFour(
  counts: Int32Array,
  [a, b, c, d]: readonly [Codes, Codes, Codes, Codes],
  bases: Int32Array,
  [atA, atB, atC, atD]: readonly [number, number, number, number],
  from: number,
  to: number,
) {
  for (let k = from; k < to; k++) {
    const base = bases[k]!;
    counts[base + atA + a[k]!]! += 1;
    counts[base + atB + b[k]!]! += 1;
    counts[base + atC + c[k]!]! += 1;
    counts[base + atD + d[k]!]! += 1;
  }
}

/** Each chosen option of a multichoice item, for the cases counted at `bases`. */
function countChoices(
  counts: Int32Array,
  columns: FindingsColumns,
  i: number,
  item: PlannedItem,
  bases: Int32Array,
) {
  const codes = columns.codes[i]!;
  const bits = columns.choices[i]!;
  const words = columns.words[i]!;
  const answered = item.optionCount + ANSWERED;
  for (let c = 0; c < codes.length; c++) {
    if (codes[c] !== answered) continue;
    const base = bases[c]!;
    for (let w = 0; w < words; w++) {
      let word = bits[c * words + w]!;
      while (word !== 0) {
        const bit = 31 - Math.clz32(word & -word);
        counts[base + item.offset + w * 32 + bit]! += 1;
        word &= word - 1;
      }
    }
  }
}

/**
 * Each number answer into the lists of its case's cells, in the order of the cases (a mean
 * adds them in that order): `homes[c]` is case c's home cell (−1: not counted) and `more[c]`
 * its other cells, if any. Counted first, so each list is one typed array.
 */
function collectNumbers(
  counters: Counters,
  values: Float64Array,
  item: PlannedItem,
  homes: Int32Array,
  more: readonly (readonly number[] | undefined)[],
) {
  const { numbers, numberItems, cellCount } = counters;
  const sizes = new Int32Array(cellCount);
  for (let round = 0; round < 2; round++) {
    for (let c = 0; c < values.length; c++) {
      const home = homes[c]!;
      const value = values[c]!;
      if (home < 0 || Number.isNaN(value)) continue;
      const others = more[c];
      const cells = others === undefined ? 1 : 1 + others.length;
      for (let k = 0; k < cells; k++) {
        const cell = k === 0 ? home : others![k - 1]!;
        if (round === 0) sizes[cell]! += 1;
        else numbers[cell * numberItems + item.numberSlot]![sizes[cell]!++] = value;
      }
    }
    if (round === 1) return;
    for (let cell = 0; cell < cellCount; cell++) {
      if (sizes[cell]! > 0) {
        numbers[cell * numberItems + item.numberSlot] = new Float64Array(sizes[cell]!);
      }
    }
    sizes.fill(0);
  }
}

/** Every item's answers and choices for the cases whose counters start at `bases`. */
function countItems(counts: Int32Array, columns: FindingsColumns, bases: Int32Array) {
  const { items } = columns.plan;
  const { codes } = columns;
  const n = bases.length;
  const fours = items.length - (items.length % 4);
  for (let from = 0; from < n; from += BLOCK) {
    const to = Math.min(n, from + BLOCK);
    for (let i = 0; i < fours; i += 4) {
      const four = [codes[i]!, codes[i + 1]!, codes[i + 2]!, codes[i + 3]!] as const;
      const at = [
        items[i]!.offset,
        items[i + 1]!.offset,
        items[i + 2]!.offset,
        items[i + 3]!.offset,
      ] as const;
      countFour(counts, four, bases, at, from, to);
    }
    for (let i = fours; i < items.length; i++) {
      countItem(counts, codes[i]!, bases, items[i]!.offset, from, to);
    }
  }
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.type === 'multichoice') countChoices(counts, columns, i, item, bases);
  }
}

/**
 * With several cells per case (a multichoice breakdown field), each case's counters go to
 * "all cases" in the main loops and to each of its cells here: round k counts each case's
 * k-th cell.
 */
function countMoreCells(
  counters: Counters,
  tally: Int32Array,
  columns: FindingsColumns,
  placement: CasePlacement,
) {
  const { slots, casesPerCell, cellCount } = counters;
  const sink = cellCount * slots;
  const bases = new Int32Array(columns.cases);
  for (let k = 0; ; k++) {
    let any = false;
    for (let c = 0; c < columns.cases; c++) {
      const more = placement.caseCells[c];
      const cell = more !== undefined && k < more.length ? more[k]! : -1;
      bases[c] = cell < 0 ? sink : cell * slots;
      if (cell >= 0) {
        any = true;
        casesPerCell[cell]! += 1;
      }
    }
    if (!any) return;
    countItems(tally, columns, bases);
  }
}

/** With one cell per case, "all cases" is the sum of the cells: added up once, at the end. */
function sumIntoAll(counters: Counters): void {
  const { counts, casesPerCell, numbers, numberItems, slots } = counters;
  for (let cell = 1; cell < counters.cellCount; cell++) {
    casesPerCell[0]! += casesPerCell[cell]!;
    const from = cell * slots;
    for (let k = 0; k < slots; k++) counts[k]! += counts[from + k]!;
  }
  // Numbers of "all cases": each cell's in turn, as the cells are numbered.
  for (let k = 0; k < numberItems; k++) {
    let size = 0;
    for (let cell = 1; cell < counters.cellCount; cell++) {
      size += numbers[cell * numberItems + k]?.length ?? 0;
    }
    if (size === 0) continue;
    const all = new Float64Array(size);
    let at = 0;
    for (let cell = 1; cell < counters.cellCount; cell++) {
      const list = numbers[cell * numberItems + k];
      if (list) {
        all.set(list, at);
        at += list.length;
      }
    }
    numbers[k] = all;
  }
}

/** Counts every classified answer of the placed cases into every cell. */
export function countColumns(columns: FindingsColumns, placement: CasePlacement): Counters {
  const { plan } = columns;
  const slots = plan.slots;
  const cellCount = 1 + placement.cellCount;
  // The counters, then the sink: one more cell, where the cases not counted go.
  const tally = new Int32Array((cellCount + 1) * slots);
  const sink = cellCount * slots;
  const counters: Counters = {
    slots,
    cellCount,
    counts: tally.subarray(0, sink),
    casesPerCell: new Int32Array(cellCount),
    numbers: new Array(cellCount * plan.numberItems),
    numberItems: plan.numberItems,
  };
  // With one cell per case, counts go to the cell only and "all cases" is their sum at the
  // end; with several (multichoice field), to "all cases" and to each cell.
  const sumGroups = placement.cellCount > 0 && !placement.multiple;
  const { caseCell } = placement;
  const bases = new Int32Array(caseCell.length);
  const homes = new Int32Array(caseCell.length);
  for (let c = 0; c < caseCell.length; c++) {
    const cell = caseCell[c]!;
    const home = cell < 0 ? -1 : sumGroups ? cell : 0;
    homes[c] = home;
    bases[c] = home < 0 ? sink : home * slots;
    if (home >= 0) counters.casesPerCell[home]! += 1;
  }
  countItems(tally, columns, bases);
  const more = placement.multiple ? placement.caseCells : [];
  for (const item of plan.items) {
    if (item.type !== 'number') continue;
    collectNumbers(counters, columns.numbers[item.numberSlot]!, item, homes, more);
  }
  if (placement.multiple) countMoreCells(counters, tally, columns, placement);
  if (sumGroups) sumIntoAll(counters);
  return counters;
}
