/**
 * The tables a research extraction reports (seed 002, the YJB 2010 review), made from findings:
 *
 * - recording by area (its Table 2.3): per area, the cases asked an item, how many have it not
 *   recorded ("not known", left blank or an answer the item cannot hold), and the share recorded;
 * - coded variables by area: every coded item's answers, count and per cent of its base, for
 *   all cases and for each area, bases side by side;
 * - score grids: the items of a standard scored 0–4 (Asset's 12 factors), with how many cases
 *   gave each score, the base, the share scoring high and the mean score.
 *
 * By area means by the groups of a one-way breakdown (area, or any other dimension chosen).
 */
import type { Framework } from '../framework/frameworkSchema';
import { percentHalfUp } from '../statistics/roundHalfUp';
import type { FindingsCell, FindingsResult, ItemFinding } from './findingTypes';
import { isSmallBase } from './printedFigure';

/** A count out of its base; `percent` rounded half up, null with no base. */
export type BasedCount = {
  readonly count: number;
  readonly base: number;
  readonly percent: number | null;
  readonly smallBase: boolean;
};

function based(count: number, base: number): BasedCount {
  return {
    count,
    base,
    percent: base === 0 ? null : percentHalfUp(count, base),
    smallBase: isSmallBase(base),
  };
}

type Cells = {
  readonly profile: readonly ItemFinding[];
  readonly questions: readonly ItemFinding[];
};

function findingOf(cell: Cells, itemId: string): ItemFinding | undefined {
  return (
    cell.questions.find((f) => f.itemId === itemId) ?? cell.profile.find((f) => f.itemId === itemId)
  );
}

/** The one-way groups of a result, or nothing when it has no breakdown or a two-way one. */
function groupsOf(result: FindingsResult): readonly FindingsCell[] {
  const breakdown = result.breakdown;
  return breakdown?.dimensions.length === 1 ? breakdown.groups : [];
}

export type RecordingRow = {
  readonly key: string;
  readonly label: string;
  /** Cases the item was asked of (hidden by a rule: not asked). */
  readonly cases: number;
  readonly notRecorded: number;
  /** cases − not recorded: what an analysis of the item can use. */
  readonly recorded: number;
  readonly percentRecorded: number | null;
};

export type RecordingTable = {
  readonly itemId: string;
  readonly rows: readonly RecordingRow[];
  readonly total: RecordingRow;
};

function recordingRow(key: string, label: string, cases: number, f: ItemFinding | undefined) {
  const asked = cases - (f?.hidden ?? 0);
  const notRecorded = f ? f.notKnown + f.unanswered + f.invalid : asked;
  const recorded = asked - notRecorded;
  return {
    key,
    label,
    cases: asked,
    notRecorded,
    recorded,
    percentRecorded: asked === 0 ? null : percentHalfUp(recorded, asked),
  };
}

/** Table 2.3's shape for `itemId`: per group of the breakdown, then all cases. */
export function recordingByGroup(result: FindingsResult, itemId: string): RecordingTable {
  const cell = { profile: result.profile, questions: result.questions };
  return {
    itemId,
    rows: groupsOf(result).map((g) => recordingRow(g.key, g.label, g.cases, findingOf(g, itemId))),
    total: recordingRow('', 'Total', result.cases.counted, findingOf(cell, itemId)),
  };
}

/** The item with most cases not recorded: where a reader of Table 2.3 looks first. */
export function leastRecordedItem(result: FindingsResult): string | null {
  let best: { id: string; missing: number } | null = null;
  for (const f of [...result.questions, ...result.profile]) {
    const missing = f.notKnown + f.unanswered + f.invalid;
    if (best === null || missing > best.missing) best = { id: f.itemId, missing };
  }
  return best?.id ?? null;
}

export type CodedOption = {
  readonly value: string;
  readonly label: string;
  readonly all: BasedCount;
  /** In the order of the table's groups. */
  readonly groups: readonly BasedCount[];
};

export type CodedVariable = {
  readonly itemId: string;
  readonly type: 'proportion' | 'multichoice';
  /** Cases that chose at least one option can choose several: counts may add past the base. */
  readonly options: readonly CodedOption[];
  /** "not known" and left blank, outside the base (or inside, where the scale says so). */
  readonly notKnown: { readonly all: number; readonly groups: readonly number[] };
  readonly unanswered: { readonly all: number; readonly groups: readonly number[] };
};

