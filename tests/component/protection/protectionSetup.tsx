/**
 * Shared set-up for the protection screens' component tests. The session's actions are faked
 * (fakeSession.ts); its state is the real one, moved on with `setSessionState` as the session
 * would.
 */
import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { ErrorBoundary, LocationProvider } from 'preact-iso';
import type { PersonSummary } from '../../../src/db/protection/people';
import { type SessionState, setSessionState } from '../../../src/session/sessionState';
import { releaseGate } from '../../../src/ui/protection/useSession';

let n = 0;

export function person(name: string, extra: Partial<PersonSummary> = {}): PersonSummary {
  return {
    personId: `person-${n++}`,
    name,
    createdAt: '2026-01-01T00:00:00.000Z',
    deviceUnlock: false,
    failures: 0,
    nextAttemptAt: null,
    ...extra,
  };
}

export function moveSession(state: SessionState): void {
  setSessionState(state);
}

/** Back to the start: no state known, no gate held. */
export function resetSession(): void {
  releaseGate();
  setSessionState({ kind: 'checking' });
}

/** Renders at an address, inside the router's location and the lazy screens' boundary. */
export function renderAt(path: string, ui: ComponentChildren) {
  window.history.replaceState(null, '', path);
  return render(
    <LocationProvider>
      <ErrorBoundary>{ui}</ErrorBoundary>
    </LocationProvider>,
  );
}

export const GOOD_PASSPHRASE = 'kettle harbour violet';
