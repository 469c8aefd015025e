/**
 * The findings engine: every figure of an inspection from its framework and cases, in one pass
 * over the answers (SPEC §4). Counters live in one typed array — a run of slots per item per
 * group — so the cost is linear in cases × items and the same with or without a breakdown.
 */
import type { Framework } from '../framework/frameworkSchema';
import type { AnswerValue } from '../inspection/answerValue';
import type { CaseStatus, CaseWithAnswers, RatingOverride } from '../inspection/inspectionSchema';
import {
  type BreakdownBy,
  breakdownChoices,
  type GroupNames,
  grouping,
  namedGroups,
} from './breakdownGroups';
import {
  ANSWERED,
  answerSlot,
  HIDDEN,
  type PlannedItem,
  planFindings,
  selectedOptions,
  UNANSWERED,
} from './findingsPlan';
import type {
  Completeness,
  CompletenessGroup,
  FindingsCell,
  FindingsResult,
  IncompleteCase,
  ProportionFinding,
} from './findingTypes';
import { type CellSettings, itemFindings, type SentenceSide } from './itemFindings';
import { rateStandards } from './rateStandards';

export type FindingsOptions = {
  /** Count only cases marked complete or moderated. Default: all cases. */
  readonly completeOnly?: boolean;
  /** Split every figure by area, stratum, inspector or a profile field's answer. */
  readonly breakdownBy?: BreakdownBy | null;
  /** The inspection's areas, strata and team, to name groups (default: the framework's). */
  readonly names?: GroupNames;
  /** The lead's changed ratings (Inspection.ratingOverrides). */
  readonly ratingOverrides?: readonly RatingOverride[];
  /** Confidence level for intervals, between 0 and 1. Default 0.95. */
  readonly confidence?: number;
  /** Which count sentences state: the larger side (default), or always one side. */
  readonly sentences?: SentenceSide;
};

/** What findings can be broken down by for this framework: area, stratum, inspector, profile fields. */
export function breakdownChoicesOf(framework: Framework): { by: string; label: string }[] {
  return breakdownChoices(planFindings(framework));
}

/** Whether a case's status lets it count when only complete cases are wanted. */
export function isCompleteStatus(status: CaseStatus): boolean {
  return status === 'complete' || status === 'moderated';
}

const NO_CELLS: readonly number[] = [];

type Tally = { cases: number; fullyAnswered: number; answered: number; applicable: number };

function tally(map: Map<string, Tally>, key: string): Tally {
  let found = map.get(key);
  if (!found) {
    found = { cases: 0, fullyAnswered: 0, answered: 0, applicable: 0 };
    map.set(key, found);
  }
  return found;
}

function addTally(t: Tally, done: boolean, answered: number, applicable: number): void {
  t.cases++;
  if (done) t.fullyAnswered++;
  t.answered += answered;
  t.applicable += applicable;
}

function tallies(
  map: Map<string, Tally>,
  named: ReturnType<typeof namedGroups>,
): CompletenessGroup[] {
  return [...map.entries()]
    .map(([key, t], firstSeen) => ({ rank: named.rank(key, firstSeen), key, t }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ key, t }) => ({ key, label: named.label(key), ...t }));
}

/**
 * Computes every finding. `cases` are the inspection's cases with their answers; the
 * framework must have passed `checkFramework`. Throws only for a `breakdownBy` that names
 * nothing in the framework (callers offer the choices from `breakdownChoices`).
 */
