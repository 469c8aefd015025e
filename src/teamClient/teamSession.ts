/**
 * Who is signed in to the team server from this page, kept in memory only: the session itself is
 * an HTTP-only cookie the page cannot read, and the CSRF token goes with it. A reload asks the
 * server again (`whoIsSignedIn`). Screens listen for changes, so signing out anywhere shows
 * everywhere on the page.
 */
import type { SignedIn } from '../core';

let current: SignedIn | null = null;
const listeners = new Set<(signedIn: SignedIn | null) => void>();

export function signedInNow(): SignedIn | null {
  return current;
}

export function setSignedIn(signedIn: SignedIn | null): void {
  current = signedIn;
  for (const listener of listeners) listener(signedIn);
}

/** Calls `listener` on every change; returns the function that stops it. */
export function onSignedInChange(listener: (signedIn: SignedIn | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
