/**
 * Conflicts the team server kept open, brought to the lead's device by a pull, so the lead
 * resolves them as any other: one already here (open or resolved here) is left as it is.
 */
import type { ConflictRecord } from '../../core';
import { retrying } from '../connection';

export async function keepServerConflicts(
  inspectionId: string,
  conflicts: readonly ConflictRecord[],
): Promise<number> {
  const theirs = conflicts.filter((c) => c.inspectionId === inspectionId);
  if (theirs.length === 0) return 0;
  return retrying((db) =>
    db.transaction('rw', db.conflicts, async () => {
      const held = await db.conflicts.bulkGet(theirs.map((c) => c.id));
      const fresh = theirs.filter((_, i) => held[i] === undefined);
      if (fresh.length > 0) await db.conflicts.bulkPut(fresh);
      return fresh.length;
    }),
  );
}