export function computeFindings(
  framework: Framework,
  cases: readonly CaseWithAnswers[],
  options: FindingsOptions = {},
): FindingsResult {
  const plan = planFindings(framework);
  const confidence = options.confidence ?? 0.95;
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`a confidence level lies between 0 and 1, got ${confidence}`);
  }
  const completeOnly = options.completeOnly === true;
  const by = options.breakdownBy ?? null;
  const groups = by === null ? null : grouping(plan, by, options.names);
  if (by !== null && groups === null) {
    throw new RangeError(
      `cannot break down by "${by}": use area, stratum, inspector or a profile field id`,
    );
  }

  // First pass: which cases count, and the group(s) of each. `caseCell` holds the one group
  // cell of a case (0: no breakdown; −1: not counted); `caseCells` the list when a case can
  // fall in several groups.
  const n = cases.length;
  const caseCell = new Int32Array(n);
  const caseCells: (readonly number[] | undefined)[] = groups?.multiple ? new Array(n) : [];
  const keyIndex = new Map<string, number>();
  const keys: string[] = [];
  let countedCases = 0;
  for (let c = 0; c < n; c++) {
    const kase = cases[c]!;
    if (completeOnly && !isCompleteStatus(kase.status)) {
      caseCell[c] = -1;
      continue;
    }
    countedCases++;
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

  // Second pass: every answer of every case into the counters.
  const slots = plan.slots;
  const cellCount = 1 + keys.length;
  const counts = new Int32Array(cellCount * slots);
  const casesPerCell = new Int32Array(cellCount);
  const numbers: (number[] | undefined)[] = new Array(cellCount * plan.numberItems);
  const items = plan.items;
  const itemCount = items.length;
  const tests = plan.rules?.tests ?? null;
  const hidden = new Uint8Array(itemCount);
  const values: (AnswerValue | undefined)[] = new Array(itemCount).fill(undefined);
  const byArea = new Map<string, Tally>();
  const byInspector = new Map<string, Tally>();
  const incomplete: IncompleteCase[] = [];
  const answeredPerCase = new Int32Array(n);
  const applicablePerCase = new Int32Array(n);
  let fullyAnswered = 0;
  let markedComplete = 0;
  let answeredTotal = 0;
  let applicableTotal = 0;
  // With one group per case, counts go to the group only and "all cases" is their sum at the
  // end; with several (multichoice field), to "all cases" and to each group.
  const sumGroups = groups !== null && !groups.multiple;

  for (let c = 0; c < n; c++) {
    const kase = cases[c]!;
    const answers = kase.answers;
    const cell = caseCell[c]!;
    const counted = cell >= 0;
    const home = sumGroups ? cell : 0;
    const homeBase = home * slots;
    const more = groups?.multiple && counted ? caseCells[c]! : NO_CELLS;
    if (counted) {
      casesPerCell[home]! += 1;
      for (const extra of more) casesPerCell[extra]! += 1;
    }
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
      if (test !== null && !test(values, hidden)) {
        hidden[i] = 1;
        values[i] = undefined;
        relative = exclusions + HIDDEN;
      } else {
        hidden[i] = 0;
        const answer = answers[item.id];
        value = answer === undefined ? undefined : answer.value;
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
        countValue(item, value!, home);
        for (let k = 0; k < more.length; k++) countValue(item, value!, more[k]!);
      }
    }
    answeredPerCase[c] = answered;
    applicablePerCase[c] = applicable;
    const done = answered === applicable;
    const statusDone = isCompleteStatus(kase.status);
    if (done) fullyAnswered++;
    if (statusDone) markedComplete++;
    answeredTotal += answered;
    applicableTotal += applicable;
    addTally(tally(byArea, kase.areaId), done, answered, applicable);
    addTally(tally(byInspector, kase.inspectorId ?? ''), done, answered, applicable);
    if (!done || !statusDone) {
      incomplete.push({
        caseId: kase.id,
        ref: kase.ref,
        areaId: kase.areaId,
        inspectorId: kase.inspectorId,
        status: kase.status,
        answered,
        applicable,
      });
    }
  }

  /** Multichoice selections and number values, which need more than one counter. */
  function countValue(item: PlannedItem, value: string | number | string[], cell: number): void {
    if (item.type === 'multichoice') {
      for (const option of selectedOptions(item, value as string | string[])) {
        counts[cell * slots + item.offset + option]! += 1;
      }
    } else if (item.type === 'number') {
      const at = cell * plan.numberItems + item.numberSlot;
      const list = numbers[at];
      if (list) list.push(value as number);
      else numbers[at] = [value as number];
    }
  }

  if (sumGroups) {
    for (let cell = 1; cell < cellCount; cell++) {
      casesPerCell[0]! += casesPerCell[cell]!;
      const from = cell * slots;
      for (let k = 0; k < slots; k++) counts[k]! += counts[from + k]!;
      for (let k = 0; k < plan.numberItems; k++) {
        const list = numbers[cell * plan.numberItems + k];
        const all = numbers[k];
        if (list) numbers[k] = all ? all.concat(list) : list.slice();
      }
    }
  }

  const settings: CellSettings = {
    confidence,
    vocabulary: framework.quantifiers,
    sentences: options.sentences ?? 'auto',
  };
  const buildCell = (
    cell: number,
    overrides: readonly RatingOverride[],
    cellSettings: CellSettings = settings,
  ) => {
    const findings = itemFindings(plan, counts, cell, numbers, cellSettings);
    const byId = new Map<string, ProportionFinding>();
    for (const f of findings) if (f.type === 'proportion') byId.set(f.itemId, f);
    const rated = rateStandards(framework, (id) => byId.get(id), overrides);
    return {
      profile: findings.filter((f) => f.standardId === null),
      questions: findings.filter((f) => f.standardId !== null),
      rated,
    };
  };

  const all = buildCell(0, options.ratingOverrides ?? []);
  let breakdown: FindingsResult['breakdown'] = null;
  if (groups) {
    const sides = new Map<string, 'positive' | 'negative'>();
    for (const f of [...all.profile, ...all.questions]) {
      if (f.type === 'proportion' && f.counted) sides.set(f.itemId, f.counted.side);
    }
    const groupSettings: CellSettings = { ...settings, sides };
    const order = keys
      .map((key, i) => ({ key, cell: i + 1, rank: groups.rank(key, i) }))
      .sort((a, b) => a.rank - b.rank);
    const cellsOut: FindingsCell[] = order.map(({ key, cell }) => {
      const built = buildCell(cell, [], groupSettings);
      return {
        key,
        label: groups.label(key),
        cases: casesPerCell[cell]!,
        profile: built.profile,
        questions: built.questions,
        standards: built.rated.standards,
        overall: built.rated.overall,
      };
    });
    breakdown = {
      by: groups.by,
      groups: cellsOut,
      note: groups.multiple
        ? 'A case can give more than one answer to this field, so it can be counted in more than one group.'
        : null,
    };
  }

  const completeness: Completeness = {
    cases: n,
    fullyAnswered,
    markedComplete,
    answered: answeredTotal,
    applicable: applicableTotal,
    byArea: tallies(byArea, namedGroups(options.names?.areas ?? framework.areas, 'No area')),
    byInspector: tallies(byInspector, namedGroups(options.names?.inspectors, 'Not assigned')),
    perCase: { answered: answeredPerCase, applicable: applicablePerCase },
    incomplete,
  };

  return {
    framework: { id: framework.id, version: framework.version },
    basis: completeOnly ? 'complete-cases' : 'all-cases',
    cases: { total: n, counted: countedCases, excluded: n - countedCases },
    confidence,
    quantifiers: framework.quantifiers,
    profile: all.profile,
    questions: all.questions,
    standards: all.rated.standards,
    overall: all.rated.overall,
    breakdown,
    completeness,
    warnings: all.rated.warnings,
  };
}
