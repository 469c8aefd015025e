/**
 * Keeping an IndexedDB transaction open while WebCrypto works. A transaction commits as soon
 * as no request is pending, and WebCrypto answers outside any request's callback, where the
 * transaction may no longer take requests. So while work is pending, a cheap request (a read of
 * a key that cannot exist) is kept in flight on the same transaction, and the work's result is
 * delivered from that request's success callback: the caller continues with the transaction
 * still active, as if the work had been a request of its own. This is what Dexie.waitFor does,
 * per IndexedDB transaction rather than per Dexie transaction, so it works under any caller.
 */
import Dexie from 'dexie';

type Keeper = {
  /** Work started and not yet finished. */
  pending: number;
  /** Results of finished work, delivered at the next success callback. */
  readonly ready: (() => void)[];
  spinning: boolean;
  /** The transaction ended (committed or aborted): deliver at once, nothing more to keep. */
  ended: boolean;
};

const keepers = new WeakMap<IDBTransaction, Keeper>();

/** Counts of spins, for measuring what keeping transactions alive costs. */
export const keepAliveCounts = { spins: 0, waits: 0 };

function isIdbTransaction(trans: unknown): trans is IDBTransaction {
  return typeof (trans as IDBTransaction | null)?.objectStore === 'function';
}

function keeperOf(trans: IDBTransaction): Keeper {
  let keeper = keepers.get(trans);
  if (!keeper) {
    const created: Keeper = { pending: 0, ready: [], spinning: false, ended: false };
    const end = () => {
      created.ended = true;
      deliver(created);
    };
    trans.addEventListener('complete', end);
    trans.addEventListener('abort', end);
    keepers.set(trans, created);
    keeper = created;
  }
  return keeper;
}

function deliver(keeper: Keeper): void {
  while (keeper.ready.length > 0) keeper.ready.shift()?.();
}

function spin(keeper: Keeper, trans: IDBTransaction, storeName: string): void {
  keeper.spinning = true;
  const step = () => {
    deliver(keeper);
    if (keeper.pending === 0 || keeper.ended) {
      keeper.spinning = false;
      return;
    }
    keepAliveCounts.spins++;
    try {
      const request = trans.objectStore(storeName).get(-Infinity);
      request.onsuccess = step;
      request.onerror = (event) => {
        // The transaction is ending (aborted): its abort event delivers what is waiting.
        event.preventDefault();
        keeper.spinning = false;
      };
    } catch {
      // The transaction can take no more requests: hand over at once, the caller's next
      // request reports why.
      keeper.ended = true;
      keeper.spinning = false;
      queueMicrotask(() => deliver(keeper));
    }
  };
  step();
}

/**
 * `work`'s outcome, delivered while `trans` is still active. `storeName` is any store in the
 * transaction's scope. Called where the transaction is active (in a request's callback, or
 * right after the transaction began). Without an IndexedDB transaction, the work as it is.
 */
export function whileTransactionWaits<T>(
  trans: unknown,
  storeName: string,
  work: Promise<T>,
): Promise<T> {
  if (!isIdbTransaction(trans)) return work;
  const keeper = keeperOf(trans);
  keepAliveCounts.waits++;
  keeper.pending++;
  if (!keeper.spinning && !keeper.ended) spin(keeper, trans, storeName);
  // A Dexie promise: its callbacks run in the zone of whoever waits, so Dexie still knows
  // which transaction the caller is in.
  return new Dexie.Promise<T>((resolve, reject) => {
    const hand = (settle: () => void) => {
      keeper.pending--;
      keeper.ready.push(settle);
      if (keeper.ended) deliver(keeper);
    };
    work.then(
      (value) => hand(() => resolve(value)),
      (error: unknown) => hand(() => reject(error)),
    );
  });
}
