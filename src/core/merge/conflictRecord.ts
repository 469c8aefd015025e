/**
 * A conflict kept for later: the same answer changed differently on two devices, and the lead
 * chose "keep both for later". Stored (database table `conflicts`) until resolved, shown on the
 * case's history and in the inspection's Team work; meanwhile the answer on this device
 * ("mine") is the one every figure uses.
 *
 * `theirsEntries` are their history entries this device did not have: they join the history
 * only when the conflict is resolved, so until then the history says exactly what the answer
 * here went through.
 */
import { z } from 'zod';
import { historyEntrySchema } from '../exchange/inspectionFile';
import { answerSchema } from '../inspection/inspectionSchema';

export const conflictRecordSchema = z.strictObject({
  id: z.string().min(1).max(400),
  inspectionId: z.string().min(1).max(100),
  caseId: z.string().min(1).max(100),
  /** A question or profile field id, or `#status` for the case's status. */
  itemId: z.string().min(1).max(100),
  status: z.enum(['open', 'resolved']),
  /** The answer here when the conflict was found; for `#status`, `value` is the status. */
  mine: answerSchema.nullable(),
  theirs: answerSchema,
  theirsEntries: z.array(historyEntrySchema),
  /** The file it came from: its name, and its content hash. */
  source: z.string().max(500),
  fileId: z.string().max(100),
  detectedAt: z.iso.datetime({ offset: true }),
  resolution: z
    .strictObject({
      /** `superseded`: a later file from the same device already held this device's answer. */
      keep: z.enum(['mine', 'theirs', 'superseded']),
      at: z.iso.datetime({ offset: true }),
      by: z.string().max(200),
      device: z.string().max(100),
    })
    .nullable(),
});

export type ConflictRecord = z.infer<typeof conflictRecordSchema>;
