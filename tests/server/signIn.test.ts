/**
 * Signing in to the team server, on PGlite and on PostgreSQL: the one-time link that makes the
 * first administrator, the session cookie, wrong passwords and the wait after several, CSRF,
 * sign-out. Worked example: three wrong passwords are free, the fourth makes the next try wait
 * 5 seconds (the app's unlock rule).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newSetupToken } from '../../src/server/accounts/setupLink';
import { auditRows } from '../../src/server/audit/auditLog';
import { ENGINES } from './support/testDatabases';
import { ADMIN, startTestServer, type TestServer } from './support/testServer';

describe.each(ENGINES)('signing in to the team server (%s)', (engine) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer(engine);
  });
  afterEach(async () => {
    await server.close();
  });

  it('makes the first administrator once, through the latest one-time link only', async () => {
    expect((await server.request({ method: 'GET', url: '/api/setup' })).json()).toEqual({
      needed: true,
    });
    const old = await newSetupToken(server.database.db, server.clock.now.toISOString());
    const latest = await newSetupToken(server.database.db, server.clock.now.toISOString());
    const stale = await server.request({
      method: 'POST',
      url: '/api/setup',
      payload: { token: old, ...ADMIN },
    });
    expect(stale.statusCode).toBe(403);
    expect(stale.json().error).toMatch(/not the latest/);

    const made = await server.request({
      method: 'POST',
      url: '/api/setup',
      payload: { token: latest, ...ADMIN },
    });
    expect(made.statusCode).toBe(201);
    expect(made.json().account).toMatchObject({
      email: ADMIN.email,
      administrator: true,
      disabled: false,
    });
    const cookie = made.cookies.find((c) => c.name === 'case_audit_session');
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/' });

    const again = await server.request({
      method: 'POST',
      url: '/api/setup',
      payload: { token: latest, ...ADMIN },
    });
    expect(again.statusCode).toBe(409);
    expect((await server.request({ method: 'GET', url: '/api/setup' })).json()).toEqual({
      needed: false,
    });
  });

  it('refuses a weak password for the first administrator, naming the field, and makes nothing', async () => {
    const token = await newSetupToken(server.database.db, server.clock.now.toISOString());
    const weak = await server.request({
      method: 'POST',
      url: '/api/setup',
      payload: { token, ...ADMIN, password: 'password' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().problems[0].path).toBe('password');
    expect((await server.request({ method: 'GET', url: '/api/setup' })).json()).toEqual({
      needed: true,
    });
  });

  it('signs in with the right password, shows who is signed in, and signs out', async () => {
    await server.setUpAdministrator();
    const caller = await server.signIn('Lead.Admin@Inspectorate.example', ADMIN.password);
    expect(caller.signedIn.account.email).toBe(ADMIN.email);
    const me = await server.request({ method: 'GET', url: '/api/me' }, caller);
    expect(me.statusCode).toBe(200);
    expect(me.json().account.name).toBe(ADMIN.name);

    const out = await server.request({ method: 'POST', url: '/api/sign-out' }, caller);
    expect(out.statusCode).toBe(204);
    expect((await server.request({ method: 'GET', url: '/api/me' }, caller)).statusCode).toBe(401);
  });

  it('refuses a wrong password in the same words as an unknown email, then makes the next try wait', async () => {
    await server.setUpAdministrator();
    const attempt = (email: string, password: string) =>
      server.request({ method: 'POST', url: '/api/sign-in', payload: { email, password } });
    const unknown = await attempt('nobody@inspectorate.example', ADMIN.password);
    const wrong = await attempt(ADMIN.email, 'not the password at all');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json().error).toBe(wrong.json().error);

    // Three wrong passwords for the account so far are free; the fourth brings a wait of 5 s.
    await attempt(ADMIN.email, 'still not the password');
    await attempt(ADMIN.email, 'nor is this the password');
    await attempt(ADMIN.email, 'fourth wrong password');
    const waiting = await attempt(ADMIN.email, ADMIN.password);
    expect(waiting.statusCode).toBe(429);
    expect(waiting.headers['retry-after']).toBe('5');
    server.clock.advance(5_000);
    expect((await attempt(ADMIN.email, ADMIN.password)).statusCode).toBe(200);

    const actions = (await auditRows(server.database.db)).map((r) => r.action);
    expect(actions.filter((a) => a === 'sign-in-refused')).toHaveLength(5);
    expect(actions.at(-1)).toBe('sign-in');
  });

  it('words its refusals in Welsh when the request asks for Welsh first, the same refusals otherwise', async () => {
    await server.setUpAdministrator();
    const attempt = (language: string | undefined, password: string) =>
      server.request({
        method: 'POST',
        url: '/api/sign-in',
        payload: { email: ADMIN.email, password },
        ...(language ? { headers: { 'accept-language': language } } : {}),
      });
    const welsh = await attempt('cy', 'not the password at all');
    const english = await attempt('en-GB,cy;q=0.8', 'still not the password');
    expect([welsh.statusCode, english.statusCode]).toEqual([401, 401]);
    expect(welsh.json().error).toBe('Nid yw’r cyfeiriad e-bost neu’r cyfrinair yn gywir.');
    expect(english.json().error).toBe('The email address or password is not right.');
    await attempt(undefined, 'nor is this the password');
    await attempt(undefined, 'fourth wrong password');
    // The wait is the same in either language; its words say it in Welsh, with Welsh plurals.
    const waiting = await attempt('cy-GB', ADMIN.password);
    expect(waiting.statusCode).toBe(429);
    expect(waiting.json().error).toBe(
      'Gormod o ymdrechion i fewngofnodi nad oeddent yn gywir: rhowch gynnig arall arni ymhen 5 eiliad.',
    );
    const notSignedIn = await server.request({
      method: 'GET',
      url: '/api/me',
      headers: { 'accept-language': 'cy' },
    });
    expect(notSignedIn.json().error).toBe('Mewngofnodwch i’r gweinydd tîm yn gyntaf.');
  });

  it('refuses a weak password for a new account in the request’s language', async () => {
    const token = await newSetupToken(server.database.db, server.clock.now.toISOString());
    const weak = await server.request({
      method: 'POST',
      url: '/api/setup',
      headers: { 'accept-language': 'cy' },
      payload: { token, ...ADMIN, password: 'password' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().problems).toEqual([
      { path: 'password', message: 'Rhowch gyfrinymadrodd o 12 nod o leiaf' },
      {
        path: 'password',
        message:
          'Mae’r cyfrinymadrodd hwn ymhlith y rhai cyntaf y mae pobl yn eu dyfalu: dewiswch un arall',
      },
    ]);
  });

  it('lets an office behind one address slip ten times; after the eleventh, the next try waits', async () => {
    await server.setUpAdministrator();
    const attempt = (email: string, password: string) =>
      server.request({ method: 'POST', url: '/api/sign-in', payload: { email, password } });
    for (let n = 1; n <= 11; n++) {
      const response = await attempt(`person${n}@inspectorate.example`, 'a slip of the finger');
      expect(response.statusCode, `slip ${n}`).toBe(401);
    }
    const next = await attempt(ADMIN.email, ADMIN.password);
    expect(next.statusCode).toBe(429);
    server.clock.advance(5_000);
    expect((await attempt(ADMIN.email, ADMIN.password)).statusCode).toBe(200);
  });

  it('refuses a changing request without the session’s CSRF token, and any request without a session', async () => {
    const admin = await server.setUpAdministrator();
    const noToken = await server.request(
      { method: 'POST', url: '/api/sign-out', headers: { 'x-csrf-token': 'guessed' } },
      admin,
    );
    expect(noToken.statusCode).toBe(403);
    expect((await server.request({ method: 'GET', url: '/api/me' }, admin)).statusCode).toBe(200);
    for (const [method, url] of [
      ['GET', '/api/me'],
      ['GET', '/api/accounts'],
      ['GET', '/api/inspections'],
      ['GET', '/api/audit.csv'],
      ['POST', '/api/inspections'],
    ] as const) {
      const response = await server.request({
        method,
        url,
        payload: method === 'POST' ? {} : undefined,
      });
      expect(response.statusCode, `${method} ${url}`).toBe(401);
    }
  });

  it('refuses a body that is not JSON, is malformed, or is too large, saying what is wrong', async () => {
    const notJson = await server.request({
      method: 'POST',
      url: '/api/sign-in',
      payload: 'email=a&password=b',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(notJson.statusCode).toBe(415);
    const broken = await server.request({
      method: 'POST',
      url: '/api/sign-in',
      payload: '{"email": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error).toMatch(/not valid JSON/);
    const badField = await server.request({
      method: 'POST',
      url: '/api/sign-in',
      payload: { email: 'not an email', password: 'x', extra: 1 },
    });
    expect(badField.statusCode).toBe(400);
    expect(
      badField
        .json()
        .problems.map((p: { path: string }) => p.path)
        .sort(),
    ).toEqual(['email', 'extra']);
    const huge = await server.request({
      method: 'POST',
      url: '/api/sign-in',
      payload: { email: 'a@b.example', password: 'x'.repeat(9 * 1024 * 1024) },
    });
    expect(huge.statusCode).toBe(413);
  });
});
