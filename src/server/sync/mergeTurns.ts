/**
 * Merges into one inspection take turns behind its lock (serverMerge.ts), across processes. In
 * one process, the merges waiting for the same inspection while one runs are then run together:
 * one after another, each over what the one before wrote, in ONE transaction, which takes the
 * lock once and commits once. Each is what it would be alone (the same reads, plan and writes,
 * in the order they came), and each answers its own outcome; a merge refused writes nothing and
 * the others go on. Should the transaction fail (the database restarting), nothing of it is
 * kept, and each merge is tried again alone, answering its own failure.
 */
import type { Database, Queryable } from '../store/database';
import type { ServerMergeOutcome } from './serverMerge';
import { lockInspection } from './syncStore';

/**
 * A merge into the inspection: it never throws for a refusal, it answers it. `locked`: the
 * inspection's lock is already held in `tx` (merges run together take it once).
 */
export type MergeJob = (tx: Queryable, locked: boolean) => Promise<ServerMergeOutcome>;

type Waiting = {
  readonly job: MergeJob;
  readonly done: (outcome: ServerMergeOutcome) => void;
  readonly failed: (error: unknown) => void;
};

/** At most this many merges in one transaction, so the first of them is not kept long. */
const MOST_TOGETHER = 16;

/** Runs each merge given for an inspection in its turn, those waiting together (see above). */
export function mergeTurns(db: Database) {
  const waiting = new Map<string, Waiting[]>();

  async function alone(merge: Waiting): Promise<void> {
    await db.transaction((tx) => merge.job(tx, false)).then(merge.done, merge.failed);
  }

  async function together(inspectionId: string, merges: readonly Waiting[]): Promise<void> {
    let outcomes: ServerMergeOutcome[];
    try {
      outcomes = await db.transaction(async (tx) => {
        // Locked once for them all; an inspection not found is found so by each merge itself.
        const locked = await lockInspection(tx, inspectionId);
        const made: ServerMergeOutcome[] = [];
        for (const merge of merges) made.push(await merge.job(tx, locked));
        return made;
      });
    } catch {
      for (const merge of merges) await alone(merge);
      return;
    }
    for (const [n, merge] of merges.entries()) merge.done(outcomes[n]!);
  }

  async function takeTurns(inspectionId: string): Promise<void> {
    for (;;) {
      const queue = waiting.get(inspectionId) ?? [];
      if (queue.length === 0) {
        waiting.delete(inspectionId);
        return;
      }
      const merges = queue.splice(0, MOST_TOGETHER);
      await (merges.length === 1 ? alone(merges[0]!) : together(inspectionId, merges));
    }
  }

  return (inspectionId: string, job: MergeJob): Promise<ServerMergeOutcome> =>
    new Promise((done, failed) => {
      const queue = waiting.get(inspectionId);
      if (queue) {
        queue.push({ job, done, failed });
        return;
      }
      waiting.set(inspectionId, [{ job, done, failed }]);
      void takeTurns(inspectionId);
    });
}
