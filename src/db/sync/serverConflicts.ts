/**
 * Conflicts the team server kept open, brought to the lead's device by a pull, so the lead
 * resolves them as any other. One already here is left as it is (open or resolved here), and so
 * is one for an answer that already has an open conflict here: when the lead's own change was
 * one side, this device's merge of the pull found the same conflict itself.
 */
import type { ConflictRecord } from '../../core';
import { retrying } from '../connection';

export async function keepServerConflicts(
  inspectionId: string,
  conflicts: readonly ConflictRecord[],
): Promise<number> {
  const theirs = conflicts.filter((c) => c.inspectionId === inspectionId && c.status === 'open');
  if (theirs.length === 0) return 0;
  return retrying((db) =>
    db.transaction('rw', db.conflicts, async () => {
      const held = await db.conflicts.bulkGet(theirs.map((c) => c.id));
      const open = await db.conflicts
        .where('[inspectionId+status]')
        .equals([inspectionId, 'open'])
        .toArray();
      const openItems = new Set(open.map((c) => `${c.caseId}|${c.itemId}`));
      const fresh = theirs.filter(
        (c, i) => held[i] === undefined && !openItems.has(`${c.caseId}|${c.itemId}`),
      );
      if (fresh.length > 0) await db.conflicts.bulkPut(fresh);
      return fresh.length;
    }),
  );
}
