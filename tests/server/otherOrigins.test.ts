/**
 * A copy of the app served from another address connecting to the team server, on PGlite and on
 * PostgreSQL: CORS for the origins in APP_ORIGINS only, a token session (`session: "token"`)
 * carried as `Authorization: Bearer` without a CSRF token, while a cookie session still needs
 * one; signing out and disabling the account end a token session as they end a cookie's.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newSetupToken } from '../../src/server/accounts/setupLink';
import { auditRows } from '../../src/server/audit/auditLog';
import { appOriginsFrom } from '../../src/server/http/serverOptions';
import { ENGINES } from './support/testDatabases';
import { ADMIN, startTestServer, type TestServer } from './support/testServer';

const APP = 'https://caseaudit.example.gov.uk';
const LAPTOP = 'http://localhost:5173';
const ELSEWHERE = 'https://elsewhere.example.com';

const INSPECTOR = {
  email: 'sam.inspector@inspectorate.example',
  name: 'Sam Inspector',
  password: 'copper meadow violin eleven',
};

describe('APP_ORIGINS', () => {
  it('takes comma-separated exact origins, and stops at anything else', () => {
    expect(appOriginsFrom(undefined)).toEqual([]);
    expect(appOriginsFrom(` ${APP}, ${LAPTOP} ,`)).toEqual([APP, LAPTOP]);
    expect(() => appOriginsFrom(`${APP}/`)).toThrow(/APP_ORIGINS: "https:\/\/caseaudit/);
    expect(() => appOriginsFrom('caseaudit.example.gov.uk')).toThrow(/not an origin/);
    expect(() => appOriginsFrom(`${APP}/team`)).toThrow(/not an origin/);
  });
});

describe.each(ENGINES)('a copy of the app at another address (%s)', (engine) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer(engine, { appOrigins: [APP, LAPTOP] });
  });
  afterEach(async () => {
    await server.close();
  });

  const bearer = (token: string, origin = APP) => ({ authorization: `Bearer ${token}`, origin });

  /** Signs in with a token session from `origin`, answering the reply and its token. */
  async function signInByToken(email: string, password: string, origin = APP) {
    const reply = await server.request({
      method: 'POST',
      url: '/api/sign-in',
      headers: { origin },
      payload: { email, password, session: 'token' },
    });
    expect(reply.statusCode, reply.body).toBe(200);
    return { reply, token: reply.json().sessionToken as string };
  }

  it('answers an allowed origin’s preflight, and names that origin on its answers', async () => {
    const preflight = await server.request({
      method: 'OPTIONS',
      url: '/api/inspections/insp-1/push',
      headers: {
        origin: LAPTOP,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers).toMatchObject({
      'access-control-allow-origin': LAPTOP,
      'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE',
      'access-control-allow-headers':
        'authorization, content-type, x-csrf-token, accept, accept-language',
      vary: 'Origin',
    });
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();

    const health = await server.request({
      method: 'GET',
      url: '/api/health',
      headers: { origin: APP },
    });
    expect(health.statusCode).toBe(200);
    expect(health.headers['access-control-allow-origin']).toBe(APP);
    expect(health.headers['access-control-expose-headers']).toBe('Retry-After');
    // A refusal names it too, so the app can read why.
    const me = await server.request({ method: 'GET', url: '/api/me', headers: { origin: APP } });
    expect(me.statusCode).toBe(401);
    expect(me.headers['access-control-allow-origin']).toBe(APP);
  });

  it('gives any other origin no CORS headers, so the browser keeps the answer from it', async () => {
    const preflight = await server.request({
      method: 'OPTIONS',
      url: '/api/sign-in',
      headers: { origin: ELSEWHERE, 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-methods']).toBeUndefined();
    const health = await server.request({
      method: 'GET',
      url: '/api/health',
      headers: { origin: `${APP}.evil.example` },
    });
    expect(health.statusCode).toBe(200);
    expect(health.headers['access-control-allow-origin']).toBeUndefined();
    expect(health.headers.vary).toBe('Origin');
  });

  it('starts a token session with no cookie, which works without a CSRF token', async () => {
    await server.setUpAdministrator();
    const { reply, token } = await signInByToken(ADMIN.email, ADMIN.password);
    expect(reply.cookies).toEqual([]);
    expect(reply.json().account.email).toBe(ADMIN.email);
    expect(token).toMatch(/^[\w-]{40,}$/);

    const me = await server.request({ method: 'GET', url: '/api/me', headers: bearer(token) });
    expect(me.statusCode).toBe(200);
    expect(me.json().account.email).toBe(ADMIN.email);
    const made = await server.request({
      method: 'POST',
      url: '/api/inspections',
      headers: bearer(token),
      payload: { title: 'Northshire youth justice' },
    });
    expect(made.statusCode).toBe(201);
    expect(made.headers['access-control-allow-origin']).toBe(APP);
    const wrong = await server.request({
      method: 'GET',
      url: '/api/me',
      headers: bearer(`${token}x`),
    });
    expect(wrong.statusCode).toBe(401);
  });

  it('still refuses a cookie session’s change without its CSRF token', async () => {
    const admin = await server.setUpAdministrator();
    const noToken = await server.request(
      {
        method: 'POST',
        url: '/api/inspections',
        headers: { 'x-csrf-token': 'guessed' },
        payload: { title: 'Northshire youth justice' },
      },
      admin,
    );
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().error).toMatch(/CSRF/);
  });

  it('makes the first administrator with a token session when asked', async () => {
    const setupToken = await newSetupToken(server.database.db, server.clock.now.toISOString());
    const made = await server.request({
      method: 'POST',
      url: '/api/setup',
      headers: { origin: LAPTOP },
      payload: { token: setupToken, ...ADMIN, session: 'token' },
    });
    expect(made.statusCode).toBe(201);
    expect(made.cookies).toEqual([]);
    const token = made.json().sessionToken as string;
    const me = await server.request({
      method: 'GET',
      url: '/api/me',
      headers: bearer(token, LAPTOP),
    });
    expect(me.json().account.administrator).toBe(true);
  });

  it('ends a token session on sign-out, and only that one', async () => {
    await server.setUpAdministrator();
    const first = await signInByToken(ADMIN.email, ADMIN.password);
    const second = await signInByToken(ADMIN.email, ADMIN.password, LAPTOP);
    const out = await server.request({
      method: 'POST',
      url: '/api/sign-out',
      headers: bearer(first.token),
    });
    expect(out.statusCode).toBe(204);
    expect(out.cookies).toEqual([]);
    const meWith = (token: string) =>
      server.request({ method: 'GET', url: '/api/me', headers: bearer(token) });
    expect((await meWith(first.token)).statusCode).toBe(401);
    expect((await meWith(second.token)).statusCode).toBe(200);
    const actions = (await auditRows(server.database.db)).map((r) => r.action);
    expect(actions.slice(-3)).toEqual(['sign-in', 'sign-in', 'sign-out']);
  });

  it('ends a disabled account’s token sessions at once', async () => {
    const admin = await server.setUpAdministrator();
    const made = await server.request(
      { method: 'POST', url: '/api/accounts', payload: INSPECTOR },
      admin,
    );
    const { token } = await signInByToken(INSPECTOR.email, INSPECTOR.password);
    const me = () => server.request({ method: 'GET', url: '/api/me', headers: bearer(token) });
    expect((await me()).statusCode).toBe(200);
    await server.request(
      { method: 'PATCH', url: `/api/accounts/${made.json().id}`, payload: { disabled: true } },
      admin,
    );
    expect((await me()).statusCode).toBe(401);
  });
});
