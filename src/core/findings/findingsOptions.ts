/**
 * The findings options for an inspection, the same wherever its figures are shown — the
 * findings screen, the cases behind a figure, the report, the exports and the command line:
 * groups named as the inspection names its areas, strata and team, and the lead's changed
 * ratings applied. Only what the reader chooses differs from place to place.
 */
import type { Inspection } from '../inspection/inspectionSchema';
import type { BreakdownSpec, GroupNames } from './breakdownGroups';
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

/** The inspection's names for areas, strata and inspectors, which label breakdowns. */
export function groupNamesOf(
  inspection: Pick<Inspection, 'areas' | 'strata' | 'team'>,
): GroupNames {
  return {
    areas: inspection.areas,
    strata: inspection.strata,
    inspectors: inspection.team.map((member) => ({ id: member.id, name: member.name })),
  };
}

/**
 * The options for an inspection's findings. Without an inspection (a cases file read on its
 * own), groups take the framework's names and no rating is changed.
 */
export function findingsOptionsFor(
  inspection: InspectionForFindings | null,
  choices: FindingsChoices = {},
): FindingsOptions {
  const { computedRatingsOnly, ...chosen } = choices;
  if (inspection === null) return chosen;
  return {
    ...chosen,
    names: groupNamesOf(inspection),
    ...(computedRatingsOnly ? {} : { ratingOverrides: inspection.ratingOverrides }),
  };
}
