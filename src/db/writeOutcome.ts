/**
 * What every store's writes share: how they report what went wrong, as values rather than
 * exceptions — `invalid` (with every problem, as JSON paths such as `areas[2].name`), `missing`
 * (what the write was about is gone), `failed` (the browser's storage refused) — the clock that
 * stamps them (tests pass their own), and the write itself: one transaction, retried once if the
 * connection was closed under it, resolved only after its commit.
 */
import type { Table } from 'dexie';
import type { ValidationError } from '../core';
import { classifyWriteError, retrying, type WriteFailure } from './connection';
import type { CaseAuditDatabase } from './database';
import { requestPersistenceOnFirstWrite } from './device/storageStatus';

export type Failed = {
  readonly status: 'failed';
  readonly reason: WriteFailure;
  readonly detail: string;
};
export type Missing = { readonly status: 'missing'; readonly message: string };
export type Refused = { readonly status: 'invalid'; readonly errors: readonly ValidationError[] };
/** What a change to an inspection comes to: its own outcome, refused, the inspection gone, or failed. */
export type InspectionChange<T> = T | Refused | Missing | Failed;

/** A write the browser's storage refused, as the value every writer returns. */
export function failed(error: unknown): Failed {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { status: 'failed', reason: classifyWriteError(error), detail };
}

export const NO_INSPECTION: Missing = {
  status: 'missing',
  message: 'This inspection is no longer on this device.',
};

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

/**
 * One write: a read-write transaction over `tables`, retried once if the connection was closed
 * under it, resolved after its commit; storage's refusal comes back as `Failed`, never thrown.
 * When `storedWork` says the outcome stored the user's work, the browser is asked (once) to keep
 * this device's data.
 */
export async function writeTransaction<T>(
  tables: (db: CaseAuditDatabase) => Table[],
  body: (db: CaseAuditDatabase) => Promise<T>,
  storedWork: (outcome: T) => boolean = () => false,
): Promise<T | Failed> {
  try {
    const outcome = await retrying((db) => db.transaction('rw', tables(db), () => body(db)));
    if (storedWork(outcome)) void requestPersistenceOnFirstWrite();
    return outcome;
  } catch (error) {
    return failed(error);
  }
}
