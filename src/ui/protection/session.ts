/**
 * The session's actions as the screens use them: the one way from the screens into
 * src/session, so a component test can stand a fake session in its place (vi.mock of this
 * module). The state itself is read through sessionGate.ts. Each action loads the session's
 * code when first used, not with the screen: the unlock screen is the usual first screen and
 * stays small, and the session has loaded by the time the person has typed their passphrase
 * (`preloadSession`).
 */
import type * as Session from '../../session';

export type { PersonSummary } from '../../db/protection/people';
export type { RecoveryResult, UnlockResult } from '../../session';

let loaded: typeof Session | null = null;

const loadSession = () =>
  import('../../session').then((session) => {
    loaded = session;
    return session;
  });

/** Fetches the session's code ahead of its first use; resolves once it is here. */
export async function preloadSession(): Promise<void> {
  await loadSession();
}

const fetchWhenShown: (() => void)[] = [];

/** Something to fetch once a gate screen (set-up or unlock) has shown and the page is idle. */
export function fetchWhenGateShown(fetch: () => void): void {
  fetchWhenShown.push(fetch);
}

/**
 * Called by the set-up and unlock screens once on screen: then, when the page is idle, the
 * session's code and what was asked for (the screens behind the gate) are fetched, so they are
 * here by the time a passphrase has been typed, without weighing on the first screen.
 */
export function gateScreenShown(): void {
  const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 500));
  idle(() => {
    void loadSession();
    for (const fetch of fetchWhenShown.splice(0)) fetch();
  });
}

/** How soon Case Audit locks itself; null until the session's code is here (preloadSession). */
export function autoLockSettings(): Session.AutoLockSettings | null {
  return loaded ? loaded.autoLockSettings() : null;
}

type Action<K extends keyof typeof Session> = (typeof Session)[K] extends (
  ...args: infer A
) => infer R
  ? (...args: A) => Promise<Awaited<R>>
  : never;

function action<K extends keyof typeof Session>(name: K): Action<K> {
  return (async (...args: unknown[]) => {
    const session = await loadSession();
    return (session[name] as (...a: unknown[]) => unknown)(...args);
  }) as Action<K>;
}

export const addPerson = action('addPerson');
export const changePassphrase = action('changePassphrase');
export const eraseThisDevice = action('eraseThisDevice');
export const lock = action('lock');
export const setAutoLockMinutes = action('setAutoLockMinutes');
export const setUpPerson = action('setUpPerson');
export const startSession = action('startSession');
export const unlock = action('unlock');
export const unlockWithRecoveryCode = action('unlockWithRecoveryCode');
