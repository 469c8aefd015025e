/**
 * The one open connection: the space of the person who unlocked, and what to do when the browser
 * takes it away. iOS closes IndexedDB connections in the background; another tab may open a
 * newer schema. Dexie reopens on the next use; `retrying` covers an operation that was in flight
 * at that moment. While no space is open (locked, or no one set up), there is no database:
 * `database()` throws `LockedError`.
 */
import Dexie from 'dexie';
import { CaseAuditDatabase } from './database';
import { announceNewerVersionElsewhere } from './newerVersion';
import { clearDamagedRecords } from './protection/damagedRecords';
import { spaceName } from './protection/databaseNames';

let current: CaseAuditDatabase | null = null;

/** Asked for the database while no person's space is open. */
export class LockedError extends Error {
  constructor() {
    super('Case Audit is locked: unlock it to read or change case data.');
    this.name = 'LockedError';
  }
}

/** The open space's database; throws `LockedError` when none is open. */
export function database(): CaseAuditDatabase {
  if (current) return current;
  throw new LockedError();
}

/**
 * Opens a person's space with their (unwrapped, non-extractable) data key, closing any other.
 * Every record of it is sealed and unsealed with that key (src/db/protection/sealingMiddleware.ts).
 */
export function openSpace(personId: string, dataKey: CryptoKey): CaseAuditDatabase {
  closeSpace();
  const db = new CaseAuditDatabase(spaceName(personId), dataKey);
  db.on('versionchange', () => {
    // A newer version of the app in another tab needs to upgrade: step aside and say so.
    db.close({ disableAutoOpen: false });
    announceNewerVersionElsewhere();
    return false;
  });
  current = db;
  return db;
}

/** Closes the open space, dropping the connection and with it the data key. */
export function closeSpace(): void {
  current?.close();
  current = null;
  clearDamagedRecords();
}

/** Replaces the connection (tests use a fresh database per test). */
export function useDatabase(db: CaseAuditDatabase | null): void {
  current?.close();
  current = db;
}

function isClosedConnection(error: unknown): boolean {
  return (
    error instanceof Dexie.DatabaseClosedError ||
    (error instanceof Error &&
      (error.name === 'InvalidStateError' || error.name === 'DatabaseClosedError'))
  );
}

/** The database of the caller's transaction, if there is one; the app's otherwise. */
export function currentDatabase(): CaseAuditDatabase {
  return Dexie.currentTransaction ? (Dexie.currentTransaction.db as CaseAuditDatabase) : database();
}

/** Runs a database operation, reopening and retrying once if the connection was closed under it. */
export async function retrying<T>(operation: (db: CaseAuditDatabase) => Promise<T>): Promise<T> {
  const db = database();
  try {
    return await operation(db);
  } catch (error) {
    if (!isClosedConnection(error)) throw error;
    if (!db.isOpen()) await db.open();
    return operation(db);
  }
}

/** Why a write failed, in the terms the UI reports ("Not saved — retrying: …"). */
export type WriteFailure = 'quota' | 'closed' | 'other';

export function classifyWriteError(error: unknown): WriteFailure {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return 'quota';
  if (isClosedConnection(error)) return 'closed';
  return 'other';
}
