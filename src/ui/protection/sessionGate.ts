/**
 * What the first screen needs of the session: its state and a way to start it (small modules,
 * loaded with the app). The rest of the session — key derivation, the keyring, adopting older
 * data — loads on demand when someone sets up, unlocks or locks, keeping the first screen's code
 * small.
 */
import type { LockReason } from '../../session';

export { startSession } from '../../session/sessionStart';
export {
  onSessionChange,
  type SessionState,
  sessionState,
} from '../../session/sessionState';

/** Locks this tab and every other (unsaved work is saved first). */
export async function lockSession(reason: LockReason): Promise<void> {
  const session = await import('./session');
  await session.lock(reason);
}
