/**
 * Locking and erasing. A lock, whatever asked for it (the Lock button, auto-lock, another tab),
 * first commits every unsaved edit — sealed with the data key like any write — then closes the
 * person's space (the data key goes with it), tells the other tabs, and loads the page afresh so
 * nothing of the unlocked screens stays in memory, on screen or behind the back button.
 */
import { closeSpace } from '../db/connection';
import { eraseDevice } from '../db/protection/keyring';
import { flushAll } from '../editing/unsavedWork';
import { setWorkerSpace } from '../workers/workerSpace';
import { stopAutoLock } from './autoLock';
import { reloadPage } from './pageReload';
import { sessionState, setSessionState } from './sessionState';
import { tellOtherTabs } from './tabChannel';

export type LockReason = 'button' | 'idle' | 'other-tab';

/** How long a lock waits for unsaved work to commit before locking regardless. */
const FLUSH_WAIT_MS = 10_000;

let locking: Promise<void> | null = null;

async function flushed(): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waited = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, FLUSH_WAIT_MS);
  });
  await Promise.race([flushAll().catch(() => false), waited]);
  clearTimeout(timer);
}

/** Locks this tab and, unless another tab asked, every other tab of the app. */
export function lock(reason: LockReason): Promise<void> {
  if (locking) return locking;
  if (sessionState().kind !== 'unlocked') {
    // Nothing open here; another tab may still be unlocked.
    if (reason !== 'other-tab') tellOtherTabs({ type: 'lock' });
    return Promise.resolve();
  }
  locking = (async () => {
    stopAutoLock();
    await flushed();
    closeSpace();
    setWorkerSpace(null);
    if (reason !== 'other-tab') tellOtherTabs({ type: 'lock' });
    setSessionState({ kind: 'checking' });
    reloadPage();
  })().finally(() => {
    locking = null;
  });
  return locking;
}

/**
 * Erases every person's data on this device (after the screen's typed confirmation): no flush,
 * nothing is kept. The app itself stays installed.
 */
export async function eraseThisDevice(): Promise<void> {
  stopAutoLock();
  closeSpace();
  setWorkerSpace(null);
  setSessionState({ kind: 'checking' });
  tellOtherTabs({ type: 'erasing' });
  await eraseDevice();
  tellOtherTabs({ type: 'erased' });
  reloadPage();
}
