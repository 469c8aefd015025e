/**
 * Cross-tabs (SPEC §4): two variables — questions, profile fields, or the case's area, stratum,
 * inspector or inspection — against each other. Each counted case is classified on both; a
 * case with no usable answer on either (N/A, not known, not asked, no answer) is left out and
 * counted with its reason. Counts come with row and column percentages and their bases, and a
 * test of independence (crossTabTest.ts).
 */

import type { Framework } from '../framework/frameworkSchema';
import { ENGLISH, type Translator } from '../i18n/translator';
import type { AnswerValue } from '../inspection/answerValue';
import { percentHalfUp } from '../statistics/roundHalfUp';
import { caseFieldLabel, type GroupNames, grouping } from './breakdownGroups';
import { type CrossTabTest, crossTabTest } from './crossTabTest';
import { type AnswerValues, type FindingsCase, isCompleteStatus, valuesOf } from './findingsCase';
import {
  ANSWERED,
  answerSlot,
  type FindingsPlan,
  NA,
  NK,
  type PlannedItem,
  planFindings,
  selectedOptions,
  UNANSWERED,
} from './findingsPlan';
import { isSmallBase } from './printedFigure';

/** 'area', 'stratum', 'inspector', 'inspection', or the id of a question or profile field. */
export type CrossTabVariable = 'area' | 'stratum' | 'inspector' | 'inspection' | (string & {});

export type CrossTabChoice = {
  readonly by: string;
  readonly label: string;
  readonly kind: 'case' | 'profile' | 'question';
};

/** Why a case is not in the table. */
export type LeftOutReason =
  | 'not-applicable'
  | 'not-known'
  | 'not-asked'
  | 'no-answer'
  | 'not-an-option'
  | 'not-recorded';

const REASON_LABELS: Record<LeftOutReason, string> = {
  'not-applicable': 'Not applicable',
  'not-known': 'Not known',
  'not-asked': 'Not asked (a rule hid the question)',
  'no-answer': 'No answer',
  'not-an-option': 'An answer that is not one of the options',
  'not-recorded': 'None recorded (no stratum, or no inspector assigned)',
};

export type CrossTabCategory = {
  readonly key: string;
  readonly label: string;
  /** Cases in the table in this row or column: the base of its percentages. */
  readonly base: number;
  /** The base is under 10: its percentages carry the small-base mark. */
  readonly smallBase: boolean;
  /** Its share of the cases in the table (the total's row or column %); null for none. */
  readonly share: number | null;
};

export type CrossTabAxis = {
  readonly by: string;
  readonly label: string;
  readonly kind: CrossTabChoice['kind'];
  /** A multichoice question: a case is counted in each answer it chose. */
  readonly multiple: boolean;
  readonly categories: readonly CrossTabCategory[];
};

export type CrossTabCell = {
  readonly count: number;
  /** Of the row's base, rounded half up; null when the row has no case. */
  readonly rowPercent: number | null;
  /** Of the column's base, likewise. */
  readonly colPercent: number | null;
};

export type CrossTabLeftOut = {
  readonly axis: 'rows' | 'cols';
  readonly reason: LeftOutReason;
  readonly label: string;
  readonly cases: number;
};

export type CrossTab = {
  readonly rows: CrossTabAxis;
  readonly cols: CrossTabAxis;
  /** Row-major: cells[row][col]. */
  readonly cells: readonly (readonly CrossTabCell[])[];
  readonly basis: 'all-cases' | 'complete-cases';
  /** Cases counted (all, or the complete ones). */
  readonly counted: number;
  /** Counted cases in the table: the base of the totals. */
  readonly total: number;
  /** Counted cases not in the table (a case can have a reason on each side). */
  readonly leftOutCases: number;
  readonly leftOut: readonly CrossTabLeftOut[];
  readonly test: CrossTabTest;
  readonly notes: readonly string[];
};

/** What can be cross-tabulated: the case's fields, then profile fields and questions with answers to choose. */
export function crossTabChoicesOf(
  framework: Framework,
  offer: { readonly inspections?: boolean } = {},
  tr: Translator = ENGLISH,
): CrossTabChoice[] {
  const plan = planFindings(framework);
  const fields = ['area', 'stratum', 'inspector', ...(offer.inspections ? ['inspection'] : [])];
  const caseFields: CrossTabChoice[] = fields.map((by) => ({
    by,
    label: caseFieldLabel(by, tr),
    kind: 'case',
  }));
  return [
    ...caseFields,
    ...plan.items.filter(tabulable).map((item) => ({
      by: item.id,
      label: item.entry.item.text,
      kind: item.entry.type === 'profile' ? ('profile' as const) : ('question' as const),
    })),
  ];
}

