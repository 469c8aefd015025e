/**
 * What merging one file did, counted: kept with the merged file's record and sent back to a
 * device that pushed its work to a team server, so zod is its source of truth.
 */
import { z } from 'zod';

const count = z.number().int().min(0);

export const fileCountsSchema = z.strictObject({
  newCases: count,
  updatedCases: count,
  unchangedCases: count,
  /** Answers (and statuses) taken from the file, as new or fast-forwarded. */
  answersTaken: count,
  /** Answers both sides changed to the same value and note: histories united. */
  converged: count,
  historyAdded: count,
  /** Conflicts found, however they were settled. */
  conflicts: count,
  /** Conflicts settled by keep mine / keep theirs. */
  decided: count,
  /** Conflicts kept open (keep both for later). */
  keptForLater: count,
  moderation: count,
});

export type FileCounts = Readonly<z.infer<typeof fileCountsSchema>>;
