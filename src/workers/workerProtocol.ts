/**
 * The messages between a page and a worker bridge (workerBridge.ts), and the worker's side of
 * them: `serveHandlers` answers each call by running the handler of that name.
 *
 * page → worker   { id, name, args, space }   (space: the unlocked person's, see workerSpace.ts)
 * worker → page   { id, kind: 'progress', value } … then { id, kind: 'result', value }
 *                 or { id, kind: 'error', message } (a bug: expected failures are values)
 */

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
export type ReplyMessage =
  | { readonly id: number; readonly kind: 'progress'; readonly value: unknown }
  | { readonly id: number; readonly kind: 'result'; readonly value: unknown }
  | { readonly id: number; readonly kind: 'error'; readonly message: string };

type WorkerScope = {
  onmessage: ((event: MessageEvent<CallMessage>) => void) | null;
  postMessage(message: ReplyMessage): void;
};

/**
 * Wires a worker's messages to its handlers. Calls run one at a time, in the order sent.
 * `enterSpace`, for workers that read the database, opens the space a call names first.
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
        if (!handler) throw new Error(`this worker has no handler "${name}"`);
        const value = await handler(args, (progress) =>
          scope.postMessage({ id, kind: 'progress', value: progress }),
        );
        scope.postMessage({ id, kind: 'result', value });
      } catch (error) {
        console.error(error);
        scope.postMessage({
          id,
          kind: 'error',
          message: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        });
      }
    });
  };
}
