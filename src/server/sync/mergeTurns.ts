/**
 * Merges into one inspection take turns behind its lock (serverMerge.ts), across processes. In
 * one process, the merges waiting for the same inspection while one runs are then run together:
 * in ONE transaction, which takes the lock once, reads the inspection once, plans them in the
 * order they came (each over what the one before changed, each what it would be alone), writes
 * once and commits once; each answers its own outcome, and a merge refused writes nothing while
 * the others go on. Should the transaction fail (the database restarting), nothing of it is
 * kept, and each merge is tried again alone, answering its own failure.
 */
import type { Database, Queryable } from '../store/database';
import { mergeOnServer, type ServerMerge, type ServerMergeOutcome } from './serverMerge';

/** Merges files into an inspection in one transaction, answering each one's outcome in order. */
export type MergeMany<M> = (
  tx: Queryable,
  inspectionId: string,
  merges: readonly M[],
) => Promise<ServerMergeOutcome[]>;

type Waiting<M> = {
  readonly merge: M;
  readonly done: (outcome: ServerMergeOutcome) => void;
  readonly failed: (error: unknown) => void;
};

/** At most this many merges in one transaction, so the first of them is not kept long. */
const MOST_TOGETHER = 50;

/** Runs each push or file given for an inspection in its turn, by the server's merge. */
export function mergeTurns(db: Database) {
  return mergeTurnsBy<ServerMerge>(db, mergeOnServer);
}

/** Runs each merge given for an inspection in its turn, those waiting together (see above). */
export function mergeTurnsBy<M>(db: Database, mergeMany: MergeMany<M>) {
  const waiting = new Map<string, Waiting<M>[]>();

  async function alone(inspectionId: string, merge: Waiting<M>): Promise<void> {
    await db
      .transaction(async (tx) => (await mergeMany(tx, inspectionId, [merge.merge]))[0]!)
      .then(merge.done, merge.failed);
  }

  async function together(inspectionId: string, merges: readonly Waiting<M>[]): Promise<void> {
    let outcomes: ServerMergeOutcome[];
    try {
      outcomes = await db.transaction((tx) =>
        mergeMany(
          tx,
          inspectionId,
          merges.map((m) => m.merge),
        ),
      );
    } catch {
      for (const merge of merges) await alone(inspectionId, merge);
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
      await (merges.length === 1
        ? alone(inspectionId, merges[0]!)
        : together(inspectionId, merges));
    }
  }

  return (inspectionId: string, merge: M): Promise<ServerMergeOutcome> =>
    new Promise((done, failed) => {
      const queue = waiting.get(inspectionId);
      if (queue) {
        queue.push({ merge, done, failed });
        return;
      }
      waiting.set(inspectionId, [{ merge, done, failed }]);
      void takeTurns(inspectionId);
    });
}
