/**
 * The session state a screen shows, kept up to date. While a person is being set up the gate is
 * "held": the screen stays on the set-up (then the recovery code) although the session is
 * already unlocked underneath, until the person says they have written the code down.
 */
import { useEffect, useState } from 'preact/hooks';
import { onSessionChange, type SessionState, sessionState } from './sessionGate';

let held: SessionState | null = null;
const holdListeners = new Set<() => void>();

function announceHold(): void {
  for (const listener of [...holdListeners]) listener();
}

/** Keeps every screen on the state it shows now, whatever the session does meanwhile. */
export function holdGate(): void {
  held = sessionState();
  announceHold();
}

/** Lets the screens follow the session again. */
export function releaseGate(): void {
  held = null;
  announceHold();
}

/** The state to show: the held one while held, else the session's. */
export function shownSession(): SessionState {
  return held ?? sessionState();
}

export function useShownSession(): SessionState {
  const [state, setState] = useState<SessionState>(shownSession);
  useEffect(() => {
    const update = () => setState(shownSession());
    update();
    holdListeners.add(update);
    const stop = onSessionChange(update);
    return () => {
      holdListeners.delete(update);
      stop();
    };
  }, []);
  return state;
}
