/**
 * The findings engine: every figure of an inspection from its framework and cases (SPEC §4), in
 * two steps — the answers classified once into typed columns (findingsColumns.ts), then counted
 * for the options asked (findingsCounters.ts). Each cell's counters — all cases, then each
 * breakdown group or (row, column) pair — become item findings and ratings here.
 */

import type { Framework } from '../framework/frameworkSchema';
import type { Language } from '../i18n/language';
import { ENGLISH, type Translator } from '../i18n/translator';
import type { RatingOverride } from '../inspection/inspectionSchema';
import {
  type BreakdownSpec,
  breakdownChoices,
  breakdownSpecText,
  type Grouping,
  type GroupNames,
  grouping,
  specDimensions,
} from './breakdownGroups';
import { breakdownOf, cellFigures } from './findingsBreakdown';
import type { FindingsCase } from './findingsCase';
import { placeCases } from './findingsCells';
import { type FindingsColumns, findingsColumns } from './findingsColumns';
import { countColumns } from './findingsCounters';
import { type FindingsPlan, planFindings } from './findingsPlan';
import type { FindingsResult } from './findingTypes';
import type { CellSettings, SentenceSide } from './itemFindings';

export { isCompleteStatus } from './findingsCase';

export type FindingsOptions = {
  /** Count only cases marked complete or moderated. Default: all cases. */
  readonly completeOnly?: boolean;
  /**
   * Split every figure by area, stratum, inspector, inspection or a profile field's answer, or
   * by two of them for a two-way table.
   */
  readonly breakdownBy?: BreakdownSpec | null;
  /** The inspection's areas, strata and team, to name groups (default: the framework's). */
  readonly names?: GroupNames;
  /** The lead's changed ratings (Inspection.ratingOverrides). */
  readonly ratingOverrides?: readonly RatingOverride[];
  /** Confidence level for intervals, between 0 and 1. Default 0.95. */
  readonly confidence?: number;
  /** Which count sentences state: the larger side (default), or always one side. */
  readonly sentences?: SentenceSide;
  /**
   * The language of the sentences and quantifier words (the framework given in the same
   * language, for its statements). Default: English.
   */
  readonly language?: Language;
};

/**
 * What findings can be broken down by for this framework: area, stratum, inspector, profile
 * fields; and inspection, when asked, for several inspections analysed together.
 */
export function breakdownChoicesOf(
  framework: Framework,
  offer: { readonly inspections?: boolean } = {},
  tr: Translator = ENGLISH,
): { by: string; label: string }[] {
  return breakdownChoices(planFindings(framework), offer, tr);
}

/** The confidence level asked for, checked. */
function confidenceOf(options: FindingsOptions): number {
  const confidence = options.confidence ?? 0.95;
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`a confidence level lies between 0 and 1, got ${confidence}`);
  }
  return confidence;
}

/** The breakdown asked for: no dimension, one or two; throws when one names nothing here. */
export function groupingsOf(plan: FindingsPlan, options: FindingsOptions): Grouping[] {
  const spec = options.breakdownBy ?? null;
  if (spec === null) return [];
  const dims = specDimensions(spec);
  if (dims.length > 2 || (dims.length === 2 && dims[0] === dims[1])) {
    throw new RangeError(
      `cannot break down by "${breakdownSpecText(spec)}": give two different fields`,
    );
  }
  return dims.map((by) => {
    const groups = grouping(plan, by, options.names);
    if (groups === null) {
      throw new RangeError(
        `cannot break down by "${by}": use area, stratum, inspector, inspection or a profile field id`,
      );
    }
    return groups;
  });
}

/** The counted cases: all, or the complete ones. */
function countedFlags(columns: FindingsColumns, completeOnly: boolean): Uint8Array {
  return completeOnly ? columns.complete : new Uint8Array(columns.cases).fill(1);
}

/**
 * Counts every finding from classified columns (`findingsColumns`): the basis, breakdown and
 * confidence level can change without classifying again. Throws only for a `breakdownBy`
 * that names nothing in the framework (callers offer the choices from `breakdownChoices`).
 */
export function countFindings(
  columns: FindingsColumns,
  options: FindingsOptions = {},
): FindingsResult {
  const { framework, plan } = columns;
  const confidence = confidenceOf(options);
  const completeOnly = options.completeOnly === true;
  const dimensions = groupingsOf(plan, options).map((g) => ({
    ...columns.dimensions.get(g.by)!,
    grouping: g,
  }));
  const placement = placeCases(countedFlags(columns, completeOnly), dimensions);
  const counters = countColumns(columns, placement);
  const settings: CellSettings = {
    confidence,
    vocabulary: framework.quantifiers,
    sentences: options.sentences ?? 'auto',
    language: options.language ?? 'en',
  };
  const all = cellFigures(framework, plan, counters, 0, settings, options.ratingOverrides ?? []);
  const breakdown =
    placement.dimensions.length > 0
      ? breakdownOf(framework, plan, counters, placement, all, settings)
      : null;
  const n = columns.cases;
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
    completeness: columns.progress.completeness(options.names, framework.areas),
    warnings: all.rated.warnings,
  };
}

/**
 * Computes every finding. `cases` are the inspection's cases with their answers' values; the
 * framework must have passed `checkFramework`. The same as `countFindings` of
 * `findingsColumns`: classify once, then count.
 */
export function computeFindings(
  framework: Framework,
  cases: readonly FindingsCase[],
  options: FindingsOptions = {},
): FindingsResult {
  return countFindings(findingsColumns(framework, cases), options);
}
