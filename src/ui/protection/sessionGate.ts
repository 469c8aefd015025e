/**
 * What the first screen needs of the session: its state (a small module, loaded with the app)
 * and a way to start it. The rest of the session — key derivation, the keyring, adopting older
 * data — loads on demand with the set-up and unlock screens, keeping the first screen's code
 * small.
 */
import type { LockReason } from '../../session';

export {
  onSessionChange,
  type SessionState,
  sessionState,
} from '../../session/sessionState';

/** Reads who is on this device and sets the state. */
export async function startSession(): Promise<void> {
  const session = await import('./session');
  await session.startSession();
}

/** Locks this tab and every other (unsaved work is saved first). */
export async function lockSession(reason: LockReason): Promise<void> {
  const session = await import('./session');
  await session.lock(reason);
}
