/**
 * One check run in a worker that answers once and is ended; the same check on the page, after a
 * tick (so "Checking" is shown first), where no worker can start (tests in jsdom) or the worker
 * fails (it could not load, or hit a bug: the page then reports a bug as a rejection rather than
 * hanging). The caller starts the worker, so the bundler sees each worker's own address.
 */
export function checkOffPage<In, Out>(
  worker: Worker | null,
  input: In,
  onThisPage: (input: In) => Out | Promise<Out>,
): Promise<Out> {
  const onPage = async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    return onThisPage(input);
  };
  if (!worker) return onPage();
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<Out>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      onPage().then(resolve, reject);
    };
    worker.postMessage(input);
  });
}

/** Starts a worker, or gives null where workers are unavailable or refuse to start. */
export function startWorker(start: () => Worker): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return start();
  } catch {
    return null;
  }
}
