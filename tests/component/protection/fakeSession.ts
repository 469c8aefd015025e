/**
 * The faked session for the protection screens' tests: each test file mocks
 * src/ui/protection/session.ts with `fakeSessionModule()` and sessionGate.ts with
 * `fakeSessionGate(original)` (the gate loads the session on demand, where a mock does not
 * reach). Imports nothing of the app, so the mocks never wait on each other.
 */
import { vi } from 'vitest';
import type * as sessionGate from '../../../src/ui/protection/sessionGate';

/** The session's actions, as vi.fn()s (one set per test file); tests give each its behaviour. */
export function fakeSessionModule() {
  return actions;
}

const actions = {
  addPerson: vi.fn(),
  autoLockSettings: vi.fn(() => ({ own: 15, fromPacks: null, effective: 15 })),
  changePassphrase: vi.fn(),
  eraseThisDevice: vi.fn(),
  lock: vi.fn(async (_reason: string) => undefined),
  preloadSession: vi.fn(async () => undefined),
  fetchWhenGateShown: vi.fn(),
  gateScreenShown: vi.fn(),
  setAutoLockMinutes: vi.fn(async () => undefined),
  setUpPerson: vi.fn(),
  startSession: vi.fn(async () => undefined),
  unlock: vi.fn(),
  unlockWithRecoveryCode: vi.fn(),
};

/** The gate's way into the session, sent to the faked actions. */
export function fakeSessionGate(original: typeof sessionGate): typeof sessionGate {
  return {
    ...original,
    startSession: () => actions.startSession(),
    lockSession: (reason) => actions.lock(reason),
  };
}
