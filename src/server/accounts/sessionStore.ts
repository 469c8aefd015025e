/**
 * Sessions: a random token in a secure, HTTP-only cookie (or, for a token session, in the
 * sign-in reply, sent back as `Authorization: Bearer`), kept on the server only as its SHA-256
 * hash, with a CSRF token the app sends back in a header on every changing request by cookie.
 * A session lasts a working day from sign-in; signing out, or the account being disabled,
 * ends it at once.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../store/database';
import type { AccountRow } from './accountStore';

export const SESSION_HOURS = 12;

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

export type Session = {
  readonly token: string;
  readonly csrfToken: string;
  readonly expiresAt: string;
};

export async function startSession(db: Queryable, accountId: string, now: Date): Promise<Session> {
  const token = randomToken();
  const csrfToken = randomToken();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000).toISOString();
  await db.query(
    `insert into sessions (token_hash, account_id, csrf_token, created_at, expires_at)
     values ($1, $2, $3, $4, $5)`,
    [tokenHash(token), accountId, csrfToken, now.toISOString(), expiresAt],
  );
  return { token, csrfToken, expiresAt };
}

export type SignedInAccount = { readonly account: AccountRow; readonly csrfToken: string };

/** The account a cookie's token signs in, if the session is current and the account enabled. */
export async function sessionAccount(
  db: Queryable,
  token: string,
  now: Date,
): Promise<SignedInAccount | null> {
  const { rows } = await db.query<AccountRow & { csrf_token: string }>(
    `select a.*, s.csrf_token from sessions s join accounts a on a.id = s.account_id
     where s.token_hash = $1 and s.expires_at > $2 and a.disabled_at is null`,
    [tokenHash(token), now.toISOString()],
  );
  const row = rows[0];
  if (!row) return null;
  const { csrf_token, ...account } = row;
  return { account, csrfToken: csrf_token };
}

export async function endSession(db: Queryable, token: string): Promise<void> {
  await db.query('delete from sessions where token_hash = $1', [tokenHash(token)]);
}

/** Sessions past their time are removed now and then (each sign-in does it). */
export async function removeExpiredSessions(db: Queryable, now: Date): Promise<void> {
  await db.query('delete from sessions where expires_at <= $1', [now.toISOString()]);
}
