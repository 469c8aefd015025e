/**
 * A typed bridge to a worker (STYLE S5): the worker starts on the first call, calls run in
 * order, progress is passed on, an AbortSignal stops a call, and the worker stops once idle.
 *
 * - Abort terminates the worker (a busy worker cannot hear a message), so every call then in
 *   flight rejects with an AbortError and any state the worker held is gone. A write in progress
 *   is rolled back by the browser with the worker: all or nothing still holds.
 * - Idle: nothing pending and nothing held (`hold()` keeps the worker, and the state it holds,
 *   while a screen needs it) for `idleMs`.
 * - Where workers are unavailable (tests in jsdom) or fail to start, the same handlers run on
 *   the page, after a tick so a "working" status can show first.
 * - Records a worker found damaged are reported on the page, as the page's own reads report
 *   theirs (damagedRecords.ts), so the page says how many are not shown wherever they were met.
 */
import { reportDamagedRecord } from '../db/protection/damagedRecords';
import type { CallMessage, Handler, Handlers, ReplyMessage } from './workerProtocol';
import { whenSpaceCloses, workerSpace } from './workerSpace';

type ArgsOf<F> = F extends (args: infer A, progress: never) => unknown ? A : never;
type ProgressOf<F> = F extends (args: never, progress: (value: infer P) => void) => unknown
  ? P
  : never;
type ResultOf<F> = F extends (...args: never[]) => infer R ? Awaited<R> : never;

export type CallOptions<P> = {
  readonly signal?: AbortSignal;
  readonly onProgress?: (value: P) => void;
  /** Buffers handed to the worker rather than copied (the caller can no longer use them). */
  readonly transfer?: Transferable[];
};

export type Bridge<H extends Handlers> = {
  call<K extends keyof H & string>(
    name: K,
    args: ArgsOf<H[K]>,
    options?: CallOptions<ProgressOf<H[K]>>,
  ): Promise<ResultOf<H[K]>>;
  /** Keeps the worker running (and its state) until the returned release is called. */
  hold(): () => void;
  /** Stops the worker now; calls in flight reject. */
  stop(): void;
};

type Pending = {
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  onProgress?: ((value: unknown) => void) | undefined;
};

export const IDLE_MS = 10_000;

function abortError(): Error {
  return new DOMException('The operation was aborted.', 'AbortError');
}

type PageRunner = (name: string, args: unknown, opts: CallOptions<unknown>) => Promise<unknown>;

/** Runs the handlers on the page, one call after another, each after a tick. */
function pageRunner(local: (() => Promise<Handlers>) | undefined): PageRunner {
  let queue: Promise<unknown> = Promise.resolve();
  return (name, args, opts) => {
    if (!local) {
      return Promise.reject(
        new Error(
          'this browser cannot run background work (Web Workers): use an up-to-date browser',
        ),
      );
    }
    const run = queue.then(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (opts.signal?.aborted) throw abortError();
      const handler = (await local())[name] as Handler | undefined;
      if (!handler) throw new Error(`no handler "${name}"`);
      const value = await handler(args, (p) => opts.onProgress?.(p));
      if (opts.signal?.aborted) throw abortError();
      return value;
    });
    queue = run.catch(() => undefined);
    return run;
  };
}

/** Passes a worker's replies to the calls waiting for them; `settled` hears each call end. */
function replyListener(pending: Map<number, Pending>, settled: () => void) {
  return (event: MessageEvent<ReplyMessage>) => {
    const reply = event.data;
    if (reply.kind !== 'progress') {
      for (const record of reply.damaged ?? []) reportDamagedRecord(record.table, record.key);
    }
    const call = pending.get(reply.id);
    if (!call) return;
    if (reply.kind === 'progress') {
      call.onProgress?.(reply.value);
      return;
    }
    pending.delete(reply.id);
    if (reply.kind === 'result') call.resolve(reply.value);
    else call.reject(new Error(reply.message));
    settled();
  };
}

export type BridgeOptions<H extends Handlers> = {
  /** Starts the worker; absent or throwing: run on the page. */
  readonly start?: () => Worker;
  /**
   * The same handlers, loaded on the page when no worker can start (and in jsdom tests).
   * Absent: the work needs a worker (it would load heavy code twice otherwise).
   */
  readonly local?: () => Promise<H>;
  readonly idleMs?: number;
};

export function workerBridge<H extends Handlers>(options: BridgeOptions<H>): Bridge<H> {
  const idleMs = options.idleMs ?? IDLE_MS;
  let worker: Worker | null = null;
  let nextId = 1;
  let holds = 0;
  let idleTimer: ReturnType<typeof setTimeout> | null = null;
  const pending = new Map<number, Pending>();
  const callLocal = pageRunner(options.local);

  const clearIdle = () => {
    if (idleTimer !== null) clearTimeout(idleTimer);
    idleTimer = null;
  };
  const scheduleIdle = () => {
    clearIdle();
    if (worker && pending.size === 0 && holds === 0) idleTimer = setTimeout(stop, idleMs);
  };

  function stop(error: unknown = abortError()) {
    clearIdle();
    worker?.terminate();
    worker = null;
    for (const call of pending.values()) call.reject(error);
    pending.clear();
  }

  // Locked or erased: a running worker lets go of the space now, not when it is next idle.
  whenSpaceCloses(() => {
    if (worker) stop();
  });

  function ensureWorker(): Worker | null {
    if (worker) return worker;
    if (!options.start || typeof Worker === 'undefined') return null;
    try {
      worker = options.start();
    } catch {
      return null;
    }
    worker.onmessage = replyListener(pending, scheduleIdle);
    worker.onerror = (event) => {
      event.preventDefault();
      stop(new Error(`the worker stopped: ${event.message || 'it could not start'}`));
    };
    return worker;
  }

  function callWorker(target: Worker, name: string, args: unknown, opts: CallOptions<unknown>) {
    clearIdle();
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject, onProgress: opts.onProgress });
      opts.signal?.addEventListener('abort', () => {
        if (pending.has(id)) stop(abortError());
      });
      const message: CallMessage = { id, name, args, space: workerSpace() };
      target.postMessage(message, opts.transfer ?? []);
    });
  }

  return {
    call(name, args, opts = {}) {
      if (opts.signal?.aborted) return Promise.reject(abortError());
      const target = ensureWorker();
      const untyped = opts as CallOptions<unknown>;
      const result = target
        ? callWorker(target, name, args, untyped)
        : callLocal(name, args, untyped);
      return result as Promise<ResultOf<H[typeof name]>>;
    },
    hold() {
      holds++;
      clearIdle();
      let released = false;
      return () => {
        if (released) return;
        released = true;
        holds--;
        scheduleIdle();
      };
    },
    stop: () => stop(),
  };
}
