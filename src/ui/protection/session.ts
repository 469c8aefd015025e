/**
 * The session's actions as the screens use them: the one way from the screens (loaded on
 * demand) into src/session, so a component test can stand a fake session in its place
 * (vi.mock of this module). The state itself is read through sessionGate.ts.
 */
export type { PersonSummary } from '../../db/protection/keyring';
export {
  addPerson,
  autoLockSettings,
  changePassphrase,
  eraseThisDevice,
  lock,
  type RecoveryResult,
  setAutoLockMinutes,
  setUpPerson,
  startSession,
  type UnlockResult,
  unlock,
  unlockWithRecoveryCode,
} from '../../session';
