/**
 * Starting the session: who is on this device (the unlock screen's list) and whether data from
 * before protection waits to be taken in, then listening to the other tabs. All the first screen
 * needs: the rest of the session (key derivation, the keyring, adoption, auto-lock) loads when
 * someone sets up or unlocks, keeping the first screen's code small.
 */
import { legacyDataPresent } from '../db/protection/legacyPresence';
import { listPeople } from '../db/protection/people';
import { reloadPage } from './pageReload';
import { sessionState, setSessionState } from './sessionState';
import { onTabMessage } from './tabChannel';

let listening = false;

/**
 * Another tab is erasing the device: auto-lock stops and this tab's space closes (a deletion
 * waits for open connections). Loaded here only then: with a space open they are loaded already.
 */
async function stepAsideForErasing(): Promise<void> {
  const [autoLock, connection, workers] = await Promise.all([
    import('./autoLock'),
    import('../db/connection'),
    import('../workers/workerSpace'),
  ]);
  autoLock.stopAutoLock();
  connection.closeSpace();
  workers.setWorkerSpace(null);
}

/** Reads who is on this device and sets the state; listens to the other tabs from now on. */
export async function startSession(): Promise<void> {
  if (!listening) {
    listening = true;
    onTabMessage((message) => {
      if (message.type === 'lock') void import('./locking').then((m) => m.lock('other-tab'));
      else if (message.type === 'activity') {
        void import('./autoLock').then((m) => m.activityElsewhere());
      } else if (message.type === 'erasing') {
        setSessionState({ kind: 'checking' });
        void stepAsideForErasing();
      } else if (message.type === 'erased') {
        void stepAsideForErasing().finally(reloadPage);
      } else if (message.type === 'people' && sessionState().kind !== 'unlocked') {
        void readPeople();
      }
    });
  }
  await readPeople();
}

async function readPeople(): Promise<void> {
  // An open space stays open: only a lock (which reloads the page) ends it.
  if (sessionState().kind === 'unlocked') return;
  const people = await listPeople();
  if (people.length > 0) setSessionState({ kind: 'locked', people });
  else setSessionState({ kind: 'no-one', legacyData: await legacyDataPresent() });
}
