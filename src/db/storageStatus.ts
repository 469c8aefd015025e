/**
 * Whether the browser may evict this app's data, and how much room is left. Persistence is
 * asked for at the first write (browsers grant it more readily after a user action), never on
 * page load.
 */
import { database } from './connection';

export type StorageStatus = {
  /** True: the browser will not clear this data under storage pressure. Null: unknown. */
  persisted: boolean | null;
  usedBytes: number | null;
  quotaBytes: number | null;
};

const ASKED_KEY = 'storage.persistRequested';

export async function readStorageStatus(): Promise<StorageStatus> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  const persisted = storage?.persisted ? await storage.persisted().catch(() => null) : null;
  const estimate = storage?.estimate ? await storage.estimate().catch(() => null) : null;
  return {
    persisted,
    usedBytes: estimate?.usage ?? null,
    quotaBytes: estimate?.quota ?? null,
  };
}

let asking: Promise<boolean | null> | null = null;

/**
 * Asks the browser to keep this app's data (once per device; later calls are free). Called by
 * every store right after its first successful write.
 */
export function requestPersistenceOnFirstWrite(): Promise<boolean | null> {
  if (asking) return asking;
  asking = (async () => {
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
    if (!storage?.persist) return null;
    if (await storage.persisted?.()) return true;
    const db = database();
    const asked = await db.meta.get(ASKED_KEY);
    if (asked) return storage.persisted ? storage.persisted() : null;
    const granted = await storage.persist().catch(() => false);
    await db.meta.put({ key: ASKED_KEY, value: { at: new Date().toISOString(), granted } });
    return granted;
  })();
  return asking;
}

/** Asks now, from a user's click (Settings). Resolves whether the browser granted it. */
export async function requestPersistence(): Promise<boolean> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persist) return false;
  return storage.persist().catch(() => false);
}
