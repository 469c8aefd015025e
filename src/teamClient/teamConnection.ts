/**
 * Which team server this page talks to: the one that served it (same origin, the session an
 * HTTP-only cookie), or one connected to by its address (another origin, the session a token sent
 * as `Authorization: Bearer`). Kept in memory here; the person's space keeps it on the device
 * (src/sync/teamConnection.ts loads it and keeps every change). Starts as the page's own origin.
 */
import { SAME_ORIGIN, type TeamConnection } from '../core';

let current: TeamConnection = SAME_ORIGIN;
const listeners = new Set<(connection: TeamConnection) => void>();

export function connectionNow(): TeamConnection {
  return current;
}

export function setConnection(connection: TeamConnection): void {
  current = connection;
  for (const listener of listeners) listener(connection);
}

/** Calls `listener` on every change; returns the function that stops it. */
export function onConnectionChange(listener: (connection: TeamConnection) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
