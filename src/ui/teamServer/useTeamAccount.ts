/**
 * Whether this app was served by a team server and who is signed in to it, kept up to date as
 * people sign in and out on this page.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { SignedIn } from '../../core';
import {
  checkTeamServer,
  onSignedInChange,
  signedInNow,
  whoIsSignedIn,
} from '../../teamClient/teamClient';

export type TeamAccountState =
  | { kind: 'checking' }
  | { kind: 'not-served' }
  | { kind: 'unreachable' }
  | { kind: 'signed-out' }
  | { kind: 'signed-in'; signedIn: SignedIn };

function stateOf(signedIn: SignedIn | null): TeamAccountState {
  return signedIn ? { kind: 'signed-in', signedIn } : { kind: 'signed-out' };
}

/** The state, and `check` to ask the server again (after it could not be reached). */
export function useTeamAccount(): { state: TeamAccountState; check: () => void } {
  const [state, setState] = useState<TeamAccountState>(() => {
    const known = signedInNow();
    return known ? stateOf(known) : { kind: 'checking' };
  });

  const check = useCallback(() => {
    setState((was) => (was.kind === 'signed-in' ? was : { kind: 'checking' }));
    void (async () => {
      const presence = await checkTeamServer();
      if (presence !== 'served') {
        setState({ kind: presence });
        return;
      }
      const me = await whoIsSignedIn();
      if (me.status === 'unreachable') setState({ kind: 'unreachable' });
      else setState(stateOf(me.status === 'ok' ? me.value : null));
    })();
  }, []);

  useEffect(() => {
    const stop = onSignedInChange((signedIn) => setState(stateOf(signedIn)));
    if (signedInNow() === null) check();
    // Back on the network: ask again, so a server that could not be reached shows as it is.
    const again = () => {
      if (signedInNow() === null) check();
    };
    addEventListener('online', again);
    return () => {
      stop();
      removeEventListener('online', again);
    };
  }, [check]);

  return { state, check };
}
