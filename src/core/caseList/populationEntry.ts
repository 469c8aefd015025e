/**
 * One case on an imported case list (the population a sample is drawn from, or a list of
 * cases already chosen). Only a pseudonymous reference identifies the case: never a name.
 */
import { z } from 'zod';
import { idSchema } from '../framework/frameworkSchema';
import { caseRefSchema } from '../inspection/inspectionSchema';

/** A profile answer read from the list: an option code, a list of codes, a number, a date or text. */
export const profileValueSchema = z.union([
  z.string().max(2_000),
  z.number(),
  z.array(z.string().max(200)).max(200),
]);

export const populationEntrySchema = z.strictObject({
  /** Pseudonymous reference such as LAC-03-07 (the same rule as a case's reference). */
  ref: caseRefSchema,
  areaId: idSchema,
  stratumId: idSchema.nullable(),
  /** By profile field id; option answers are stored as option codes. */
  profile: z.record(idSchema, profileValueSchema),
  /** The row in the imported file, as a spreadsheet numbers it (heading row = 1). */
  row: z.number().int().min(1),
});

export type ProfileValue = z.infer<typeof profileValueSchema>;
export type PopulationEntry = z.infer<typeof populationEntrySchema>;
