/**
 * The lead's changed ratings (SPEC §3 "Override"): which standards can be given one, the
 * ratings to choose from, and what a change needs (a rating the framework has, a rationale,
 * who set it). One override per standard: a new one replaces the old.
 */

import { standardRatedBy } from '../framework/frameworkItems';
import type { Framework } from '../framework/frameworkSchema';
import type { RatingOverride } from '../inspection/inspectionSchema';
import type { ValidationError } from '../validation/validationResult';

export type OverrideDraft = {
  readonly standardId: string;
  /** One of the framework's ratings, e.g. "Good". */
  readonly rating: string;
  readonly rationale: string;
  /** Who is changing the rating: a team member's name. */
  readonly by: string;
};

/** The ratings a standard can be given, best first ("Outstanding" … "Inadequate"). */
export function ratingChoices(framework: Framework): string[] {
  const bands = [...(framework.rating?.bands ?? [])].sort((a, b) => b.points - a.points);
  return [...new Set(bands.map((band) => band.rating))];
}

/** Whether the lead can set this standard's rating (it is rated, and the framework has ratings). */
export function canOverride(framework: Framework, standardId: string): boolean {
  const standard = framework.sections
    .flatMap((section) => section.standards)
    .find((s) => s.id === standardId);
  return (
    standard !== undefined &&
    standardRatedBy(standard) !== 'not-rated' &&
    ratingChoices(framework).length > 0
  );
}

/** Everything wrong with an override, in the order of the form. */
export function checkOverride(framework: Framework, draft: OverrideDraft): ValidationError[] {
  const errors: ValidationError[] = [];
  if (!canOverride(framework, draft.standardId)) {
    errors.push({
      path: 'standardId',
      message: 'This standard is not rated, so it has no rating to change',
    });
    return errors;
  }
  if (!ratingChoices(framework).includes(draft.rating)) {
    errors.push({ path: 'rating', message: 'Choose the rating for this standard' });
  }
  if (draft.rationale.trim() === '') {
    errors.push({
      path: 'rationale',
      message: 'Enter the reason for this rating: it is shown wherever the rating is',
    });
  } else if (draft.rationale.trim().length > 5_000) {
    errors.push({ path: 'rationale', message: 'The reason must be 5,000 characters or fewer' });
  }
  if (draft.by.trim() === '') {
    errors.push({ path: 'by', message: 'Choose who is setting this rating' });
  }
  return errors;
}

/**
 * The override in force for each standard: the latest by time, and of two at the same time the
 * later in the list. The store keeps one per standard; older data may hold more.
 */
export function overridesInForce(
  overrides: readonly RatingOverride[],
): Map<string, RatingOverride> {
  const latest = new Map<string, RatingOverride>();
  for (const override of overrides) {
    const current = latest.get(override.standardId);
    if (!current || Date.parse(override.at) >= Date.parse(current.at)) {
      latest.set(override.standardId, override);
    }
  }
  return latest;
}

/** The override in force for one standard (see `overridesInForce`); null when it has none. */
export function overrideInForce(
  overrides: readonly RatingOverride[],
  standardId: string,
): RatingOverride | null {
  return overridesInForce(overrides).get(standardId) ?? null;
}

/** The overrides with `override` in place of any earlier one of the same standard. */
export function withOverride(
  overrides: readonly RatingOverride[],
  override: RatingOverride,
): RatingOverride[] {
  return [...overrides.filter((o) => o.standardId !== override.standardId), override];
}