/** Items whose answers are options: single or multiple choice. */
function tabulable(item: PlannedItem): boolean {
  return (item.type === 'proportion' || item.type === 'multichoice') && item.optionCount > 0;
}

/** A case on one variable: the category keys it falls in, or why it is left out. */
type Classify = (kase: FindingsCase) => readonly string[] | LeftOutReason;

type Variable = {
  readonly axis: Omit<CrossTabAxis, 'categories'>;
  readonly classify: Classify;
  /** Categories in order: the framework's options, or the named areas (and others seen). */
  readonly order: (seen: readonly string[]) => { key: string; label: string }[];
};

function caseVariable(
  plan: FindingsPlan,
  by: string,
  names: GroupNames,
  tr: Translator,
): Variable | null {
  const groups = grouping(plan, by, names);
  if (groups === null) return null;
  const named =
    by === 'area'
      ? (names.areas ?? plan.index.framework.areas)
      : by === 'stratum'
        ? (names.strata ?? plan.index.framework.strata)
        : by === 'inspector'
          ? names.inspectors
          : names.inspections;
  return {
    axis: { by, label: caseFieldLabel(by, tr), kind: 'case', multiple: false },
    classify: (kase) => {
      const keys = groups.keysOf(kase);
      return keys.length === 1 && keys[0] === '' ? 'not-recorded' : keys;
    },
    order: (seen) => {
      const keys = [...new Set([...(named ?? []).map((n) => n.id), ...seen])];
      return keys
        .map((key, i) => ({ key, rank: groups.rank(key, i) }))
        .sort((a, b) => a.rank - b.rank)
        .map(({ key }) => ({ key, label: groups.label(key) }));
    },
  };
}

/**
 * Whether a rule hides the item for a case, or null when nothing can hide it. Rules only look
 * back, so only the items up to this one are read: far less than every item of every case.
 */
function hiddenTest(
  plan: FindingsPlan,
  item: PlannedItem,
): ((kase: FindingsCase, values: AnswerValues) => boolean) | null {
  const tests = plan.rules?.tests;
  const at = plan.items.indexOf(item);
  if (!tests?.[at]) return null;
  const ids = plan.items.slice(0, at + 1).map((i) => i.id);
  const positioned: (AnswerValue | undefined)[] = new Array(at + 1);
  const hidden = new Uint8Array(at + 1);
  return (kase, values) => {
    for (let i = 0; i <= at; i++) positioned[i] = values[ids[i]!];
    for (let i = 0; i <= at; i++) {
      const test = tests[i];
      hidden[i] = test && !test(positioned, hidden, kase) ? 1 : 0;
    }
    return hidden[at] === 1;
  };
}

function itemVariable(plan: FindingsPlan, item: PlannedItem): Variable {
  const isHidden = hiddenTest(plan, item);
  const extra = item.optionCount;
  return {
    axis: {
      by: item.id,
      label: item.entry.item.text,
      kind: item.entry.type === 'profile' ? 'profile' : 'question',
      multiple: item.type === 'multichoice',
    },
    classify: (kase) => {
      const values = valuesOf(kase, plan);
      if (isHidden?.(kase, values)) return 'not-asked';
      const value: AnswerValue | undefined = values[item.id];
      const slot = answerSlot(item, value);
      if (slot < extra) return [item.optionValues[slot]!];
      if (slot === extra + NA) return 'not-applicable';
      if (slot === extra + NK) return 'not-known';
      if (slot === extra + UNANSWERED) return 'no-answer';
      if (slot === extra + ANSWERED && item.type === 'multichoice') {
        return selectedOptions(item, value as string | string[]).map((i) => item.optionValues[i]!);
      }
      return 'not-an-option';
    },
    order: () => item.options.map((o) => ({ key: o.value, label: o.label })),
  };
}

function variableOf(plan: FindingsPlan, by: string, names: GroupNames, tr: Translator): Variable {
  const item = plan.itemById.get(by);
  if (item && tabulable(item)) return itemVariable(plan, item);
  const field = item ? null : caseVariable(plan, by, names, tr);
  if (field) return field;
  throw new RangeError(
    `cannot cross-tabulate "${by}": use area, stratum, inspector, or the id of a question or profile field whose answers are options`,
  );
}

export type CrossTabSpec = {
  readonly rows: CrossTabVariable;
  readonly cols: CrossTabVariable;
  /** Count only cases marked complete or moderated, as the findings do. */
  readonly completeOnly?: boolean;
  readonly names?: GroupNames;
};

/** Tallies, per axis, the cases each reason left out. */
function leftOutList(tallies: Map<string, number>): CrossTabLeftOut[] {
  const list: CrossTabLeftOut[] = [];
  for (const axis of ['rows', 'cols'] as const) {
    for (const reason of Object.keys(REASON_LABELS) as LeftOutReason[]) {
      const cases = tallies.get(`${axis} ${reason}`) ?? 0;
      if (cases > 0) list.push({ axis, reason, label: REASON_LABELS[reason], cases });
    }
  }
  return list;
}

