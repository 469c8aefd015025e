/**
 * The findings engine's two passes over the cases (SPEC §4). Counters live in one typed array —
 * a run of slots per item per group cell (findingsPlan.ts) — so the cost is linear in cases ×
 * items and the same with or without a breakdown. Cell 0 is "all cases"; cell i + 1 is the
 * i-th group key first seen.
 */
import type { CasePlace } from '../framework/compiledRules';
import type { AnswerValue } from '../inspection/answerValue';
import type { Grouping } from './breakdownGroups';
import { type AnswerValues, type FindingsCase, isCompleteStatus, valuesOf } from './findingsCase';
import type { ProgressTally } from './findingsCompleteness';
import {
  ANSWERED,
  answerSlot,
  type FindingsPlan,
  HIDDEN,
  type PlannedItem,
  selectedOptions,
  UNANSWERED,
} from './findingsPlan';

/** Where each case is counted: the first pass. */
export type CasePlacement = {
  /** Per case: its one group cell (0 with no breakdown), or −1 when it is not counted. */
  readonly caseCell: Int32Array;
  /** Per case, when a case can fall in several groups: every cell it falls in. */
  readonly caseCells: readonly (readonly number[] | undefined)[];
  /** Group keys in the order first seen: cell i + 1 counts keys[i]. */
  readonly keys: readonly string[];
  /** Cases counted (all, or the complete ones). */
  readonly counted: number;
};

/** First pass: which cases count, and the group(s) of each. */
export function placeCases(
  cases: readonly FindingsCase[],
  completeOnly: boolean,
  groups: Grouping | null,
): CasePlacement {
  const n = cases.length;
  const caseCell = new Int32Array(n);
  const caseCells: (readonly number[] | undefined)[] = groups?.multiple ? new Array(n) : [];
  const keyIndex = new Map<string, number>();
  const keys: string[] = [];
  let counted = 0;
  for (let c = 0; c < n; c++) {
    const kase = cases[c]!;
    if (completeOnly && !isCompleteStatus(kase.status)) {
      caseCell[c] = -1;
      continue;
    }
    counted++;
    if (!groups) continue;
    const cells: number[] = [];
    for (const key of groups.keysOf(kase)) {
      let index = keyIndex.get(key);
      if (index === undefined) {
        index = keys.length;
        keyIndex.set(key, index);
        keys.push(key);
      }
      cells.push(index + 1);
    }
    caseCell[c] = cells[0]!;
    if (groups.multiple) caseCells[c] = cells;
  }
  return { caseCell, caseCells, keys, counted };
}

/** Every counter of every cell: the second pass's result. */
export type Counters = {
  /** Slots per cell. */
  readonly slots: number;
  readonly cellCount: number;
  readonly counts: Int32Array;
  readonly casesPerCell: Int32Array;
  /** Number answers per cell and number item (cell × numberItems + numberSlot), for medians. */
  readonly numbers: (number[] | undefined)[];
  readonly numberItems: number;
};

/** What one case's count leaves for the next: the values and hidden flags rules look back at. */
type Scratch = {
  readonly values: (AnswerValue | undefined)[];
  readonly hidden: Uint8Array;
  answered: number;
  applicable: number;
};

const NO_CELLS: readonly number[] = [];

/** Multichoice selections and number values, which need more than one counter. */
function countValue(
  counters: Counters,
  item: PlannedItem,
  value: string | number | string[],
  cell: number,
): void {
  if (item.type === 'multichoice') {
    for (const option of selectedOptions(item, value as string | string[])) {
      counters.counts[cell * counters.slots + item.offset + option]! += 1;
    }
  } else if (item.type === 'number') {
    const at = cell * counters.numberItems + item.numberSlot;
    const list = counters.numbers[at];
    if (list) list.push(value as number);
    else counters.numbers[at] = [value as number];
  }
}

/**
 * Counts one case's answers into cell `home` and the cells in `more` (when `counted`), and
 * leaves its required items answered and applicable in `scratch`.
 */
