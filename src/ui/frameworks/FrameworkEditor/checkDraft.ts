/**
 * The draft's checks, run in a Web Worker so a keystroke in a large draft never waits for them
 * (a 300-question draft takes tens of milliseconds to check). One worker per tab, started on
 * the first check; where workers are unavailable (tests in jsdom, a worker that fails to
 * start) the same checks run on the page after a tick.
 */
import { type DraftProblem, draftProblems, type Framework } from '../../../core';

type Reply = { id: number; problems: DraftProblem[]; ms: number };

let worker: Worker | null | undefined;
let nextId = 0;
const waiting = new Map<number, (problems: DraftProblem[]) => void>();

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./draftChecks.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<Reply>) => {
      // For the bench: how long the checks took in the worker.
      performance.measure('case-audit:draft-checks', { start: 0, duration: event.data.ms });
      waiting.get(event.data.id)?.(event.data.problems);
      waiting.delete(event.data.id);
    };
    worker.onerror = () => {
      worker?.terminate();
      worker = null;
      for (const [id, resolve] of waiting) resolve(draftProblems(pendingDrafts.get(id)));
      waiting.clear();
    };
  } catch {
    worker = null;
  }
  return worker;
}

const pendingDrafts = new Map<number, Framework>();

/** Every problem of the draft, as the import checks find them. */
export function checkDraft(framework: Framework): Promise<DraftProblem[]> {
  const running = typeof Worker === 'undefined' ? null : startWorker();
  if (!running) {
    return new Promise((resolve) => setTimeout(() => resolve(draftProblems(framework)), 0));
  }
  const id = nextId++;
  pendingDrafts.set(id, framework);
  return new Promise((resolve) => {
    waiting.set(id, (problems) => {
      pendingDrafts.delete(id);
      resolve(problems);
    });
    running.postMessage({ id, draft: framework });
  });
}
