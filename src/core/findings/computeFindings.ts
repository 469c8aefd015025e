/**
 * The findings engine: every figure of an inspection from its framework and cases, in one pass
 * over the answers (SPEC §4; the passes are in findingsCounters.ts). Each cell's counters —
 * all cases, then each breakdown group — become item findings and ratings here.
 */
import type { Framework } from '../framework/frameworkSchema';
import type { RatingOverride } from '../inspection/inspectionSchema';
import {
  type BreakdownBy,
  breakdownChoices,
  type Grouping,
  type GroupNames,
  grouping,
} from './breakdownGroups';
import type { FindingsCase } from './findingsCase';
import { progressTally } from './findingsCompleteness';
import { type Counters, countAnswers, placeCases } from './findingsCounters';
import { type FindingsPlan, planFindings } from './findingsPlan';
import type { FindingsCell, FindingsResult, ProportionFinding } from './findingTypes';
import { type CellSettings, itemFindings, type SentenceSide } from './itemFindings';
import { rateStandards } from './rateStandards';

export { isCompleteStatus } from './findingsCase';

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

/** The confidence level asked for, checked. */
function confidenceOf(options: FindingsOptions): number {
  const confidence = options.confidence ?? 0.95;
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`a confidence level lies between 0 and 1, got ${confidence}`);
  }
  return confidence;
}

/** The breakdown asked for, or null for none; throws when it names nothing the framework has. */
function groupingOf(plan: FindingsPlan, options: FindingsOptions): Grouping | null {
  const by = options.breakdownBy ?? null;
  if (by === null) return null;
  const groups = grouping(plan, by, options.names);
  if (groups === null) {
    throw new RangeError(
      `cannot break down by "${by}": use area, stratum, inspector or a profile field id`,
    );
  }
  return groups;
}

type CellFigures = Pick<FindingsCell, 'profile' | 'questions'> & {
  readonly rated: ReturnType<typeof rateStandards>;
};

/** One cell's item findings, and the ratings they give. */
function cellFigures(
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

/**
 * Each group's figures, in the groups' order. A group's sentences state the same side as the
 * figure over all cases, so the two read side by side; overrides apply to the whole only.
 */
function breakdownOf(
  framework: Framework,
  plan: FindingsPlan,
  counters: Counters,
  groups: Grouping,
  keys: readonly string[],
  all: CellFigures,
  settings: CellSettings,
): NonNullable<FindingsResult['breakdown']> {
  const sides = new Map<string, 'positive' | 'negative'>();
  for (const f of [...all.profile, ...all.questions]) {
    if (f.type === 'proportion' && f.counted) sides.set(f.itemId, f.counted.side);
  }
  const groupSettings: CellSettings = { ...settings, sides };
  const order = keys
    .map((key, i) => ({ key, cell: i + 1, rank: groups.rank(key, i) }))
    .sort((a, b) => a.rank - b.rank);
  const cells: FindingsCell[] = order.map(({ key, cell }) => {
    const built = cellFigures(framework, plan, counters, cell, groupSettings, []);
    return {
      key,
      label: groups.label(key),
      cases: counters.casesPerCell[cell]!,
      profile: built.profile,
      questions: built.questions,
      standards: built.rated.standards,
      overall: built.rated.overall,
    };
  });
  return {
    by: groups.by,
    groups: cells,
    note: groups.multiple
      ? 'A case can give more than one answer to this field, so it can be counted in more than one group.'
      : null,
  };
}

/**
 * Computes every finding. `cases` are the inspection's cases with their answers' values; the
 * framework must have passed `checkFramework`. Throws only for a `breakdownBy` that names
 * nothing in the framework (callers offer the choices from `breakdownChoices`).
 */
export function computeFindings(
  framework: Framework,
  cases: readonly FindingsCase[],
  options: FindingsOptions = {},
): FindingsResult {
  const plan = planFindings(framework);
  const confidence = confidenceOf(options);
  const completeOnly = options.completeOnly === true;
  const groups = groupingOf(plan, options);
  const placement = placeCases(cases, completeOnly, groups);
  const progress = progressTally(cases.length);
  const counters = countAnswers(plan, cases, placement, groups, progress);
  const settings: CellSettings = {
    confidence,
    vocabulary: framework.quantifiers,
    sentences: options.sentences ?? 'auto',
  };
  const all = cellFigures(framework, plan, counters, 0, settings, options.ratingOverrides ?? []);
  const breakdown = groups
    ? breakdownOf(framework, plan, counters, groups, placement.keys, all, settings)
    : null;
  const n = cases.length;
  return {
    framework: { id: framework.id, version: framework.version },
    basis: completeOnly ? 'complete-cases' : 'all-cases',
    cases: { total: n, counted: placement.counted, excluded: n - placement.counted },
    confidence,
    quantifiers: framework.quantifiers,
    profile: all.profile,
    questions: all.questions,
    standards: all.rated.standards,
    overall: all.rated.overall,
    breakdown,
    completeness: progress.completeness(options.names, framework.areas),
    warnings: all.rated.warnings,
  };
}
