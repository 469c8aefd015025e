/**
 * Accounts on the team server: created by an administrator (or the first one, by the one-time
 * link), disabled by an administrator (which ends their sessions at once), and listed.
 */
import { randomUUID } from 'node:crypto';
import type { AccountSummary } from '../../core';
import type { Queryable } from '../store/database';

export type AccountRow = {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  administrator: boolean;
  disabled_at: string | null;
  created_at: string;
};

export function accountSummary(row: AccountRow): AccountSummary {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    administrator: row.administrator,
    disabled: row.disabled_at !== null,
    createdAt: row.created_at,
  };
}

export async function accountByEmail(db: Queryable, email: string): Promise<AccountRow | null> {
  const { rows } = await db.query<AccountRow>('select * from accounts where email = $1', [email]);
  return rows[0] ?? null;
}

export async function accountById(db: Queryable, id: string): Promise<AccountRow | null> {
  const { rows } = await db.query<AccountRow>('select * from accounts where id = $1', [id]);
  return rows[0] ?? null;
}

export async function listAccounts(db: Queryable): Promise<AccountSummary[]> {
  const { rows } = await db.query<AccountRow>('select * from accounts order by lower(name), email');
  return rows.map(accountSummary);
}

export async function accountCount(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: number }>('select count(*)::int as n from accounts');
  return rows[0]?.n ?? 0;
}

/** Null when the email already has an account (emails are unique, case-insensitively). */
export async function createAccount(
  db: Queryable,
  account: { email: string; name: string; passwordHash: string; administrator: boolean },
  now: string,
): Promise<AccountRow | null> {
  const { rows } = await db.query<AccountRow>(
    `insert into accounts (id, email, name, password_hash, administrator, created_at)
     values ($1, $2, $3, $4, $5, $6)
     on conflict (email) do nothing
     returning *`,
    [randomUUID(), account.email, account.name, account.passwordHash, account.administrator, now],
  );
  return rows[0] ?? null;
}

/** Disables or enables an account; disabling ends every session it has. */
export async function setAccountDisabled(
  db: Queryable,
  id: string,
  disabled: boolean,
  now: string,
): Promise<AccountRow | null> {
  const { rows } = await db.query<AccountRow>(
    'update accounts set disabled_at = $2 where id = $1 returning *',
    [id, disabled ? now : null],
  );
  if (disabled) await db.query('delete from sessions where account_id = $1', [id]);
  return rows[0] ?? null;
}

export async function setAdministrator(
  db: Queryable,
  id: string,
  administrator: boolean,
): Promise<AccountRow | null> {
  const { rows } = await db.query<AccountRow>(
    'update accounts set administrator = $2 where id = $1 returning *',
    [id, administrator],
  );
  return rows[0] ?? null;
}

/** Administrators who can still sign in: the last one may not be disabled or demoted. */
export async function activeAdministratorCount(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    'select count(*)::int as n from accounts where administrator and disabled_at is null',
  );
  return rows[0]?.n ?? 0;
}
