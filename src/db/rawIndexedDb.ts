/**
 * IndexedDB without Dexie, for the little the first screen reads before anyone unlocks (can this
 * browser store data; who is on this device; is there data from before protection). Dexie loads
 * with the storage layer once someone unlocks, keeping the first screen's code small.
 */

/** A request's result, or its error. */
export function requestDone<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * Opens a database only if it exists: null when it does not (opening one that is not there
 * would create it, so that creation is cancelled).
 */
export function openIfExists(name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    let absent = false;
    request.onupgradeneeded = () => {
      absent = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = (event) => {
      if (!absent) return reject(request.error);
      event.preventDefault();
      resolve(null);
    };
  });
}

/** Every record of `store` in an existing database; none when the database or store is not there. */
export async function readAll(name: string, store: string): Promise<unknown[]> {
  const db = await openIfExists(name);
  if (!db) return [];
  try {
    if (!db.objectStoreNames.contains(store)) return [];
    return await requestDone(db.transaction(store, 'readonly').objectStore(store).getAll());
  } finally {
    db.close();
  }
}

/** How many records `store` holds in an existing database; 0 when either is not there. */
export async function countRecords(db: IDBDatabase, store: string): Promise<number> {
  if (!db.objectStoreNames.contains(store)) return 0;
  return requestDone(db.transaction(store, 'readonly').objectStore(store).count());
}
