/**
 * Work typed but not yet committed to IndexedDB. Stores that buffer writes (the case store
 * debounces typing) register here, so that an app update never reloads over unsaved work:
 * the update prompt asks `hasUnsavedWork()` and calls `flushAll()` before any reload. The same
 * sources commit whenever the page is hidden (`flushWhenHidden`).
 */

export type UnsavedWorkSource = {
  /** True while something typed has not yet been committed. */
  hasUnsaved(): boolean;
  /** Commits everything pending; resolves once it is durable (or rejects if it cannot be). */
  flush(): Promise<void>;
};

const sources = new Set<UnsavedWorkSource>();
const listeners = new Set<() => void>();

export function registerUnsavedWork(source: UnsavedWorkSource): () => void {
  sources.add(source);
  notifyUnsavedWorkChanged();
  return () => {
    sources.delete(source);
    notifyUnsavedWorkChanged();
  };
}

export function hasUnsavedWork(): boolean {
  for (const source of sources) if (source.hasUnsaved()) return true;
  return false;
}

/** Commits every pending write. Resolves true when nothing unsaved is left. */
export async function flushAll(): Promise<boolean> {
  await Promise.allSettled([...sources].map((s) => s.flush()));
  return !hasUnsavedWork();
}

/** Sources call this when their unsaved state may have changed. */
export function notifyUnsavedWorkChanged(): void {
  for (const listener of listeners) listener();
}

export function onUnsavedWorkChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Commits a source's pending writes whenever the page is hidden or put away: after either a
 * browser may discard the page without warning. Returns the function that stops listening.
 */
export function flushWhenHidden(source: UnsavedWorkSource): () => void {
  const onHidden = () => {
    if (document.visibilityState === 'hidden') void source.flush();
  };
  const onPageHide = () => void source.flush();
  document.addEventListener('visibilitychange', onHidden);
  window.addEventListener('pagehide', onPageHide);
  return () => {
    document.removeEventListener('visibilitychange', onHidden);
    window.removeEventListener('pagehide', onPageHide);
  };
}
