/**
 * Whether the data kept on this device before protection is still waiting to be taken in: the
 * first person's unlock tried and could not (it is kept as it was, and every unlock tries again).
 * Said on every screen while it is so, so an inspection missing from the list is not mistaken for
 * one lost.
 */
let waiting = false;
const listeners = new Set<(waiting: boolean) => void>();

export function legacyDataWaiting(): boolean {
  return waiting;
}

export function onLegacyDataWaiting(listener: (waiting: boolean) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Set by the unlock that tried (the session's own modules only). */
export function setLegacyDataWaiting(next: boolean): void {
  if (next === waiting) return;
  waiting = next;
  for (const listener of [...listeners]) listener(next);
}
