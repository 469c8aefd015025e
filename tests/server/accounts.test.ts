/**
 * Accounts an administrator makes and disables, on PGlite and on PostgreSQL: strong passwords,
 * unique emails, disabling ends the account's sessions at once, the last administrator is kept,
 * text that looks like SQL is kept as text, and the audit log downloads as CSV.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENGINES } from './support/testDatabases';
import { type Caller, startTestServer, type TestServer } from './support/testServer';

const INSPECTOR = {
  email: 'sam.inspector@inspectorate.example',
  name: 'Sam Inspector',
  password: 'copper meadow violin eleven',
};

describe.each(ENGINES)('accounts on the team server (%s)', (engine) => {
  let server: TestServer;
  let admin: Caller;
  beforeEach(async () => {
    server = await startTestServer(engine);
    admin = await server.setUpAdministrator();
  });
  afterEach(async () => {
    await server.close();
  });

  const makeAccount = (payload: object, as: Caller = admin) =>
    server.request({ method: 'POST', url: '/api/accounts', payload }, as);

  it('makes an account that can sign in, and refuses a second with the same email in any case', async () => {
    const made = await makeAccount(INSPECTOR);
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({
      email: INSPECTOR.email,
      administrator: false,
      disabled: false,
    });
    const again = await makeAccount({ ...INSPECTOR, email: INSPECTOR.email.toUpperCase() });
    expect(again.statusCode).toBe(409);
    expect(again.json().problems).toEqual([
      { path: 'email', message: 'an account with this email address exists already' },
    ]);
    const inspector = await server.signIn(INSPECTOR.email, INSPECTOR.password);
    expect(inspector.signedIn.account.name).toBe('Sam Inspector');
    const list = await server.request({ method: 'GET', url: '/api/accounts' }, admin);
    expect(list.json().map((a: { email: string }) => a.email)).toEqual([
      'lead.admin@inspectorate.example',
      INSPECTOR.email,
    ]);
  });

  it('refuses a weak password or a missing name, naming the field, and makes nothing', async () => {
    const weak = await makeAccount({ ...INSPECTOR, password: 'Sam Inspector 1' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().problems[0].path).toBe('password');
    const nameless = await makeAccount({ ...INSPECTOR, name: '   ' });
    expect(nameless.statusCode).toBe(400);
    expect(nameless.json().problems).toEqual([
      { path: 'name', message: expect.stringMatching(/Enter a name/) },
    ]);
    const list = await server.request({ method: 'GET', url: '/api/accounts' }, admin);
    expect(list.json()).toHaveLength(1);
  });

  it('lets only an administrator manage accounts', async () => {
    await makeAccount(INSPECTOR);
    const inspector = await server.signIn(INSPECTOR.email, INSPECTOR.password);
    expect(
      (await server.request({ method: 'GET', url: '/api/accounts' }, inspector)).statusCode,
    ).toBe(403);
    const self = await makeAccount(
      { ...INSPECTOR, email: 'x@inspectorate.example', administrator: true },
      inspector,
    );
    expect(self.statusCode).toBe(403);
    expect(
      (await server.request({ method: 'GET', url: '/api/audit.csv' }, inspector)).statusCode,
    ).toBe(403);
  });

  it('ends a disabled account’s sessions at once, and refuses its sign-in until enabled', async () => {
    const id = (await makeAccount(INSPECTOR)).json().id as string;
    const inspector = await server.signIn(INSPECTOR.email, INSPECTOR.password);
    const disable = await server.request(
      { method: 'PATCH', url: `/api/accounts/${id}`, payload: { disabled: true } },
      admin,
    );
    expect(disable.json().disabled).toBe(true);
    expect((await server.request({ method: 'GET', url: '/api/me' }, inspector)).statusCode).toBe(
      401,
    );
    const refused = await server.request({
      method: 'POST',
      url: '/api/sign-in',
      payload: { email: INSPECTOR.email, password: INSPECTOR.password },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatch(/disabled/);
    await server.request(
      { method: 'PATCH', url: `/api/accounts/${id}`, payload: { disabled: false } },
      admin,
    );
    await server.signIn(INSPECTOR.email, INSPECTOR.password);
  });

  it('keeps the last administrator who can sign in', async () => {
    const id = admin.signedIn.account.id;
    for (const payload of [{ disabled: true }, { administrator: false }]) {
      const refused = await server.request(
        { method: 'PATCH', url: `/api/accounts/${id}`, payload },
        admin,
      );
      expect(refused.statusCode).toBe(409);
    }
    const other = (await makeAccount({ ...INSPECTOR, administrator: true })).json().id as string;
    const demoted = await server.request(
      { method: 'PATCH', url: `/api/accounts/${id}`, payload: { administrator: false } },
      admin,
    );
    expect(demoted.json().administrator).toBe(false);
    expect(other).not.toBe(id);
  });

  it('keeps text that looks like SQL as text', async () => {
    const name = "Robert'); drop table accounts; --";
    const made = await makeAccount({ ...INSPECTOR, name });
    expect(made.statusCode).toBe(201);
    const list = await server.request({ method: 'GET', url: '/api/accounts' }, admin);
    expect(list.json().map((a: { name: string }) => a.name)).toContain(name);
  });

  it('downloads the audit log as CSV, a name that starts like a formula escaped', async () => {
    await makeAccount({ ...INSPECTOR, name: '=HYPERLINK("x")' });
    await server.request({
      method: 'POST',
      url: '/api/sign-in',
      payload: { email: INSPECTOR.email, password: 'wrong wrong wrong wrong' },
    });
    const csv = await server.request({ method: 'GET', url: '/api/audit.csv' }, admin);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe(
      'attachment; filename="case-audit-server-audit-2026-12-07.csv"',
    );
    const lines = csv.body.trimEnd().split('\r\n');
    expect(lines[0]).toBe('seq,when,account_email,account_id,action,inspection_id,detail');
    expect(lines.map((l) => l.split(',')[4])).toEqual([
      'action',
      'first-administrator',
      'account-created',
      'sign-in-refused',
    ]);
    expect(lines[3]).toContain('sam.inspector@inspectorate.example');
    expect(lines[3]).toContain('from 127.0.0.1');
  });
});
