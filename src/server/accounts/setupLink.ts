/**
 * The one-time link that creates the first administrator. A server with no account makes a
 * token at start and prints the link; only its hash is stored. It works once, and only while
 * there is still no account; a restart before it is used prints a new one (the old one stops).
 */
import type { Queryable } from '../store/database';
import { randomToken, tokenHash } from './sessionStore';

export async function newSetupToken(db: Queryable, now: string): Promise<string> {
  const token = randomToken();
  await db.query('delete from setup_tokens where used_at is null');
  await db.query('insert into setup_tokens (token_hash, created_at) values ($1, $2)', [
    tokenHash(token),
    now,
  ]);
  return token;
}

/** Marks the token used; false when it is unknown or used already (in the same transaction as the account). */
export async function useSetupToken(db: Queryable, token: string, now: string): Promise<boolean> {
  const { rowCount } = await db.query(
    'update setup_tokens set used_at = $2 where token_hash = $1 and used_at is null',
    [tokenHash(token), now],
  );
  return rowCount === 1;
}
