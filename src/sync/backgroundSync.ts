/**
 * While a person is unlocked on a device served by the team server, or connected to one by its
 * address (the connection kept in their space: teamConnection.ts), and signed in to it, every
 * inspection that syncs does so a moment after work is saved, every half minute (to receive the
 * team's), as soon as the network comes back, and when asked ("Sync now"). One sync at a time; a sync that fails leaves the work on the device for the
 * next. Stopped when the person locks (the app's unlocked part unmounts).
 */
import { getInspection } from '../db/inspections/inspectionStore';
import { syncedInspectionIds } from '../db/sync/deviceSyncStore';
import { hasUnsavedWork, onUnsavedWorkChanged } from '../editing/unsavedWork';
import {
  checkTeamServer,
  connectionNow,
  signedInNow,
  whoIsSignedIn,
} from '../teamClient/teamClient';
import { type SyncOutcome, syncInspection } from './serverSync';
import { dropKeptConnection, loadKeptConnection } from './teamConnection';

const EVERY_MS = 30_000;
/** After the last save settles: long enough for a burst of typing to be one push. */
const AFTER_SAVE_MS = 2_000;

let running: Promise<void> | null = null;

/** Syncs every inspection that syncs, one after another; waits for a sync already running. */
export function syncAllNow(appVersion: string): Promise<void> {
  running ??= (async () => {
    if (!signedInNow()) return;
    for (const id of await syncedInspectionIds()) {
      const inspection = await getInspection(id);
      if (inspection) await syncInspection(inspection, appVersion);
    }
  })().finally(() => {
    running = null;
  });
  return running;
}

/** Syncs one inspection now, after any sync already running. */
export async function syncOneNow(
  inspectionId: string,
  appVersion: string,
): Promise<SyncOutcome | null> {
  await running;
  const inspection = await getInspection(inspectionId);
  return inspection ? syncInspection(inspection, appVersion) : null;
}

export function startBackgroundSync(appVersion: string): () => void {
  let stopped = false;
  // Whether the app came from a team server: asked until it answers (the device may start offline).
  let served: boolean | null = null;
  const tick = async () => {
    if (stopped || !navigator.onLine) return;
    await loadKeptConnection();
    if (connectionNow().address !== '') {
      // Connected by address: signed in only while the connection holds a session's token.
      if (!connectionNow().token) return;
    } else {
      if (served === false) return;
      if (served === null) {
        const presence = await checkTeamServer();
        if (presence === 'unreachable') return;
        served = presence === 'served';
        if (!served) return;
      }
    }
    // After a reload the session (cookie or kept token) is still there: ask who it signs in.
    if (!signedInNow()) await whoIsSignedIn();
    await syncAllNow(appVersion);
  };
  const run = () => void tick().catch(console.error);
  run();
  const timer = setInterval(run, EVERY_MS);
  addEventListener('online', run);
  // Soon after work is saved (nothing left unsaved for a moment): the team sees it in seconds.
  let soon: ReturnType<typeof setTimeout> | null = null;
  const stopWatching = onUnsavedWorkChanged(() => {
    if (soon !== null) clearTimeout(soon);
    soon = hasUnsavedWork() ? null : setTimeout(run, AFTER_SAVE_MS);
  });
  return () => {
    stopped = true;
    clearInterval(timer);
    if (soon !== null) clearTimeout(soon);
    stopWatching();
    removeEventListener('online', run);
    dropKeptConnection();
  };
}
