/**
 * Which team server this page talks to and who is signed in to it, kept up to date as people
 * connect, sign in and out on this page: the one that served the app, or, once this device is
 * unlocked, the one the person connected to by its address (kept in their space).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { SignedIn } from '../../core';
import { loadKeptConnection } from '../../sync/teamConnection';
import {
  checkServerAt,
  connectionNow,
  onConnectionChange,
  onSignedInChange,
  signedInNow,
  whoIsSignedIn,
} from '../../teamClient/teamClient';
import { useShownSession } from '../protection/useSession';

export type TeamAccountState =
  | { kind: 'checking' }
  | { kind: 'not-served' }
  /** Unlocked, not served by a team server and connected to none: the way to connect to one. */
  | { kind: 'not-connected' }
  | { kind: 'unreachable' }
  | { kind: 'signed-out' }
  | { kind: 'signed-in'; signedIn: SignedIn };

function stateOf(signedIn: SignedIn | null): TeamAccountState {
  return signedIn ? { kind: 'signed-in', signedIn } : { kind: 'signed-out' };
}

/** What the server at the connection says: there or not, and who is signed in. */
async function askServer(unlocked: boolean): Promise<TeamAccountState> {
  // Unreadable (the person locked meanwhile): the page's own origin, as while locked.
  if (unlocked) await loadKeptConnection().catch(() => null);
  const { address, token } = connectionNow();
  const presence = await checkServerAt(address);
  if (presence !== 'served') {
    if (address !== '') return { kind: 'unreachable' };
    return presence === 'not-served' && unlocked ? { kind: 'not-connected' } : { kind: presence };
  }
  // Connected by address without a session's token: no one can be signed in yet.
  if (address !== '' && !token) return { kind: 'signed-out' };
  const me = await whoIsSignedIn();
  if (me.status === 'unreachable') return { kind: 'unreachable' };
  return stateOf(me.status === 'ok' ? me.value : null);
}

/**
 * The state, `check` to ask the server again (after it could not be reached, or a connection
 * was made or dropped), and the address of the server connected to ('' for the page's own).
 */
export function useTeamAccount(): { state: TeamAccountState; check: () => void; address: string } {
  const unlocked = useShownSession().kind === 'unlocked';
  const [address, setAddress] = useState(() => connectionNow().address);
  const [state, setState] = useState<TeamAccountState>(() => {
    const known = signedInNow();
    return known ? stateOf(known) : { kind: 'checking' };
  });

  const check = useCallback(() => {
    setState((was) => (was.kind === 'signed-in' ? was : { kind: 'checking' }));
    void askServer(unlocked).then(setState);
  }, [unlocked]);

  useEffect(() => {
    const stop = onSignedInChange((signedIn) => setState(stateOf(signedIn)));
    const stopAddress = onConnectionChange((connection) => setAddress(connection.address));
    // What changed between the first render and now (a sync asking who is signed in, say) was
    // heard by no listener yet: take it as it is now.
    setAddress(connectionNow().address);
    const known = signedInNow();
    if (known === null) check();
    else setState(stateOf(known));
    // Back on the network: ask again, so a server that could not be reached shows as it is.
    const again = () => {
      if (signedInNow() === null) check();
    };
    addEventListener('online', again);
    return () => {
      stop();
      stopAddress();
      removeEventListener('online', again);
    };
  }, [check]);

  return { state, check, address };
}
