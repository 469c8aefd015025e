/**
 * Who is asking. Every request's session — its `Authorization: Bearer` token, or else its cookie —
 * is looked up before its route runs; a route asks for an account, or an administrator, and is
 * refused (401, 403) otherwise. A cookie request that changes anything must also carry the
 * session's CSRF token in `X-CSRF-Token`: another site can make a browser send the cookie, never
 * read the token. A bearer request needs none: a browser never adds that header by itself, so
 * only a page that holds the token can send it.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SignedIn, TokenSignedIn } from '../../core';
import type { AccountRow } from '../accounts/accountStore';
import { type Session, type SignedInAccount, sessionAccount } from '../accounts/sessionStore';
import type { Database } from '../store/database';
import { notSignedIn, refusal } from './refusals';

export const SESSION_COOKIE = 'case_audit_session';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    signedIn: SignedInAccount | null;
    /** The token of the request's session, whichever way it came, to end it on sign-out. */
    sessionToken: string | null;
    /** Whether that token came as `Authorization: Bearer` (a token session), not the cookie. */
    byBearer: boolean;
  }
}

const READING = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The token of `Authorization: Bearer <token>`, if the request has one. */
function bearerToken(request: FastifyRequest): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  return match?.[1] ?? null;
}

export function readSessions(app: FastifyInstance, db: Database, now: () => Date): void {
  app.decorateRequest('signedIn', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('byBearer', false);
  app.addHook('preHandler', async (request) => {
    const bearer = bearerToken(request);
    const token = bearer ?? request.cookies[SESSION_COOKIE] ?? null;
    request.sessionToken = token;
    request.byBearer = bearer !== null;
    request.signedIn = token ? await sessionAccount(db, token, now()) : null;
    if (request.signedIn && bearer === null && !READING.has(request.method)) {
      if (request.headers[CSRF_HEADER] !== request.signedIn.csrfToken) {
        throw refusal(403, (tr) =>
          tr.t('server', 'The request did not carry this session’s CSRF token: sign in again.'),
        );
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
  if (!account.administrator) {
    throw refusal(403, (tr) =>
      tr.t('server', 'Your account may not manage the team server (administrators only).'),
    );
  }
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

/**
 * A session just started, as the caller asked for it: the cookie (the app served here), or the
 * token in the reply and no cookie (`session: "token"`, a copy of the app at another address,
 * or a program). The token goes to whoever has just given the password, from any origin: a
 * program has no Origin to check, and a page elsewhere can read the reply only if APP_ORIGINS
 * lets the browser show it.
 */
export function startedSession(
  reply: FastifyReply,
  kind: 'cookie' | 'token' | undefined,
  started: { session: Session; result: SignedIn },
  secure: boolean,
): SignedIn | TokenSignedIn {
  if (kind === 'token') return { ...started.result, sessionToken: started.session.token };
  setSessionCookie(reply, started.session, secure);
  return started.result;
}
