/**
 * Conflicts the team server kept, brought to the lead's device by a pull, so the lead resolves
 * them as any other (core's conflictsFromServer): one not seen here is kept open, unless the
 * answer already has an open conflict here (when the lead's own change was one side, this
 * device's merge of the pull found the same conflict itself); one the lead decided on another
 * device closes the same conflict here. And the conflicts decided here, for the server.
 */
import { type ConflictRecord, conflictsFromServer } from '../../core';
import { retrying } from '../connection';

export async function keepServerConflicts(
  inspectionId: string,
  conflicts: readonly ConflictRecord[],
): Promise<number> {
  const sent = conflicts.filter((c) => c.inspectionId === inspectionId);
  if (sent.length === 0) return 0;
  return retrying((db) =>
    db.transaction('rw', db.conflicts, async () => {
      const held = await db.conflicts.bulkGet(sent.map((c) => c.id));
      const here = new Map(held.flatMap((c) => (c ? [[c.id, c] as const] : [])));
      const open = await db.conflicts
        .where('[inspectionId+status]')
        .equals([inspectionId, 'open'])
        .toArray();
      const openItems = new Set(open.map((c) => `${c.caseId}|${c.itemId}`));
      const changed = conflictsFromServer(here, sent).filter(
        (c) => here.has(c.id) || !openItems.has(`${c.caseId}|${c.itemId}`),
      );
      if (changed.length > 0) await db.conflicts.bulkPut(changed);
      return changed.length;
    }),
  );
}

/** The inspection's conflicts resolved on this device (or by a merge). */
export async function decidedConflictsOf(inspectionId: string): Promise<ConflictRecord[]> {
  return retrying((db) =>
    db.conflicts.where('[inspectionId+status]').equals([inspectionId, 'resolved']).toArray(),
  );
}
