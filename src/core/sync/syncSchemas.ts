/**
 * What a device and a team server send each other, as zod schemas (types derived):
 *
 * - a push is a work file's contents (workFileSchema) under a `pushId`, so work uploaded by hand
 *   and work pushed by sync are checked and merged the same way;
 * - a pull asks for the changes of one inspection since a server sequence number, and gets them
 *   back as a work file made by the server (the device merges it on its work-file path), with the
 *   second readings the caller is asked to do (as a pack carries them) and, for a lead, the
 *   conflicts kept for them to resolve;
 * - every refusal is the API's error body (teamServer/apiBody.ts), naming the field.
 */
import { z } from 'zod';
import type { Sha256Hex } from '../exchange/fileEnvelope';
import {
  packFileSchema,
  readTeamFileValue,
  type WorkFile,
  workFileSchema,
} from '../exchange/teamFiles';
import { conflictRecordSchema } from '../merge/conflictRecord';
import { fileCountsSchema } from '../merge/fileCounts';
import { moderationAssignmentSchema } from '../moderation/moderationRecord';
import { readApiBody } from '../teamServer/apiBody';
import {
  invalid,
  type ValidationError,
  type ValidationResult,
  valid,
} from '../validation/validationResult';

/** The team server, as the device that made the packs and work files it sends. */
export const TEAM_SERVER_DEVICE = { name: 'Team server', device: 'team-server' } as const;

/** A server sequence number: every stored change gets the next one. */
const syncSeqSchema = z.number().int().min(0);

export const pushRequestSchema = z.strictObject({
  /** Made once by the device for this push and kept for its retries: the same push is merged once. */
  pushId: z.uuid(),
  work: workFileSchema,
});

export const pushResponseSchema = z.strictObject({
  /** `already-merged`: a retry of a push the server had merged; nothing was written again. */
  status: z.enum(['merged', 'already-merged']),
  /** The server's sequence number after the push. */
  seq: syncSeqSchema,
  counts: fileCountsSchema,
});

const WHOLE_NUMBER = 'must be a whole number, 0 or more';

/** Query strings are text: digits are read as the number, anything else is refused. */
const seqInQuery = z.preprocess(
  (v) => (typeof v === 'string' && /^\d{1,15}$/.test(v) ? Number(v) : v),
  z.number().int(WHOLE_NUMBER).min(0, WHOLE_NUMBER),
);

export const pullQuerySchema = z.strictObject({
  inspectionId: z.string().min(1).max(100),
  /** The highest sequence number the device has pulled (0 the first time). */
  since: seqInQuery,
});

export const pullResponseSchema = z.strictObject({
  /** Pull again from here. */
  seq: syncSeqSchema,
  /** True when the changes were cut short: pull again at once from `seq`. */
  more: z.boolean(),
  /** The cases changed since, complete with answers and history, as the caller may see them. */
  work: workFileSchema.optional(),
  /** Second readings the caller is asked to do, with their own answers only. */
  assignments: z.array(moderationAssignmentSchema).optional(),
  /** Conflicts kept for the lead, open or resolved since (a lead's pull only). */
  conflicts: z.array(conflictRecordSchema).optional(),
});

/**
 * The second readings the lead has assigned, from their device: every one still to read, so
 * the server can send each reader theirs (blind). Applied as a pack's assignments are.
 */
export const assignmentsPushSchema = z.strictObject({
  assignments: z.array(moderationAssignmentSchema).max(100_000),
});

/** Where the inspection's sequence has got once the assignments are applied. */
export const assignmentsPushResponseSchema = z.strictObject({ seq: syncSeqSchema });

/** A device's first copy of an inspection: a pack scoped to the caller, and where to pull from. */
export const packResponseSchema = z.strictObject({ seq: syncSeqSchema, pack: packFileSchema });

export type PushRequest = z.infer<typeof pushRequestSchema>;
export type PushResponse = z.infer<typeof pushResponseSchema>;
export type PullQuery = z.infer<typeof pullQuerySchema>;
export type PullResponse = z.infer<typeof pullResponseSchema>;

const pushEnvelopeSchema = z.strictObject({
  pushId: pushRequestSchema.shape.pushId,
  work: z.unknown(),
});

function underWork(errors: readonly ValidationError[]): ValidationError[] {
  return errors.map((e) => ({
    path: e.path === '(the whole file)' ? 'work' : `work.${e.path}`,
    message: e.message,
  }));
}

/**
 * Reads a push as a work file is read (envelope, checksum, shape, its checks: readTeamFileValue),
 * so a push and a file uploaded by hand are refused for the same reasons.
 */
export async function readPush(
  value: unknown,
  sha256: Sha256Hex,
): Promise<ValidationResult<PushRequest>> {
  const outer = readApiBody(pushEnvelopeSchema, value);
  if (outer.status !== 'ok') return outer;
  const read = await readTeamFileValue(outer.value.work, sha256);
  if (read.status !== 'ok') return invalid(underWork(read.errors));
  if (read.value.kind !== 'work') {
    return invalid([{ path: 'work.kind', message: 'must be "work": a push carries work' }]);
  }
  const work: WorkFile = read.value.file;
  return valid({ pushId: outer.value.pushId, work });
}
