/**
 * Can this browser store data at all? Some private modes have no IndexedDB, or one that fails
 * on first write; the app says so plainly instead of failing later, silently. Asked before
 * anyone unlocks, so it tries a database of its own (holding nothing), deleted afterwards, and
 * without Dexie (rawIndexedDb.ts): the first screen's code stays small.
 */
import { requestDone } from '../rawIndexedDb';

export type Availability = { available: true } | { available: false; reason: string };

const PROBE_DATABASE = 'case-audit-probe';

function openProbe(): Promise<IDBDatabase> {
  const request = indexedDB.open(PROBE_DATABASE, 1);
  request.onupgradeneeded = () => request.result.createObjectStore('probe', { keyPath: 'key' });
  return requestDone(request);
}

export async function checkStorageAvailable(): Promise<Availability> {
  if (typeof indexedDB === 'undefined') {
    return { available: false, reason: 'This browser does not offer IndexedDB storage.' };
  }
  let probe: IDBDatabase | null = null;
  try {
    probe = await openProbe();
    // A real write: some private modes open the database and then refuse every write.
    const write = probe.transaction('probe', 'readwrite');
    write.objectStore('probe').put({ key: 'probe', value: Date.now() });
    await new Promise<void>((resolve, reject) => {
      write.oncomplete = () => resolve();
      write.onerror = () => reject(write.error);
      write.onabort = () => reject(write.error ?? new Error('The write was abandoned.'));
    });
    return { available: true };
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { available: false, reason: `The browser refused to open local storage (${detail}).` };
  } finally {
    probe?.close();
    await requestDone(indexedDB.deleteDatabase(PROBE_DATABASE)).catch(() => undefined);
  }
}
