/**
 * Merges into one inspection taking turns in one server process: those waiting while one runs
 * are run together in one transaction, in the order they came, each answering its own outcome;
 * a transaction that fails is tried again merge by merge.
 */
import { describe, expect, it } from 'vitest';
import type { Database, Queryable } from '../../../src/server/store/database';
import { mergeTurnsBy } from '../../../src/server/sync/mergeTurns';
import type { ServerMergeOutcome } from '../../../src/server/sync/serverMerge';

const merged = (seq: number): ServerMergeOutcome => ({
  status: 'merged',
  seq,
  counts: {
    newCases: 0,
    updatedCases: 1,
    unchangedCases: 0,
    answersTaken: 10,
    converged: 0,
    historyAdded: 10,
    conflicts: 0,
    decided: 0,
    keptForLater: 0,
    moderation: 0,
  },
});

/** A database that runs each transaction's work, numbering the transactions; `failing` fail. */
function fakeDatabase(failing: ReadonlySet<number> = new Set()) {
  let count = 0;
  const tx = { query: async () => ({ rows: [], rowCount: 0 }), exec: async () => undefined };
  const db: Database = {
    engine: 'postgresql',
    ...tx,
    async transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
      const number = ++count;
      const result = await work({ ...tx, number } as Queryable);
      if (failing.has(number)) throw new Error(`transaction ${number} could not commit`);
      return result;
    },
    close: async () => undefined,
  };
  return db;
}

const txNumber = (tx: Queryable) => (tx as Queryable & { number: number }).number;

/** A merge as the test sees it: what it does in the transaction given. */
type MergeJob = (tx: Queryable) => Promise<ServerMergeOutcome>;

/** Turns whose merges run one after another in the transaction, as the server's plan takes them. */
function turns(db: Database) {
  return mergeTurnsBy<MergeJob>(db, async (tx, _inspectionId, jobs) => {
    const outcomes: ServerMergeOutcome[] = [];
    for (const job of jobs) outcomes.push(await job(tx));
    return outcomes;
  });
}

describe('merges into one inspection, in turns', () => {
  it('runs those that wait while one runs together, in one transaction, in the order they came', async () => {
    const inTurn = turns(fakeDatabase());
    const ran: string[] = [];
    let finishFirst: () => void = () => undefined;
    const first: MergeJob = async (tx) => {
      ran.push(`push 1 in transaction ${txNumber(tx)}`);
      await new Promise<void>((r) => {
        finishFirst = r;
      });
      return merged(10);
    };
    const job =
      (name: string, seq: number): MergeJob =>
      async (tx) => {
        ran.push(`${name} in transaction ${txNumber(tx)}`);
        return merged(seq);
      };
    const answers = [inTurn('insp-1', first)];
    await Promise.resolve();
    answers.push(inTurn('insp-1', job('push 2', 20)));
    answers.push(inTurn('insp-1', job('push 3', 30)));
    answers.push(inTurn('insp-2', job('push to another inspection', 5)));
    answers.push(inTurn('insp-1', job('push 4', 40)));
    await new Promise((r) => setTimeout(r, 10));
    // The other inspection's push did not wait for the first.
    expect(ran).toEqual(['push 1 in transaction 1', 'push to another inspection in transaction 2']);
    finishFirst();
    const outcomes = await Promise.all(answers);
    expect(ran.slice(2)).toEqual([
      'push 2 in transaction 3',
      'push 3 in transaction 3',
      'push 4 in transaction 3',
    ]);
    expect(outcomes.map((o) => (o.status === 'merged' ? o.seq : null))).toEqual([
      10, 20, 30, 5, 40,
    ]);
  });

  it('tries each merge again alone when their transaction fails, each answering its own', async () => {
    // Transaction 2 (pushes 2 and 3 together) fails to commit; 3 and 4 are theirs alone.
    const inTurn = turns(fakeDatabase(new Set([2])));
    const ran: string[] = [];
    let finishFirst: () => void = () => undefined;
    const first: MergeJob = async () => {
      await new Promise<void>((r) => {
        finishFirst = r;
      });
      return merged(10);
    };
    const second: MergeJob = async (tx) => {
      ran.push(`push 2 in transaction ${txNumber(tx)}`);
      if (txNumber(tx) === 3) throw new Error('push 2 failed');
      return merged(20);
    };
    const third: MergeJob = async (tx) => {
      ran.push(`push 3 in transaction ${txNumber(tx)}`);
      return merged(30);
    };
    const answers = [inTurn('insp-1', first)];
    await Promise.resolve();
    const failed = inTurn('insp-1', second).catch((error: Error) => error.message);
    answers.push(inTurn('insp-1', third));
    finishFirst();
    const [one, three] = await Promise.all(answers);
    expect(await failed).toBe('push 2 failed');
    expect(ran).toEqual([
      'push 2 in transaction 2',
      'push 3 in transaction 2',
      'push 2 in transaction 3',
      'push 3 in transaction 4',
    ]);
    expect([one, three].map((o) => (o?.status === 'merged' ? o.seq : null))).toEqual([10, 30]);
  });
});
