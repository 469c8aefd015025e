/**
 * A database read and changed straight through IndexedDB, past Dexie and the sealing
 * middleware: what lies on the disk, and what someone with the profile folder could change.
 */

type RawRecord = Record<string, unknown>;

function opened(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function done(request: IDBRequest | IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    if ('oncomplete' in request) {
      request.oncomplete = () => resolve();
      request.onerror = () => reject(request.error);
    } else {
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    }
  });
}

/** Every record of every store, as stored. */
export async function rawRecords(name: string): Promise<Map<string, RawRecord[]>> {
  const db = await opened(name);
  try {
    const stores = [...db.objectStoreNames];
    const trans = db.transaction(stores, 'readonly');
    const out = new Map<string, RawRecord[]>();
    await Promise.all(
      stores.map(async (store) => {
        const request = trans.objectStore(store).getAll();
        await done(request);
        out.set(store, request.result as RawRecord[]);
      }),
    );
    return out;
  } finally {
    db.close();
  }
}

/** The records as text, every byte array as its bytes, to look for what must not be there. */
export function rawText(records: Map<string, RawRecord[]>): string {
  return JSON.stringify([...records.entries()], (_key, value: unknown) =>
    value instanceof Uint8Array ? Buffer.from(value).toString('latin1') : value,
  );
}

/** Puts a record as it is, past the seal. */
export async function replaceRaw(name: string, store: string, record: unknown): Promise<void> {
  const db = await opened(name);
  try {
    const trans = db.transaction(store, 'readwrite');
    trans.objectStore(store).put(record);
    await done(trans);
  } finally {
    db.close();
  }
}

/** Flips one bit of a sealed record's ciphertext. */
export async function flipByte(name: string, store: string, key: IDBValidKey): Promise<void> {
  const db = await opened(name);
  try {
    const trans = db.transaction(store, 'readwrite');
    const objects = trans.objectStore(store);
    const request = objects.get(key);
    await done(request);
    const record = request.result as RawRecord & { sealed: Uint8Array };
    const sealed = record.sealed.slice();
    sealed[sealed.length - 20] = (sealed[sealed.length - 20] ?? 0) ^ 0x01;
    objects.put({ ...record, sealed });
    await done(trans);
  } finally {
    db.close();
  }
}
