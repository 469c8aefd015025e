/**
 * Signing in and out, who is signed in, and the one-time creation of the first administrator.
 * Every sign-in, refused or not, is in the audit log.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { firstAdministratorRequestSchema, signInRequestSchema } from '../../core';
import { accountByEmail, accountCount, createAccount } from '../accounts/accountStore';
import { checkAgainstNoOne, hashPassword, passwordMatches } from '../accounts/passwords';
import { endSession, removeExpiredSessions, startSession } from '../accounts/sessionStore';
import { useSetupToken } from '../accounts/setupLink';
import {
  clearSignInFailures,
  recordSignInFailure,
  signInWaitUntil,
  throttleKeys,
} from '../accounts/signInThrottle';
import { audit } from '../audit/auditLog';
import { signedInAs, strongPassword } from './accountReplies';
import { Refusal, refusal } from './refusals';
import { body } from './requestBody';
import type { ServerOptions } from './serverOptions';
import { accountOf, clearSessionCookie, startedSession } from './signedIn';

function firstAdministrator(options: ServerOptions) {
  const { db } = options;
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const wanted = body(firstAdministratorRequestSchema, request);
    strongPassword(wanted.password, wanted.name);
    const passwordHash = await hashPassword(wanted.password);
    const at = options.now().toISOString();
    const signedIn = await db.transaction(async (tx) => {
      if ((await accountCount(tx)) > 0) {
        throw refusal(409, (tr) =>
          tr.t('server', 'The team server has an administrator already: sign in.'),
        );
      }
      if (!(await useSetupToken(tx, wanted.token, at))) {
        throw refusal(403, (tr) =>
          tr.t(
            'server',
            'This set-up link is not the latest one: use the link the server printed last.',
          ),
        );
      }
      const account = await createAccount(tx, { ...wanted, passwordHash, administrator: true }, at);
      if (!account) {
        throw refusal(409, (tr) => tr.t('server', 'An account with that email exists already.'));
      }
      const session = await startSession(tx, account.id, options.now());
      await audit(tx, {
        at,
        accountId: account.id,
        accountEmail: account.email,
        action: 'first-administrator',
      });
      return { session, result: await signedInAs(tx, account, session.csrfToken) };
    });
    return reply
      .code(201)
      .send(startedSession(reply, wanted.session, signedIn, options.secureCookies));
  };
}

function signIn(options: ServerOptions) {
  const { db } = options;
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const { email, password, session: kind } = body(signInRequestSchema, request);
    const keys = throttleKeys(email, request.ip);
    const waitUntil = await signInWaitUntil(db, keys, options.now());
    if (waitUntil) {
      const seconds = Math.ceil((waitUntil.getTime() - options.now().getTime()) / 1000);
      throw new Refusal(
        429,
        (tr) => ({
          error: tr.t(
            'server',
            'Too many sign-ins that were not right: try again in {seconds, plural, one {# second} other {# seconds}}.',
            { seconds },
          ),
        }),
        { 'retry-after': String(seconds) },
      );
    }
    const account = await accountByEmail(db, email);
    const matches = account
      ? await passwordMatches(password, account.password_hash)
      : await checkAgainstNoOne(password);
    const at = options.now().toISOString();
    if (!account || !matches) {
      await db.transaction(async (tx) => {
        await recordSignInFailure(tx, keys, options.now());
        await audit(tx, {
          at,
          accountId: account?.id ?? null,
          accountEmail: email,
          action: 'sign-in-refused',
          detail: `from ${request.ip}`,
        });
      });
      throw refusal(401, (tr) => tr.t('server', 'The email address or password is not right.'));
    }
    if (account.disabled_at !== null) {
      throw refusal(403, (tr) =>
        tr.t('server', 'This account has been disabled: ask an administrator.'),
      );
    }
    const signedIn = await db.transaction(async (tx) => {
      await clearSignInFailures(tx, email);
      await removeExpiredSessions(tx, options.now());
      const session = await startSession(tx, account.id, options.now());
      await audit(tx, {
        at,
        accountId: account.id,
        accountEmail: account.email,
        action: 'sign-in',
        detail: `from ${request.ip}`,
      });
      return { session, result: await signedInAs(tx, account, session.csrfToken) };
    });
    return startedSession(reply, kind, signedIn, options.secureCookies);
  };
}

export function signInRoutes(app: FastifyInstance, options: ServerOptions): void {
  const { db } = options;
  app.get('/api/setup', async () => ({ needed: (await accountCount(db)) === 0 }));
  app.post('/api/setup', firstAdministrator(options));
  app.post('/api/sign-in', signIn(options));

  app.post('/api/sign-out', async (request, reply) => {
    const account = accountOf(request);
    const token = request.sessionToken;
    await db.transaction(async (tx) => {
      if (token) await endSession(tx, token);
      await audit(tx, {
        at: options.now().toISOString(),
        accountId: account.id,
        accountEmail: account.email,
        action: 'sign-out',
      });
    });
    if (!request.byBearer) clearSessionCookie(reply, options.secureCookies);
    return reply.code(204).send();
  });

  app.get('/api/me', async (request) => {
    const account = accountOf(request);
    return signedInAs(db, account, request.signedIn?.csrfToken ?? '');
  });
}
