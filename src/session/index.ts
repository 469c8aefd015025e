/**
 * The unlocked session, as the screens use it (src/session/README.md).
 */
export {
  type AutoLockSettings,
  autoLockMinutes,
  autoLockSettings,
  setAutoLockMinutes,
} from './autoLock';
export { eraseThisDevice, type LockReason, lock } from './locking';
export { startSession } from './sessionStart';
export { onSessionChange, type SessionState, sessionState } from './sessionState';
export {
  addPerson,
  changePassphrase,
  enterSpace,
  type RecoveryResult,
  setUpPerson,
  type UnlockResult,
  unlock,
  unlockWithRecoveryCode,
  WeakPassphraseError,
} from './unlocking';
