/**
 * The page's way to the findings worker (STYLE S5): the worker starts on the first request and
 * stops when idle (workerBridge), and a newer request cancels the one still running, so the
 * screen always shows the figures for what was asked last. Without workers (jsdom), the same
 * handlers run on the page.
 */
import {
  type CaseWithAnswers,
  type FindingsCase,
  type FindingsOptions,
  type FindingsResult,
  type Framework,
  findingsCasesOf,
} from '../core';
import type { ComputeArgs, FindingsHandlers } from './findingsService';
import { workerBridge } from './workerBridge';

const bridge = workerBridge<FindingsHandlers>({
  start: () => new Worker(new URL('./findings.worker.ts', import.meta.url), { type: 'module' }),
  local: () => import('./findingsService').then((module) => module.findingsHandlers),
});

/** A key per distinct framework + cases pair, so unchanged data is not sent again. */
const ids = new WeakMap<object, number>();
let nextId = 1;
function idOf(value: object): number {
  let id = ids.get(value);
  if (id === undefined) {
    id = nextId++;
    ids.set(value, id);
  }
  return id;
}

let running: AbortController | null = null;
/** The data key the worker was last sent; it may have lost it since (idle stop, abort). */
let sentKey: string | null = null;

/** Whether an error is the cancellation of a request that a newer one replaced. */
export function isCancelled(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * Computes findings in the worker. Rejects with an AbortError (see `isCancelled`) when a newer
 * request replaces this one before it finishes.
 */
export function findingsOffPage(
  framework: Framework,
  cases: readonly CaseWithAnswers[],
  options: FindingsOptions,
): Promise<FindingsResult> {
  return compute(framework, cases, () => findingsCasesOf(cases), options);
}

/**
 * The same from the cases as the findings read them (db's `loadFindingsValues`): nothing to
 * convert before they are sent.
 */
export function findingsOfValuesOffPage(
  framework: Framework,
  cases: readonly FindingsCase[],
  options: FindingsOptions,
): Promise<FindingsResult> {
  return compute(framework, cases, () => cases, options);
}

/** `valuesOf` is called only when the worker does not hold these cases yet. */
async function compute(
  framework: Framework,
  cases: object,
  valuesOf: () => readonly FindingsCase[],
  options: FindingsOptions,
): Promise<FindingsResult> {
  running?.abort();
  const controller = new AbortController();
  running = controller;
  const key = `${idOf(framework)}:${idOf(cases)}`;
  const withData = (): ComputeArgs => ({ key, data: { framework, cases: valuesOf() }, options });
  try {
    let reply = await bridge.call('compute', sentKey === key ? { key, options } : withData(), {
      signal: controller.signal,
    });
    sentKey = key;
    if (reply.status === 'needs-data') {
      reply = await bridge.call('compute', withData(), { signal: controller.signal });
    }
    if (reply.status !== 'ok') throw new Error('the findings worker did not keep the cases');
    return reply.result;
  } catch (error) {
    if (isCancelled(error)) sentKey = null;
    throw error;
  } finally {
    if (running === controller) running = null;
  }
}

/**
 * Starts the worker ahead of the first request (a screen calls this while it reads the cases),
 * so that loading the worker's code does not wait until the data is there.
 */
export function warmFindingsWorker(): void {
  bridge.call('compute', { key: 'warm-up', options: {} }).catch(() => undefined);
}

/** Stops the worker at once (tests; leaving the app). */
export function stopFindingsWorker(): void {
  running?.abort();
  bridge.stop();
  sentKey = null;
}
