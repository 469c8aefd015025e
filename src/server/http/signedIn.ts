/**
 * Who is asking. Every request's session cookie is looked up before its route runs; a route asks
 * for an account, or an administrator, and is refused (401, 403) otherwise. A request that
 * changes anything must also carry the session's CSRF token in `X-CSRF-Token`: another site can
 * make a browser send the cookie, never read the token.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AccountRow } from '../accounts/accountStore';
import { type Session, type SignedInAccount, sessionAccount } from '../accounts/sessionStore';
import type { Database } from '../store/database';
import { notAllowed, notSignedIn, Refusal } from './refusals';

export const SESSION_COOKIE = 'case_audit_session';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    signedIn: SignedInAccount | null;
  }
}

const READING = new Set(['GET', 'HEAD', 'OPTIONS']);

export function readSessions(app: FastifyInstance, db: Database, now: () => Date): void {
  app.decorateRequest('signedIn', null);
  app.addHook('preHandler', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    request.signedIn = token ? await sessionAccount(db, token, now()) : null;
    if (request.signedIn && !READING.has(request.method)) {
      if (request.headers[CSRF_HEADER] !== request.signedIn.csrfToken) {
        throw new Refusal(403, {
          error: 'The request did not carry this session’s CSRF token: sign in again.',
        });
      }
    }
  });
}

export function accountOf(request: FastifyRequest): AccountRow {
  if (!request.signedIn) throw notSignedIn();
  return request.signedIn.account;
}

export function administratorOf(request: FastifyRequest): AccountRow {
  const account = accountOf(request);
  if (!account.administrator) throw notAllowed('manage the team server (administrators only)');
  return account;
}

export function setSessionCookie(reply: FastifyReply, session: Session, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, session.token, {
    httpOnly: true,
    secure,
    sameSite: 'strict',
    path: '/',
    expires: new Date(session.expiresAt),
  });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, secure, sameSite: 'strict', path: '/' });
}
