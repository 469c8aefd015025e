/**
 * Readies the findings while an inspection's page is idle: the screen's code is then in memory
 * and its worker running when the user moves to findings, so the figures wait only for the
 * cases. Fetched by FindingsPrefetch only on an inspection's page, never by the first screen.
 */

/**
 * Loads the findings screen's code (once) and starts its worker (which stops again when left
 * idle) when the page has nothing else to do; returns how to call it off. Failures are left to
 * the visit itself.
 */
export function prefetchFindings(): (() => void) | undefined {
  // Without workers (tests in jsdom) there is nothing to start, and no user waiting.
  if (typeof Worker === 'undefined') return undefined;
  const run = () => {
    // The module the findings route loads: fetched now, it is ready when the route asks for it.
    import('../../findings/Findings/Findings').catch(() => undefined);
    import('../../../workers/findingsBridge').then(
      (bridge) => bridge.warmFindingsWorker(),
      () => undefined,
    );
  };
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 2_000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, 500);
  return () => clearTimeout(timer);
}
