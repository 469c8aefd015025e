/**
 * After an erase the page is loaded afresh at this address, so the set-up screen can say the
 * erase is done (memory does not survive the reload). The parameter holds nothing else.
 */
export const ERASED_ADDRESS = '/?erased';

export function justErased(): boolean {
  return new URLSearchParams(location.search).has('erased');
}

/** Said once: a reload or a bookmark should not say it again. */
export function forgetErased(): void {
  history.replaceState(history.state, '', '/');
}
