/**
 * Inspections, cases and answers: the records every screen, export and merge shares. zod is the
 * source of truth; types are derived. Times are ISO 8601 strings in UTC.
 */
import { z } from 'zod';
import { idSchema } from '../framework/frameworkSchema';

const isoTime = z.iso.datetime({ offset: true });
const isoDate = z.iso.date();
const name = z.string().trim().min(1, 'must not be empty').max(200);

export const inspectionKindSchema = z.enum(['inspection', 'thematic', 'self-audit']);
export const memberRoleSchema = z.enum(['lead', 'inspector']);
export const caseStatusSchema = z.enum(['not-started', 'in-progress', 'complete', 'moderated']);

export const teamMemberSchema = z.strictObject({
  id: idSchema,
  /** Name or initials, as the team writes them. */
  name,
  role: memberRoleSchema,
});

export const areaSchema = z.strictObject({ id: idSchema, name });
export const stratumSchema = z.strictObject({ id: idSchema, name });

export const ratingOverrideSchema = z.strictObject({
  standardId: idSchema,
  rating: name,
  rationale: z.string().trim().min(1, 'an override needs a rationale').max(5_000),
  by: name,
  at: isoTime,
});

const count = z.number().int().min(0);
/** The longest case reference, in characters: every form, list and file that takes one keeps to it. */
export const CASE_REF_MAX_LENGTH = 60;
/** A pseudonymous case reference such as LAC-03-07: never a name. */
export const caseRefSchema = z.string().trim().min(1).max(CASE_REF_MAX_LENGTH);

/** One cell of a drawn sample (an area, or an area × stratum): what was asked and what it gave. */
export const sampleCellRecordSchema = z.strictObject({
  areaId: idSchema,
  /** `null`: the whole area, whatever the stratum. */
  stratumId: idSchema.nullable(),
  quota: count,
  /** Reserves asked for in this cell. */
  reserve: count,
  /** Cases in the population that fell in this cell. */
  available: count,
  drawn: count,
  reservesDrawn: count,
});

/**
 * How the sample was drawn: enough to draw it again (seed, algorithm, quotas and reserves per
 * cell) and to check that a redraw gives the same cases. `method` goes into the report's
 * methodology.
 */
export const samplingRecordSchema = z.strictObject({
  seed: z.string().min(1).max(100),
  /** Names the procedure, e.g. core's SAMPLING_ALGORITHM; a different procedure has a new name. */
  algorithm: z.string().min(1).max(100),
  method: z.string().min(1).max(50_000),
  /** Every case on the population list, and those that fell in some cell. */
  populationSize: count,
  eligible: count,
  reservePerCell: count,
  cells: z.array(sampleCellRecordSchema).max(25_000),
  /** References drawn, cell by cell, each cell in order of reference. */
  sample: z.array(caseRefSchema).max(100_000),
  /** References of the reserves, cell by cell, in the order to use them. */
  reserves: z.array(caseRefSchema).max(100_000),
  drawnAt: isoTime,
});

/** An author's renames between two framework versions (core/framework/migrationPlan.ts). */
export const frameworkMappingSchema = z.strictObject({
  items: z.record(idSchema, idSchema),
  codes: z.record(idSchema, z.record(z.string().min(1).max(200), z.string().min(1).max(200))),
});

/**
 * An inspection moved to another version of its framework: from and to (`id@version`), the
 * renames its answers went through, when and by whom. Team files made for an older version are
 * read through these.
 */
export const frameworkMoveSchema = z.strictObject({
  from: z.string().min(1).max(200),
  to: z.string().min(1).max(200),
  mapping: frameworkMappingSchema,
  movedAt: isoTime,
  by: z.string().max(200),
});

export const inspectionSchema = z.strictObject({
  id: z.string().min(1).max(100),
  title: name,
  kind: inspectionKindSchema,
  /** The pinned framework version: later versions never change this inspection. */
  framework: z.strictObject({ id: z.string().min(1), version: z.string().min(1) }),
  /** Moves to other framework versions, oldest first; absent until the first move. */
  frameworkMoves: z.array(frameworkMoveSchema).max(100).optional(),
  /** Organisations named on the report's title page, e.g. the inspectorates. */
  organisations: z.array(name).max(20),
  areas: z.array(areaSchema).max(500),
  strata: z.array(stratumSchema).max(50),
  team: z.array(teamMemberSchema).max(100),
  fieldwork: z.strictObject({ start: isoDate.nullable(), end: isoDate.nullable() }),
  sampling: samplingRecordSchema.nullable(),
  ratingOverrides: z.array(ratingOverrideSchema).max(200),
  /** Synthetic data loaded to explore the app; always labelled as such. */
  example: z.boolean(),
  /** The earlier audit this one repeats (same settings, new sample); absent: not a repeat. */
  repeatOf: z.string().min(1).max(100).optional(),
  createdAt: isoTime,
  updatedAt: isoTime,
});

const answerValueSchema = z.union([
  z.string().max(100_000),
  z.number(),
  z.array(z.string().max(200)).max(200),
  z.null(),
]);

export const answerSchema = z.strictObject({
  value: answerValueSchema,
  /** Evidence note: where in the file, what was seen. Never aggregated. */
  note: z.string().max(100_000),
  /** Per-answer revision, +1 on every change; merge uses it with the history. */
  rev: z.number().int().min(0),
  at: isoTime,
  /** Team member id (or name) of who gave this answer. */
  by: z.string().max(200),
  /** The device that made the change, so merges can tell devices apart. */
  device: z.string().max(100),
});

export const caseSchema = z.strictObject({
  id: z.string().min(1).max(100),
  inspectionId: z.string().min(1).max(100),
  /** Pseudonymous reference such as LAC-03-07: never a name. */
  ref: caseRefSchema,
  areaId: idSchema,
  stratumId: idSchema.nullable(),
  inspectorId: idSchema.nullable(),
  status: caseStatusSchema,
  /** `sample`: to be read; `reserve`: a replacement drawn with the sample. */
  role: z.enum(['sample', 'reserve']),
  createdAt: isoTime,
  updatedAt: isoTime,
});

export type InspectionKind = z.infer<typeof inspectionKindSchema>;
export type MemberRole = z.infer<typeof memberRoleSchema>;
export type CaseStatus = z.infer<typeof caseStatusSchema>;
export type TeamMember = z.infer<typeof teamMemberSchema>;
export type Area = z.infer<typeof areaSchema>;
export type Stratum = z.infer<typeof stratumSchema>;
export type RatingOverride = z.infer<typeof ratingOverrideSchema>;
export type SampleCellRecord = z.infer<typeof sampleCellRecordSchema>;
export type SamplingRecord = z.infer<typeof samplingRecordSchema>;
export type Inspection = z.infer<typeof inspectionSchema>;
export type FrameworkMove = z.infer<typeof frameworkMoveSchema>;
export type Answer = z.infer<typeof answerSchema>;
export type Case = z.infer<typeof caseSchema>;

/** A case with its answers, keyed by item id (profile fields and questions): what rules read. */
export type CaseWithAnswers = Case & { readonly answers: Readonly<Record<string, Answer>> };
