/**
 * What the session tests share: a quick stand-in for Argon2id (the worker cannot run in Node),
 * a page reload that is only counted, a fake clock for auto-lock, another tab's end of the
 * session channel, and a device wiped between tests.
 */
import { closeSpace } from '../../../src/db/connection';
import { eraseDevice } from '../../../src/db/protection/keyring';
import { registerUnsavedWork } from '../../../src/editing/unsavedWork';
import { stopAutoLock, useAutoLockClock } from '../../../src/session/autoLock';
import type { Clock } from '../../../src/session/idleTimer';
import { useKeyDerivation } from '../../../src/session/keyDerivation';
import { useReload } from '../../../src/session/pageReload';
import { setSessionState } from '../../../src/session/sessionState';
import { SESSION_CHANNEL, type TabMessage } from '../../../src/session/tabChannel';

export const PASSPHRASE = 'marmalade lantern gravel orbit';
export const NEW_PASSPHRASE = 'velvet harbour thistle sprocket';

/** Passphrases derived so far: a refusal before deriving leaves this unchanged. */
export const derived: string[] = [];

/** SHA-256 of passphrase and salt: as deterministic as Argon2id, and instant. */
useKeyDerivation(async (passphrase, kdf) => {
  derived.push(passphrase);
  const input = new Uint8Array([...new TextEncoder().encode(passphrase), ...kdf.salt]);
  return new Uint8Array(await crypto.subtle.digest('SHA-256', input));
});

export const page = { reloads: 0 };
useReload(() => {
  page.reloads += 1;
});

/** A clock that moves only when told. */
export function fakeClock(): Clock & { advance(ms: number): void } {
  let now = 0;
  let next = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  return {
    now: () => now,
    setTimeout(run, ms) {
      next += 1;
      timers.set(next, { at: now + ms, run });
      return next;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...timers].sort((a, b) => a[1].at - b[1].at)[0];
        if (!due || due[1].at > end) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].run();
      }
      now = end;
    },
  };
}

/** Another tab's end of the session channel, keeping what it hears. */
export function otherTab(): { heard: TabMessage[]; say(message: TabMessage): void; close(): void } {
  const channel = new BroadcastChannel(SESSION_CHANNEL);
  const heard: TabMessage[] = [];
  channel.onmessage = (event: MessageEvent<TabMessage>) => heard.push(event.data);
  return { heard, say: (message) => channel.postMessage(message), close: () => channel.close() };
}

/** Typed text not yet saved, which `flushAll` saves through `save`. */
export function unsavedText(save: () => Promise<void>): {
  flushed: () => boolean;
  done: () => void;
} {
  let pending = true;
  let flushed = false;
  const done = registerUnsavedWork({
    hasUnsaved: () => pending,
    flush: async () => {
      await save();
      pending = false;
      flushed = true;
    },
  });
  return { flushed: () => flushed, done };
}

/** No one on the device, nothing open, as a fresh browser profile. */
export async function wipeDevice(): Promise<void> {
  stopAutoLock();
  useAutoLockClock(null);
  closeSpace();
  await eraseDevice();
  setSessionState({ kind: 'checking' });
  page.reloads = 0;
  derived.length = 0;
}
