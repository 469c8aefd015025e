/**
 * The lead's changed ratings (SPEC §3 "Override"), kept on the inspection as
 * `ratingOverrides`: one per standard, always with a rationale, who and when (the rules are
 * core's `checkOverride` and `withOverride`). Setting one replaces any earlier override of that
 * standard; removing one brings back the rating computed from the figures. Each write is one
 * transaction; expected failures come back as values.
 */
import {
  checkOverride,
  frameworkKey,
  type Inspection,
  issuesToErrors,
  type OverrideDraft,
  type RatingOverride,
  ratingOverrideSchema,
  withOverride,
} from '../../core';
import {
  type Clock,
  type InspectionChange,
  NO_INSPECTION,
  systemClock,
  writeTransaction,
} from '../writeOutcome';

export type OverrideOutcome = InspectionChange<{
  readonly status: 'saved';
  readonly inspection: Inspection;
}>;

/** Sets (or replaces) the lead's rating of one standard. */
export async function setRatingOverride(
  inspectionId: string,
  draft: OverrideDraft,
  now: Clock = systemClock,
): Promise<OverrideOutcome> {
  return writeTransaction(
    (db) => [db.inspections, db.frameworks],
    async (db): Promise<OverrideOutcome> => {
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
        ratingOverrides: withOverride(inspection.ratingOverrides, override),
        updatedAt: at,
      };
      await db.inspections.put(next);
      return { status: 'saved', inspection: next };
    },
    (outcome) => outcome.status === 'saved',
  );
}

/** Removes the lead's rating of a standard: the rating from the figures applies again. */
export async function removeRatingOverride(
  inspectionId: string,
  standardId: string,
  now: Clock = systemClock,
): Promise<OverrideOutcome> {
  return writeTransaction(
    (db) => [db.inspections],
    async (db): Promise<OverrideOutcome> => {
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
    },
  );
}
