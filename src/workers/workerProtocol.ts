/**
 * The messages between a page and a worker bridge (workerBridge.ts), and the worker's side of
 * them: `serveHandlers` answers each call by running the handler of that name.
 *
 * page → worker   { id, name, args, space }   (space: the unlocked person's, see workerSpace.ts)
 * worker → page   { id, kind: 'progress', value } … then { id, kind: 'result', value }
 *                 or { id, kind: 'error', message } (a bug: expected failures are values),
 *                 either with `damaged`: the records the call found damaged, if any
 */
import {
  clearDamagedRecords,
  type DamagedRecord,
  damagedRecords,
} from '../db/protection/damagedRecords';

/** A handler: plain data in, plain data out, with progress reports on the way. */
// biome-ignore lint/suspicious/noExplicitAny: each handler declares its own argument and progress types.
export type Handler = (args: any, progress: (value: any) => void) => unknown;
export type Handlers = Record<string, Handler>;

/**
 * The person's space open on the page, handed to a worker with each call: a worker has no
 * database of its own until it opens the same space with the same (non-extractable, but
 * cloneable) data key. Null while locked.
 */
export type WorkerSpace = { readonly personId: string; readonly dataKey: CryptoKey };

export type CallMessage = {
  readonly id: number;
  readonly name: string;
  readonly args: unknown;
  readonly space?: WorkerSpace | null;
};
/**
 * Records that failed to unseal while a call ran in the worker. The worker's list of damaged
 * records is its own module's, which no screen sees: the call's last reply carries them to the
 * page, whose list (and banner) keeps each once.
 */
export type DamagedInCall = { readonly damaged?: readonly DamagedRecord[] };

export type ReplyMessage =
  | { readonly id: number; readonly kind: 'progress'; readonly value: unknown }
  | ({ readonly id: number; readonly kind: 'result'; readonly value: unknown } & DamagedInCall)
  | ({ readonly id: number; readonly kind: 'error'; readonly message: string } & DamagedInCall);

type WorkerScope = {
  onmessage: ((event: MessageEvent<CallMessage>) => void) | null;
  postMessage(message: ReplyMessage): void;
};

/** What the call now ending found damaged, for its reply (nothing when it found none). */
function damagedInCall(): DamagedInCall {
  const damaged = damagedRecords();
  return damaged.length > 0 ? { damaged } : {};
}

/**
 * Wires a worker's messages to its handlers. Calls run one at a time, in the order sent.
 * `enterSpace`, for workers that read the database, opens the space a call names first.
 * Every record a call finds damaged goes back with its reply, even one an earlier call found:
 * the page may have forgotten it since (another space opened), and keeps each once anyway.
 */
export function serveHandlers(
  handlers: Handlers,
  scope: WorkerScope,
  enterSpace?: (space: WorkerSpace | null | undefined) => void,
): void {
  let queue = Promise.resolve();
  scope.onmessage = (event) => {
    const { id, name, args, space } = event.data;
    queue = queue.then(async () => {
      const handler = handlers[name];
      try {
        enterSpace?.(space);
        // The worker's list holds what this call finds, for its reply.
        clearDamagedRecords();
        if (!handler) throw new Error(`this worker has no handler "${name}"`);
        const value = await handler(args, (progress) =>
          scope.postMessage({ id, kind: 'progress', value: progress }),
        );
        scope.postMessage({ id, kind: 'result', value, ...damagedInCall() });
      } catch (error) {
        console.error(error);
        scope.postMessage({
          id,
          kind: 'error',
          message: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
          ...damagedInCall(),
        });
      }
    });
  };
}