export type CodedVariablesTable = {
  readonly by: string | null;
  readonly groups: readonly {
    readonly key: string;
    readonly label: string;
    readonly cases: number;
  }[];
  readonly variables: readonly CodedVariable[];
};

type Coded = Extract<ItemFinding, { type: 'proportion' | 'multichoice' }>;

function isCoded(f: ItemFinding | undefined): f is Coded {
  return f !== undefined && (f.type === 'proportion' || f.type === 'multichoice');
}

/** Every coded item (profile first, then questions), its answers overall and by group. */
export function codedVariablesByGroup(result: FindingsResult): CodedVariablesTable {
  const groups = groupsOf(result);
  const variables = [...result.profile, ...result.questions].filter(isCoded).map((f) => {
    const cells = groups.map((g) => findingOf(g, f.itemId));
    const coded = cells.map((c) => (isCoded(c) ? c : null));
    return {
      itemId: f.itemId,
      type: f.type,
      options: f.options.map((o, i) => ({
        value: o.value,
        label: o.label,
        all: based(o.count, f.base),
        groups: coded.map((c) => based(c?.options[i]?.count ?? 0, c?.base ?? 0)),
      })),
      notKnown: { all: f.notKnown, groups: coded.map((c) => c?.notKnown ?? 0) },
      unanswered: { all: f.unanswered, groups: coded.map((c) => c?.unanswered ?? 0) },
    };
  });
  return {
    by: groups.length > 0 ? (result.breakdown?.by ?? null) : null,
    groups: groups.map((g) => ({ key: g.key, label: g.label, cases: g.cases })),
    variables,
  };
}

export type ScoreGridRow = {
  readonly itemId: string;
  readonly text: string;
  /** Cases giving each score, in the order of the grid's scores, out of `base`. */
  readonly scores: readonly BasedCount[];
  readonly base: number;
  readonly notKnown: number;
  readonly unanswered: number;
  /** The scale's positive scores (3 and 4 on Asset's): the report's "high". */
  readonly high: BasedCount;
  /** Mean of the scores given; null with none. */
  readonly mean: number | null;
};

export type ScoreGrid = {
  readonly standardId: string;
  readonly title: string;
  /** The scores, lowest first: "0" … "4". */
  readonly scores: readonly string[];
  readonly rows: readonly ScoreGridRow[];
};

/** Whether the options are the scores 0, 1, 2 … in order. */
function isScoreScale(f: ItemFinding): f is Extract<ItemFinding, { type: 'proportion' }> {
  return (
    f.type === 'proportion' &&
    f.options.length >= 2 &&
    f.options.every((o, i) => o.value === String(i))
  );
}

/**
 * The score grids of `cell` (a result, or one group of its breakdown): one per standard whose
 * questions are all scored 0 to a top score, a row per question.
 */
export function scoreGrids(framework: Framework, cell: Cells): ScoreGrid[] {
  const grids: ScoreGrid[] = [];
  for (const section of framework.sections) {
    for (const standard of section.standards) {
      const found = standard.questions.map((q) => findingOf(cell, q.id));
      if (found.length === 0 || !found.every((f) => f !== undefined && isScoreScale(f))) continue;
      const findings = found as Extract<ItemFinding, { type: 'proportion' }>[];
      const rows = findings.map((f, i) => {
        const sum = f.options.reduce((s, o, score) => s + score * o.count, 0);
        const scored = f.options.reduce((s, o) => s + o.count, 0);
        return {
          itemId: f.itemId,
          text: standard.questions[i]!.text,
          scores: f.options.map((o) => based(o.count, f.base)),
          base: f.base,
          notKnown: f.notKnown,
          unanswered: f.unanswered,
          high: based(f.positive, f.base),
          mean: scored === 0 ? null : sum / scored,
        };
      });
      grids.push({
        standardId: standard.id,
        title: standard.title,
        scores: findings[0]!.options.map((o) => o.value),
        rows,
      });
    }
  }
  return grids;
}
