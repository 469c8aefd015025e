/**
 * A team server under test, on one of the test databases, driven through Fastify's `inject`
 * (no network): a clock the test moves, the first administrator set up through the one-time
 * link, and requests made as a signed-in account (its cookie and CSRF token).
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { SignedIn } from '../../../src/core';
import { newSetupToken } from '../../../src/server/accounts/setupLink';
import { buildServerApp } from '../../../src/server/http/serverApp';
import type { ServerOptions } from '../../../src/server/http/serverOptions';
import { SESSION_COOKIE } from '../../../src/server/http/signedIn';
import { type Engine, openTestDatabase, type TestDatabase } from './testDatabases';

export const ADMIN = {
  email: 'lead.admin@inspectorate.example',
  name: 'Alex Admin',
  password: 'granite lantern orchard seven',
};

export type Caller = { cookie: string; csrfToken: string; signedIn: SignedIn };

export type TestServer = {
  app: FastifyInstance;
  database: TestDatabase;
  clock: { now: Date; advance: (ms: number) => void };
  request: (options: InjectOptions, as?: Caller) => Promise<LightMyRequestResponse>;
  setUpAdministrator: () => Promise<Caller>;
  signIn: (email: string, password: string) => Promise<Caller>;
  close: () => Promise<void>;
};

function sessionCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error(`no session cookie (${response.statusCode}: ${response.body})`);
  return cookie.value;
}

/** `settings`: the server's settings beyond its database and clock (APP_ORIGINS, say). */
export async function startTestServer(
  engine: Engine,
  settings: Pick<ServerOptions, 'appOrigins'> = {},
): Promise<TestServer> {
  const database = await openTestDatabase(engine);
  const clock = {
    now: new Date('2026-12-07T09:00:00.000Z'),
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
  };
  const app = await buildServerApp({
    db: database.db,
    now: () => clock.now,
    secureCookies: true,
    ...settings,
  });
  const request = (options: InjectOptions, as?: Caller) =>
    app.inject({
      ...options,
      cookies: as ? { [SESSION_COOKIE]: as.cookie } : {},
      headers: { ...(as ? { 'x-csrf-token': as.csrfToken } : {}), ...options.headers },
    });
  const signedIn = (response: LightMyRequestResponse): Caller => {
    const body = response.json() as SignedIn;
    return { cookie: sessionCookie(response), csrfToken: body.csrfToken, signedIn: body };
  };
  return {
    app,
    database,
    clock,
    request,
    async setUpAdministrator() {
      const token = await newSetupToken(database.db, clock.now.toISOString());
      const response = await request({
        method: 'POST',
        url: '/api/setup',
        payload: { token, ...ADMIN },
      });
      if (response.statusCode !== 201) throw new Error(`set-up refused: ${response.body}`);
      return signedIn(response);
    },
    async signIn(email, password) {
      const response = await request({
        method: 'POST',
        url: '/api/sign-in',
        payload: { email, password },
      });
      if (response.statusCode !== 200) throw new Error(`sign-in refused: ${response.body}`);
      return signedIn(response);
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
