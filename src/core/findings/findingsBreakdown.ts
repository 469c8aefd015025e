/**
 * A cell's counters → its item findings and ratings, and the cells of a breakdown in order:
 * one-way, a cell per group; two-way, a cell per (row, column) pair, row-major.
 */
import type { Framework } from '../framework/frameworkSchema';
import type { RatingOverride } from '../inspection/inspectionSchema';
import { breakdownSpecText } from './breakdownGroups';
import type { CasePlacement, PlacedDimension } from './findingsCells';
import type { Counters } from './findingsCounters';
import type { FindingsPlan } from './findingsPlan';
import type { Breakdown, BreakdownMargin, FindingsCell, ProportionFinding } from './findingTypes';
import { type CellSettings, itemFindings } from './itemFindings';
import { rateStandards } from './rateStandards';

export type CellFigures = Pick<FindingsCell, 'profile' | 'questions'> & {
  readonly rated: ReturnType<typeof rateStandards>;
};

/** One cell's item findings, and the ratings they give. */
export function cellFigures(
  framework: Framework,
  plan: FindingsPlan,
  counters: Counters,
  cell: number,
  settings: CellSettings,
  overrides: readonly RatingOverride[],
): CellFigures {
  const { counts, numbers } = counters;
  const findings = itemFindings(plan, counts, cell, numbers, settings);
  const byId = new Map<string, ProportionFinding>();
  for (const f of findings) if (f.type === 'proportion') byId.set(f.itemId, f);
  return {
    profile: findings.filter((f) => f.standardId === null),
    questions: findings.filter((f) => f.standardId !== null),
    rated: rateStandards(framework, (id) => byId.get(id), overrides),
  };
}

/** A dimension's keys in the order shown: each with its position among the counted keys. */
function ordered(dimension: PlacedDimension): (BreakdownMargin & { readonly at: number })[] {
  const { grouping } = dimension;
  return dimension.keys
    .map((key, at) => ({ key, at, rank: grouping.rank(key, at) }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ key, at }) => ({ key, at, label: grouping.label(key), cases: dimension.cases[at]! }));
}

const MULTIPLE_NOTE =
  'A case can give more than one answer to this field, so it can be counted in more than one group.';

/**
 * Each cell's figures, in order. A cell's sentences state the same side as the figure over all
 * cases, so the two read side by side; overrides apply to the whole only.
 */
export function breakdownOf(
  framework: Framework,
  plan: FindingsPlan,
  counters: Counters,
  placement: CasePlacement,
  all: CellFigures,
  settings: CellSettings,
): Breakdown {
  const sides = new Map<string, 'positive' | 'negative'>();
  for (const f of [...all.profile, ...all.questions]) {
    if (f.type === 'proportion' && f.counted) sides.set(f.itemId, f.counted.side);
  }
  const groupSettings: CellSettings = { ...settings, sides };
  const figuresOf = (cell: number) => {
    const built = cellFigures(framework, plan, counters, cell, groupSettings, []);
    return {
      cases: counters.casesPerCell[cell]!,
      profile: built.profile,
      questions: built.questions,
      standards: built.rated.standards,
      overall: built.rated.overall,
    };
  };
  const dims = placement.dimensions;
  const dimensions = dims.map((d) => ({ by: d.grouping.by, label: d.grouping.name }));
  const by = breakdownSpecText(dimensions.map((d) => d.by) as [string, string]);
  const note = placement.multiple ? MULTIPLE_NOTE : null;
  const rows = ordered(dims[0]!);
  if (dims.length === 1) {
    const groups = rows.map(
      ({ key, label, at }): FindingsCell => ({ key, label, ...figuresOf(at + 1) }),
    );
    return { by, dimensions, groups, note };
  }
  const columns = ordered(dims[1]!);
  const groups: FindingsCell[] = [];
  for (const row of rows) {
    for (const col of columns) {
      groups.push({
        key: `${row.key}\u001f${col.key}`,
        label: `${row.label}, ${col.label}`,
        ...figuresOf(1 + row.at * columns.length + col.at),
        keys: [row.key, col.key],
        labels: [row.label, col.label],
      });
    }
  }
  const margin = ({ key, label, cases }: BreakdownMargin) => ({ key, label, cases });
  return { by, dimensions, groups, rows: rows.map(margin), columns: columns.map(margin), note };
}
