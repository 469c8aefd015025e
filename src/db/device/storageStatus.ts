/**
 * Whether the browser may evict this app's data, and how much room is left. Persistence is
 * asked for after work is saved (browsers grant it more readily after a user action), never on
 * page load: once per device at the first write of any kind, and again in every session at the
 * first answer saved and at the first import of a case list or a file, the moments when a
 * refusal puts the most at risk. The browser's last answer is kept in `meta`; while it still
 * refuses, the inspection and case screens warn (`storageWarningShown`) until persistence is
 * granted or the user hides the warning on this device.
 *
 * Stored in `meta`:
 * - `storage.persistRequested`  `{ at, granted }`: the last time the browser was asked
 * - `storage.warningHidden`     `{ at }`: the user hid the warning on this device
 */
import { database, retrying } from '../connection';

export type StorageStatus = {
  /** True: the browser will not clear this data under storage pressure. Null: unknown. */
  persisted: boolean | null;
  usedBytes: number | null;
  quotaBytes: number | null;
};

/** When persistence is asked for: any first write, the first answer, the first import. */
export type PersistMoment = 'write' | 'answer' | 'import';

const ASKED_KEY = 'storage.persistRequested';
const HIDDEN_KEY = 'storage.warningHidden';

function storageManager(): StorageManager | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

export async function readStorageStatus(): Promise<StorageStatus> {
  const storage = storageManager();
  const persisted = storage?.persisted ? await storage.persisted().catch(() => null) : null;
  const estimate = storage?.estimate ? await storage.estimate().catch(() => null) : null;
  return {
    persisted,
    usedBytes: estimate?.usage ?? null,
    quotaBytes: estimate?.quota ?? null,
  };
}

/** Asks the browser, and records its answer (which the warning follows). */
async function ask(storage: StorageManager): Promise<boolean> {
  const granted = await storage.persist().catch(() => false);
  // The record only steers the warning: a failure to write it loses nothing.
  await retrying((db) =>
    db.meta.put({ key: ASKED_KEY, value: { at: new Date().toISOString(), granted } }),
  ).catch(() => undefined);
  return granted;
}

/** This session's asks, by moment: each moment asks at most once per page load. */
const asked = new Map<PersistMoment, Promise<boolean | null>>();

/**
 * Asks the browser to keep this app's data, after a write: at a first write of any kind once
 * per device, at the first answer and the first import once per session. Resolves whether the
 * data is kept (null: this browser, or a worker, cannot ask). Never rejects.
 */
export function requestPersistenceOnFirstWrite(
  moment: PersistMoment = 'write',
): Promise<boolean | null> {
  const earlier = asked.get(moment);
  if (earlier) return earlier;
  const asking = (async (): Promise<boolean | null> => {
    const storage = storageManager();
    // Workers cannot ask (persist() is the page's); the page asks after their writes.
    if (!storage?.persist) return null;
    if (await storage.persisted?.().catch(() => false)) return true;
    if (moment === 'write' && (await database().meta.get(ASKED_KEY))) {
      return storage.persisted ? storage.persisted() : null;
    }
    return ask(storage);
  })().catch(() => null);
  asked.set(moment, asking);
  return asking;
}

/** Forgets this session's asks (tests start a new session). */
export function forgetPersistenceAsks(): void {
  asked.clear();
}

/** Asks now, from a user's click (Settings). Resolves whether the browser granted it. */
export async function requestPersistence(): Promise<boolean> {
  const storage = storageManager();
  if (!storage?.persist) return false;
  return ask(storage);
}

function wasRefused(record: { value: unknown } | undefined): boolean {
  const value = record?.value as { granted?: unknown } | undefined;
  return value?.granted === false;
}

/**
 * Whether to warn that the browser may clear this device's data: it refused when last asked,
 * still does not keep the data, and the warning was not hidden on this device. The records are
 * read first, so a live query follows every ask and every hiding.
 */
export async function storageWarningShown(): Promise<boolean> {
  const db = database();
  const [askedRecord, hidden] = await Promise.all([
    db.meta.get(ASKED_KEY),
    db.meta.get(HIDDEN_KEY),
  ]);
  if (hidden || !wasRefused(askedRecord)) return false;
  const storage = storageManager();
  if (!storage?.persisted) return false;
  return (await storage.persisted().catch(() => null)) === false;
}

/** Hides the warning on this device, for good (Settings still says what the storage is). */
export async function hideStorageWarning(): Promise<void> {
  await retrying((db) => db.meta.put({ key: HIDDEN_KEY, value: { at: new Date().toISOString() } }));
}
