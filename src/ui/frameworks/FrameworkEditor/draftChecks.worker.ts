/** Checks a framework draft away from the page: the draft in, its problems out (plain data). */
import { draftProblems } from '../../../core';

self.onmessage = (event: MessageEvent<{ id: number; draft: unknown }>) => {
  const start = performance.now();
  const problems = draftProblems(event.data.draft);
  self.postMessage({ id: event.data.id, problems, ms: performance.now() - start });
};
