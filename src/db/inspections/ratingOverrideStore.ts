/**
 * The lead's changed ratings (SPEC §3 "Override"), kept on the inspection as
 * `ratingOverrides`: one per standard, always with a rationale, who and when. Setting one
 * replaces any earlier override of that standard; removing one brings back the rating computed
 * from the figures. Each write is one transaction; expected failures come back as values.
 */
import {
  type Framework,
  frameworkKey,
  type Inspection,
  issuesToErrors,
  type RatingOverride,
  ratingOverrideSchema,
  standardRatedBy,
  type ValidationError,
} from '../../core';
import { retrying } from '../connection';
import { requestPersistenceOnFirstWrite } from '../device/storageStatus';
import { type Failed, failed, type Missing, type Refused } from './inspectionStore';

type Clock = () => Date;
const systemClock: Clock = () => new Date();

export type OverrideDraft = {
  readonly standardId: string;
  /** One of the framework's ratings, e.g. "Good". */
  readonly rating: string;
  readonly rationale: string;
  /** Who is changing the rating: a team member's name. */
  readonly by: string;
};

export type OverrideOutcome =
  | { readonly status: 'saved'; readonly inspection: Inspection }
  | Refused
  | Missing
  | Failed;

const NO_INSPECTION: Missing = {
  status: 'missing',
  message: 'This inspection is no longer on this device.',
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

/** Sets (or replaces) the lead's rating of one standard. */
export async function setRatingOverride(
  inspectionId: string,
  draft: OverrideDraft,
  now: Clock = systemClock,
): Promise<OverrideOutcome> {
  try {
    const outcome = await retrying((db) =>
      db.transaction('rw', [db.inspections, db.frameworks], async (): Promise<OverrideOutcome> => {
        const inspection = await db.inspections.get(inspectionId);
        if (!inspection) return NO_INSPECTION;
        const record = await db.frameworks.get(frameworkKey(inspection.framework));
        if (!record) {
          return {
            status: 'invalid',
            errors: [
              {
                path: 'standardId',
                message: `The framework ${frameworkKey(inspection.framework)} is not on this device`,
              },
            ],
          };
        }
        const errors = checkOverride(record.framework, draft);
        if (errors.length > 0) return { status: 'invalid', errors };
        const at = now().toISOString();
        const parsed = ratingOverrideSchema.safeParse({
          standardId: draft.standardId,
          rating: draft.rating,
          rationale: draft.rationale.trim(),
          by: draft.by.trim(),
          at,
        });
        if (!parsed.success) {
          return { status: 'invalid', errors: issuesToErrors(parsed.error.issues) };
        }
        const override: RatingOverride = parsed.data;
        const next: Inspection = {
          ...inspection,
          ratingOverrides: [
            ...inspection.ratingOverrides.filter((o) => o.standardId !== draft.standardId),
            override,
          ],
          updatedAt: at,
        };
        await db.inspections.put(next);
        return { status: 'saved', inspection: next };
      }),
    );
    if (outcome.status === 'saved') void requestPersistenceOnFirstWrite();
    return outcome;
  } catch (error) {
    return failed(error);
  }
}

/** Removes the lead's rating of a standard: the rating from the figures applies again. */
export async function removeRatingOverride(
  inspectionId: string,
  standardId: string,
  now: Clock = systemClock,
): Promise<OverrideOutcome> {
  try {
    return await retrying((db) =>
      db.transaction('rw', db.inspections, async (): Promise<OverrideOutcome> => {
        const inspection = await db.inspections.get(inspectionId);
        if (!inspection) return NO_INSPECTION;
        const kept = inspection.ratingOverrides.filter((o) => o.standardId !== standardId);
        if (kept.length === inspection.ratingOverrides.length) {
          return { status: 'saved', inspection };
        }
        const next: Inspection = {
          ...inspection,
          ratingOverrides: kept,
          updatedAt: now().toISOString(),
        };
        await db.inspections.put(next);
        return { status: 'saved', inspection: next };
      }),
    );
  } catch (error) {
    return failed(error);
  }
}
