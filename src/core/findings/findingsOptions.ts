/**
 * The findings options for an inspection, the same wherever its figures are shown — the
 * findings screen, the cases behind a figure, the report, the exports and the command line:
 * groups named as the inspection names its areas, strata and team, and the lead's changed
 * ratings applied. Only what the reader chooses differs from place to place.
 */
import { ENGLISH, type Translator } from '../i18n/translator';
import type { Inspection } from '../inspection/inspectionSchema';
import { type BreakdownSpec, type GroupNames, groupWords } from './breakdownGroups';
import type { FindingsOptions } from './computeFindings';
import type { SentenceSide } from './itemFindings';

/** What a reader of the figures chooses. */
export type FindingsChoices = {
  /** Count only cases marked complete or moderated. Default: all cases. */
  readonly completeOnly?: boolean;
  readonly breakdownBy?: BreakdownSpec | null;
  /** Confidence level for intervals, between 0 and 1. Default 0.95. */
  readonly confidence?: number;
  readonly sentences?: SentenceSide;
  /**
   * Leave out the lead's changed ratings: the ratings from the figures alone, which is what an
   * override departs from.
   */
  readonly computedRatingsOnly?: boolean;
};

/** What of an inspection names groups and changes ratings. */
export type InspectionForFindings = Pick<
  Inspection,
  'areas' | 'strata' | 'team' | 'ratingOverrides'
>;

/**
 * The inspection's names for areas, strata and inspectors, which label breakdowns, and the names
 * of the groups no name fills ("Not assigned") in the reader's language.
 */
export function groupNamesOf(
  inspection: Pick<Inspection, 'areas' | 'strata' | 'team'>,
  tr: Translator = ENGLISH,
): GroupNames {
  return {
    areas: inspection.areas,
    strata: inspection.strata,
    inspectors: inspection.team.map((member) => ({ id: member.id, name: member.name })),
    words: groupWords(tr),
  };
}

/**
 * The options for an inspection's findings, groups named in the translator's language (exports:
 * English). Without an inspection (a cases file read on its own), groups take the framework's
 * names and no rating is changed.
 */
export function findingsOptionsFor(
  inspection: InspectionForFindings | null,
  choices: FindingsChoices = {},
  tr: Translator = ENGLISH,
): FindingsOptions {
  const { computedRatingsOnly, ...chosen } = choices;
  if (inspection === null) return { ...chosen, names: { words: groupWords(tr) } };
  return {
    ...chosen,
    names: groupNamesOf(inspection, tr),
    ...(computedRatingsOnly ? {} : { ratingOverrides: inspection.ratingOverrides }),
  };
}