function countCase(
  plan: FindingsPlan,
  counters: Counters,
  answers: AnswerValues,
  home: number,
  more: readonly number[],
  counted: boolean,
  scratch: Scratch,
  place: CasePlace,
): void {
  const { items } = plan;
  const itemCount = items.length;
  const tests = plan.rules?.tests ?? null;
  const { counts, slots } = counters;
  const { values, hidden } = scratch;
  const homeBase = home * slots;
  let answered = 0;
  let applicable = 0;
  for (let i = 0; i < itemCount; i++) {
    const item = items[i]!;
    const exclusions = item.optionCount;
    // Rules only look back, so the items a rule reads are already in `values` and `hidden`;
    // a hidden item's answer is never read.
    const test = tests === null ? null : tests[i]!;
    let relative: number;
    let value: AnswerValue | undefined;
    if (test !== null && !test(values, hidden, place)) {
      hidden[i] = 1;
      values[i] = undefined;
      relative = exclusions + HIDDEN;
    } else {
      hidden[i] = 0;
      value = answers[item.id];
      values[i] = value;
      relative = answerSlot(item, value);
      if (item.required) {
        applicable++;
        if (relative !== exclusions + UNANSWERED) answered++;
      }
    }
    if (!counted) continue;
    const slot = item.offset + relative;
    counts[homeBase + slot]! += 1;
    for (let k = 0; k < more.length; k++) counts[more[k]! * slots + slot]! += 1;
    if (relative === exclusions + ANSWERED && item.type !== 'answered') {
      countValue(counters, item, value!, home);
      for (let k = 0; k < more.length; k++) countValue(counters, item, value!, more[k]!);
    }
  }
  scratch.answered = answered;
  scratch.applicable = applicable;
}

/** With one group per case, "all cases" is the sum of the groups: added up once, at the end. */
function sumIntoAll(counters: Counters): void {
  const { counts, casesPerCell, numbers, numberItems, slots } = counters;
  for (let cell = 1; cell < counters.cellCount; cell++) {
    casesPerCell[0]! += casesPerCell[cell]!;
    const from = cell * slots;
    for (let k = 0; k < slots; k++) counts[k]! += counts[from + k]!;
    for (let k = 0; k < numberItems; k++) {
      const list = numbers[cell * numberItems + k];
      const all = numbers[k];
      if (list) numbers[k] = all ? all.concat(list) : list.slice();
    }
  }
}

/** Second pass: every answer of every case into the counters, and each case's progress. */
export function countAnswers(
  plan: FindingsPlan,
  cases: readonly FindingsCase[],
  placement: CasePlacement,
  groups: Grouping | null,
  progress: ProgressTally,
): Counters {
  const slots = plan.slots;
  const cellCount = 1 + placement.keys.length;
  const counters: Counters = {
    slots,
    cellCount,
    counts: new Int32Array(cellCount * slots),
    casesPerCell: new Int32Array(cellCount),
    numbers: new Array(cellCount * plan.numberItems),
    numberItems: plan.numberItems,
  };
  const itemCount = plan.items.length;
  const scratch: Scratch = {
    values: new Array(itemCount).fill(undefined),
    hidden: new Uint8Array(itemCount),
    answered: 0,
    applicable: 0,
  };
  // With one group per case, counts go to the group only and "all cases" is their sum at the
  // end; with several (multichoice field), to "all cases" and to each group.
  const multiple = groups?.multiple === true;
  const sumGroups = groups !== null && !multiple;
  const { caseCell, caseCells } = placement;
  const { casesPerCell } = counters;
  for (let c = 0; c < cases.length; c++) {
    const kase = cases[c]!;
    const cell = caseCell[c]!;
    const counted = cell >= 0;
    const home = sumGroups ? cell : 0;
    const more = multiple && counted ? caseCells[c]! : NO_CELLS;
    if (counted) {
      casesPerCell[home]! += 1;
      for (const extra of more) casesPerCell[extra]! += 1;
    }
    countCase(plan, counters, valuesOf(kase, plan), home, more, counted, scratch, kase);
    progress.add(kase, c, scratch.answered, scratch.applicable);
  }
  if (sumGroups) sumIntoAll(counters);
  return counters;
}