type Pair = { readonly rows: readonly string[]; readonly cols: readonly string[] };

/** The counts of each pair of categories, and each row's and column's base. */
function tally(
  pairs: readonly Pair[],
  rowOrder: readonly { key: string }[],
  colOrder: readonly { key: string }[],
) {
  const rowAt = new Map(rowOrder.map((r, i) => [r.key, i]));
  const colAt = new Map(colOrder.map((c, i) => [c.key, i]));
  const counts = rowOrder.map(() => new Array<number>(colOrder.length).fill(0));
  // Bases count cases, not choices: a case with two answers is one case in its row.
  const rowBase = new Array<number>(rowOrder.length).fill(0);
  const colBase = new Array<number>(colOrder.length).fill(0);
  for (const pair of pairs) {
    for (const r of pair.rows) rowBase[rowAt.get(r)!]! += 1;
    for (const c of pair.cols) colBase[colAt.get(c)!]! += 1;
    for (const r of pair.rows) {
      for (const c of pair.cols) counts[rowAt.get(r)!]![colAt.get(c)!]! += 1;
    }
  }
  return { counts, rowBase, colBase };
}

/**
 * The cross-tab of two variables over the counted cases. Throws a RangeError for a variable the
 * framework does not have, or the same variable twice.
 */
export function computeCrossTab(
  framework: Framework,
  cases: readonly FindingsCase[],
  spec: CrossTabSpec,
  tr: Translator = ENGLISH,
): CrossTab {
  if (spec.rows === spec.cols) {
    throw new RangeError('choose two different variables to cross-tabulate');
  }
  const plan = planFindings(framework);
  const names = spec.names ?? {};
  const rowVar = variableOf(plan, spec.rows, names, tr);
  const colVar = variableOf(plan, spec.cols, names, tr);
  const pairs: Pair[] = [];
  const tallies = new Map<string, number>();
  let counted = 0;
  let leftOutCases = 0;
  for (const kase of cases) {
    if (spec.completeOnly && !isCompleteStatus(kase.status)) continue;
    counted++;
    const rows = rowVar.classify(kase);
    const cols = colVar.classify(kase);
    if (typeof rows === 'string' || typeof cols === 'string') {
      leftOutCases++;
      for (const [axis, reason] of [
        ['rows', rows],
        ['cols', cols],
      ] as const) {
        if (typeof reason === 'string') {
          tallies.set(`${axis} ${reason}`, (tallies.get(`${axis} ${reason}`) ?? 0) + 1);
        }
      }
      continue;
    }
    pairs.push({ rows, cols });
  }
  const rowOrder = rowVar.order([...new Set(pairs.flatMap((p) => p.rows))]);
  const colOrder = colVar.order([...new Set(pairs.flatMap((p) => p.cols))]);
  const { counts, rowBase, colBase } = tally(pairs, rowOrder, colOrder);
  const percent = (count: number, base: number) => (base === 0 ? null : percentHalfUp(count, base));
  const categories = (order: { key: string; label: string }[], bases: number[]) =>
    order.map((o, i) => ({
      ...o,
      base: bases[i]!,
      smallBase: isSmallBase(bases[i]!),
      share: percent(bases[i]!, pairs.length),
    }));
  const cells = counts.map((row, i) =>
    row.map((count, j) => ({
      count,
      rowPercent: percent(count, rowBase[i]!),
      colPercent: percent(count, colBase[j]!),
    })),
  );
  const multiple = rowVar.axis.multiple || colVar.axis.multiple;
  const notes: string[] = [];
  if (multiple) {
    notes.push(
      tr.t(
        'findings.crosstab',
        'A case can have more than one answer to a multiple-choice question, and is counted under each answer it has: the counts can add up to more than the cases, and no test of independence is made.',
      ),
    );
  }
  const test = crossTabTest(counts, multiple, tr);
  if (
    test.kind === 'chi-square' &&
    test.tested.rows * test.tested.cols < rowOrder.length * colOrder.length
  ) {
    notes.push(
      tr.t(
        'findings.crosstab',
        'Rows and columns with no case in them are shown, and left out of the test.',
      ),
    );
  }
  return {
    rows: { ...rowVar.axis, categories: categories(rowOrder, rowBase) },
    cols: { ...colVar.axis, categories: categories(colOrder, colBase) },
    cells,
    basis: spec.completeOnly ? 'complete-cases' : 'all-cases',
    counted,
    total: pairs.length,
    leftOutCases,
    leftOut: leftOutList(tallies),
    test,
    notes,
  };
}
