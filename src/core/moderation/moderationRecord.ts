/**
 * Moderation records (SPEC §3 "Moderation"): a second, blind reading of a case by another
 * inspector, and the lead's decision on every answer where the two readings differ. zod is the
 * source of truth for the stored record and for what exchange files carry; types are derived.
 *
 * One record per case (`moderationIdOf(caseId)`), so two devices name the same second reading
 * the same way and merging it twice changes nothing.
 *
 * Life of a record: `assigned` (the second reader may answer) → `read` (the second reader said
 * "I have finished": the reading is locked and the comparison can be shown) → `decided` (every
 * disagreement has the lead's final answer; the case is then `moderated`).
 *
 * Blindness: nothing here that travels to a second reader (`ModerationAssignment`) or back from
 * one (`SecondReading`) holds the first reading. The first reading stays in the answers table
 * until the lead's first decision, when the record keeps a copy of it (`firstReading`): the
 * decisions then overwrite the answers with the final ones, and the agreement figures must still
 * compare the two readings as they were.
 */
import { z } from 'zod';
import { idSchema } from '../framework/frameworkSchema';
import { answerSchema, caseRefSchema } from '../inspection/inspectionSchema';

const isoTime = z.iso.datetime({ offset: true });
const person = z.string().trim().min(1, 'must not be empty').max(200);
const recordId = z.string().min(1).max(200);

/** Answers of one reading by item id (value, evidence note, rev, at, by, device). */
export const readingAnswersSchema = z.record(idSchema, answerSchema);

export const moderationStatusSchema = z.enum(['assigned', 'read', 'decided']);

/** How the lead chose the case: at random (with the seed, to draw again) or by hand. */
export const moderationSelectionSchema = z.strictObject({
  method: z.enum(['random', 'hand']),
  /** The seed of a random draw; null when chosen by hand. */
  seed: z.string().min(1).max(100).nullable(),
  /** The draw's procedure in plain words (random draws), for the methodology. */
  description: z.string().max(2_000).nullable(),
  at: isoTime,
  by: person,
});

/** The lead's final answer to one disagreement. */
export const moderationDecisionSchema = z.strictObject({
  /** Keep the first reading's answer, take the second's, or record another value. */
  choice: z.enum(['first', 'second', 'other']),
  /** The final answer, written to the case's answers. */
  value: answerSchema.shape.value,
  /** Why: required, shown beside the decision and in the case's history. */
  rationale: z.string().trim().min(1, 'a decision needs a rationale').max(5_000),
  /** The two readings' answers that were decided between. */
  first: answerSchema.shape.value,
  second: answerSchema.shape.value,
  by: person,
  at: isoTime,
});

/** What the moderation table's `data` holds for one case. */
export const moderationDataSchema = z.strictObject({
  caseRef: caseRefSchema,
  /** The case's inspector when the second reading was assigned (never the second reader). */
  firstReaderId: z.string().max(200).nullable(),
  secondReaderId: person,
  status: moderationStatusSchema,
  /** Null on a second reader's device, where the assignment arrived in a file. */
  selection: moderationSelectionSchema.nullable(),
  assignedAt: isoTime,
  assignedBy: person,
  /** The second reading: answers by item id, as the second reader gave them. */
  secondReading: readingAnswersSchema,
  finishedAt: isoTime.nullable(),
  finishedBy: z.string().max(200).nullable(),
  /** The first reading as it stood at the lead's first decision; null until then. */
  firstReading: readingAnswersSchema.nullable(),
  /** Decisions by item id. */
  decisions: z.record(idSchema, moderationDecisionSchema),
  /** When the last disagreement was decided (the case became moderated). */
  decidedAt: isoTime.nullable(),
  updatedAt: isoTime,
});

/** A row of the moderation table, checked. */
export const moderationRecordSchema = z.strictObject({
  id: recordId,
  inspectionId: z.string().min(1).max(100),
  caseId: z.string().min(1).max(100),
  data: moderationDataSchema,
});

/**
 * A second reading as it travels to the second reader (in an inspection pack): the case to
 * read, who reads it, and their own answers so far. Never the first reading.
 */
export const moderationAssignmentSchema = z.strictObject({
  moderationId: recordId,
  inspectionId: z.string().min(1).max(100),
  caseId: z.string().min(1).max(100),
  caseRef: caseRefSchema,
  secondReaderId: person,
  assignedAt: isoTime,
  assignedBy: person,
  /** The second reader's answers already known to the lead (empty for a new assignment). */
  answers: readingAnswersSchema,
  finishedAt: isoTime.nullable(),
});

/**
 * A second reading as it travels back to the lead (in a "my work" file): the second reader's
 * answers and whether they have finished.
 */
export const secondReadingSchema = z.strictObject({
  moderationId: recordId,
  inspectionId: z.string().min(1).max(100),
  caseId: z.string().min(1).max(100),
  readerId: person,
  answers: readingAnswersSchema,
  finishedAt: isoTime.nullable(),
});

export type ReadingAnswers = z.infer<typeof readingAnswersSchema>;
export type ModerationStatus = z.infer<typeof moderationStatusSchema>;
export type ModerationSelection = z.infer<typeof moderationSelectionSchema>;
export type ModerationDecision = z.infer<typeof moderationDecisionSchema>;
export type ModerationData = z.infer<typeof moderationDataSchema>;
export type ModerationCase = z.infer<typeof moderationRecordSchema>;
export type ModerationAssignment = z.infer<typeof moderationAssignmentSchema>;
export type SecondReading = z.infer<typeof secondReadingSchema>;

/**
 * A second reading whose assignment arrived here in a pack: this device is its reader's and
 * holds the second reading only. The first reading is on the lead's device (and must never be
 * here), so the two readings are compared, and decided, there.
 */
export function heldForSecondReader(record: ModerationCase): boolean {
  return record.data.selection === null;
}

/**
 * Whether the second reader has begun: any answer given, or the reading finished. Until then
 * the lead may still give it to someone else or take the case out of moderation.
 */
export function secondReadingStarted(record: ModerationCase): boolean {
  return record.data.status !== 'assigned' || Object.keys(record.data.secondReading).length > 0;
}

/**
 * Why a second reading cannot go to `readerId` instead, or null when it can: never to the
 * case's own inspector, and only before the reading has started.
 */
export function readerChangeProblem(record: ModerationCase, readerId: string): string | null {
  if (readerId === record.data.firstReaderId) {
    return 'The second reader cannot be the case’s inspector';
  }
  if (secondReadingStarted(record)) {
    return 'This second reading has been started, so its reader cannot change';
  }
  return null;
}

/** Why a case cannot be taken out of moderation, or null: a finished reading stays on record. */
export function withdrawalProblem(record: ModerationCase): string | null {
  return record.data.status === 'assigned'
    ? null
    : 'This second reading is finished, so it stays in the moderation record';
}

/** The id of a case's second reading: the same on every device. */
export function moderationIdOf(caseId: string): string {
  return `second-reading:${caseId}`;
}

/** A second reading just assigned: nothing answered, finished or decided yet. */
export function assignedReading(
  assignment: Pick<
    ModerationData,
    'caseRef' | 'firstReaderId' | 'secondReaderId' | 'selection' | 'assignedAt' | 'assignedBy'
  >,
  at: string,
): ModerationData {
  return {
    ...assignment,
    status: 'assigned',
    secondReading: {},
    finishedAt: null,
    finishedBy: null,
    firstReading: null,
    decisions: {},
    decidedAt: null,
    updatedAt: at,
  };
}
