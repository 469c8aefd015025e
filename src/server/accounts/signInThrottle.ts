/**
 * The wait before the next sign-in after failed ones, by account and by network address, with
 * the app's unlock rule (three slips free, then 5 seconds doubling to 5 minutes). Kept in the
 * database, so every server process behind a load balancer counts the same failures. A count
 * starts again after a quarter of an hour without failures: an office sharing one address is
 * not made to wait for slips made in the morning.
 */
import { unlockDelayMs } from '../../core';
import type { Queryable } from '../store/database';

const FORGET_AFTER_MS = 15 * 60_000;

/**
 * An address has ten free slips rather than three: an office behind one address is many
 * people. Guessing many accounts from one address still meets the doubling waits.
 */
const MORE_FREE_FOR_AN_ADDRESS = 7;

function delayMs(row: FailureRow): number {
  const extra = row.key.startsWith('address:') ? MORE_FREE_FOR_AN_ADDRESS : 0;
  return unlockDelayMs(row.failures - extra);
}

type FailureRow = { key: string; failures: number; last_failure_at: string };

export function throttleKeys(email: string, address: string): string[] {
  return [`account:${email}`, `address:${address}`];
}

/** The time a sign-in may next be tried, or null when it may be tried now. */
export async function signInWaitUntil(
  db: Queryable,
  keys: readonly string[],
  now: Date,
): Promise<Date | null> {
  const { rows } = await db.query<FailureRow>(
    'select * from sign_in_failures where key = any($1)',
    [keys],
  );
  let until: number | null = null;
  for (const row of rows) {
    const next = Date.parse(row.last_failure_at) + delayMs(row);
    if (next > now.getTime() && (until === null || next > until)) until = next;
  }
  return until === null ? null : new Date(until);
}

export async function recordSignInFailure(
  db: Queryable,
  keys: readonly string[],
  now: Date,
): Promise<void> {
  for (const key of keys) {
    await db.query(
      `insert into sign_in_failures (key, failures, last_failure_at) values ($1, 1, $2)
       on conflict (key) do update set
         failures = case when sign_in_failures.last_failure_at < $3 then 1
                         else sign_in_failures.failures + 1 end,
         last_failure_at = excluded.last_failure_at`,
      [key, now.toISOString(), new Date(now.getTime() - FORGET_AFTER_MS).toISOString()],
    );
  }
}

/** A successful sign-in clears the account's count (the address's stays: others may guess from it). */
export async function clearSignInFailures(db: Queryable, email: string): Promise<void> {
  await db.query('delete from sign_in_failures where key = $1', [`account:${email}`]);
}
