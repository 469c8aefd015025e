/**
 * The team server this person is connected to by its address, between their space on the device
 * (db/sync/teamConnectionStore.ts) and the page's requests (teamClient/teamConnection.ts): loaded
 * once they unlock, every change kept (connecting, a sign-in's token, a 401 or a sign-out
 * forgetting it, disconnecting), and dropped from the page when they lock, so the next person
 * to unlock starts from their own.
 */
import { SAME_ORIGIN, type TeamConnection } from '../core';
import { keepConnection, keptConnection } from '../db/sync/teamConnectionStore';
import {
  connectionNow,
  onConnectionChange,
  setConnection,
  signOut,
} from '../teamClient/teamClient';
import { setSignedIn } from '../teamClient/teamSession';

let loaded: Promise<TeamConnection> | null = null;
let stopKeeping: (() => void) | null = null;

/**
 * The kept connection, put in the page's requests the first time it is asked for (unlocked). If
 * it cannot be read (the space closed as the person locked), the next ask tries again.
 */
export function loadKeptConnection(): Promise<TeamConnection> {
  loaded ??= (async () => {
    const kept = await keptConnection().catch((error: unknown) => {
      loaded = null;
      throw error;
    });
    setConnection(kept);
    stopKeeping = onConnectionChange((connection) => {
      keepConnection(connection).catch((error: unknown) => console.error(error));
    });
    return kept;
  })();
  return loaded;
}

/** On locking: the page talks to its own origin again, and no one is signed in elsewhere. */
export function dropKeptConnection(): void {
  stopKeeping?.();
  stopKeeping = null;
  loaded = null;
  if (connectionNow().address !== '') {
    setConnection(SAME_ORIGIN);
    setSignedIn(null);
  }
}

/** Connects this person to the team server at `address` (an origin, read by core). */
export async function connectTo(address: string): Promise<void> {
  await loadKeptConnection();
  setConnection({ address });
}

/**
 * Signs out of the server at the connection's address, if signed in, and forgets it. Forgotten
 * even when it cannot be reached: the session there then ends by itself within the day.
 */
export async function disconnect(): Promise<void> {
  await loadKeptConnection();
  if (connectionNow().token) await signOut();
  setSignedIn(null);
  setConnection(SAME_ORIGIN);
}
