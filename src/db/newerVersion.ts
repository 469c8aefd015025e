/**
 * "A newer version of Case Audit is open in another tab": the open space steps aside when
 * another tab needs to upgrade its schema (connection.ts), and the app says so. Apart from the
 * connection so the first screen (the unlock screen, before any space is open) can listen
 * without loading the storage layer.
 */
const listeners = new Set<() => void>();

export function onNewerVersionElsewhere(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called by the connection when it has stepped aside. */
export function announceNewerVersionElsewhere(): void {
  for (const listener of listeners) listener();
}
