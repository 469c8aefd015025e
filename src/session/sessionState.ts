/**
 * Where this tab's session stands, for the screens' gate: still reading the people on this
 * device, no one set up yet, locked (choose a person and unlock), or unlocked as one person.
 * One value per tab; every change is announced to the listeners.
 */
import type { PersonSummary } from '../db/protection/people';

export type SessionState =
  | { readonly kind: 'checking' }
  /** No person on this device yet: set up protection. `legacyData`: data from before protection waits to be adopted. */
  | { readonly kind: 'no-one'; readonly legacyData: boolean }
  | { readonly kind: 'locked'; readonly people: readonly PersonSummary[] }
  | { readonly kind: 'unlocked'; readonly person: PersonSummary };

let current: SessionState = { kind: 'checking' };
const listeners = new Set<(state: SessionState) => void>();

export function sessionState(): SessionState {
  return current;
}

export function onSessionChange(listener: (state: SessionState) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Moves the session on (the session's own modules only). */
export function setSessionState(next: SessionState): void {
  current = next;
  for (const listener of [...listeners]) listener(next);
}
