/**
 * Work typed but not yet committed to IndexedDB. Editors that buffer writes (the case editor
 * debounces typing) register here, so that an app update never reloads over unsaved work:
 * the update prompt asks `hasUnsavedWork()` and calls `flushAll()` before any reload. The same
 * sources commit whenever the page is hidden (lifecycle.ts's `flushWhenHidden`).
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
