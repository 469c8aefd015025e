import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SignedIn } from '../../../src/core';
import {
  addAccount,
  changeAccount,
  checkTeamServer,
  giveRole,
  listInspections,
  removeMember,
  signedInNow,
  signIn,
  signOut,
  UNREACHABLE,
  whoIsSignedIn,
} from '../../../src/teamClient/teamClient';
import { setSignedIn } from '../../../src/teamClient/teamSession';

const ADMINISTRATOR: SignedIn = {
  account: {
    id: 'acc-1',
    email: 'dana.okafor@example.org',
    name: 'Dana Okafor',
    administrator: true,
    disabled: false,
    createdAt: '2026-05-04T09:00:00.000Z',
  },
  csrfToken: 'csrf-123',
  memberships: [{ inspectionId: 'insp-1', title: 'Northshire', role: 'lead' }],
};

type Sent = { address: string; init: RequestInit };
let sent: Sent[];

function answer(status: number, body?: unknown, headers: Record<string, string> = {}) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (address: string, init: RequestInit) => {
      sent.push({ address, init });
      const text = body === undefined ? null : JSON.stringify(body);
      return new Response(text, { status, headers });
    }),
  );
}

const header = (i: number, name: string) => (sent[i]!.init.headers as Record<string, string>)[name];

beforeEach(() => {
  sent = [];
  setSignedIn(null);
});
afterEach(() => vi.unstubAllGlobals());

describe('whether the app was served by a team server', () => {
  it('is served when /api/health answers as the server does', async () => {
    answer(200, { ok: true, database: 'pglite' });
    expect(await checkTeamServer()).toBe('served');
    expect(sent[0]!.address).toBe('/api/health');
    expect(sent[0]!.init.credentials).toBe('same-origin');
  });

  it('is not served on a 404, or when a plain web server answers with the app’s page', async () => {
    answer(404, { error: 'There is nothing at GET /api/health.' });
    expect(await checkTeamServer()).toBe('not-served');
    vi.stubGlobal('fetch', async () => new Response('<!doctype html><title>Case Audit</title>'));
    expect(await checkTeamServer()).toBe('not-served');
  });

  it('could not be reached when the network fails', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await checkTeamServer()).toBe('unreachable');
    expect(await listInspections()).toEqual({ status: 'unreachable', error: UNREACHABLE });
    expect(UNREACHABLE).toMatch(/^The team server could not be reached/);
  });
});

describe('signing in and out', () => {
  it('keeps who signed in, and sends their CSRF token with every change after', async () => {
    answer(200, ADMINISTRATOR);
    const reply = await signIn({ email: 'dana.okafor@example.org', password: 'copper lantern' });
    expect(reply).toEqual({ status: 'ok', value: ADMINISTRATOR });
    expect(signedInNow()).toEqual(ADMINISTRATOR);
    expect(sent[0]!.init.method).toBe('POST');
    expect(JSON.parse(sent[0]!.init.body as string)).toEqual({
      email: 'dana.okafor@example.org',
      password: 'copper lantern',
    });
    expect(header(0, 'content-type')).toBe('application/json');

    answer(200, ADMINISTRATOR.account);
    await changeAccount('acc-2', { disabled: true });
    expect(sent[1]!.address).toBe('/api/accounts/acc-2');
    expect(sent[1]!.init.method).toBe('PATCH');
    expect(header(1, 'x-csrf-token')).toBe('csrf-123');

    // A read carries no token: it changes nothing.
    answer(200, []);
    await listInspections();
    expect(header(2, 'x-csrf-token')).toBeUndefined();
  });

  it('says a wrong password with the server’s sentence and status', async () => {
    answer(401, { error: 'The email address or password is not right.' });
    expect(await signIn({ email: 'a@example.org', password: 'x' })).toEqual({
      status: 'refused',
      httpStatus: 401,
      error: 'The email address or password is not right.',
      problems: [],
      retryAfterSeconds: null,
    });
  });

  it('asks the server to word its replies in the page’s language', async () => {
    const page = { documentElement: { lang: 'cy' } };
    vi.stubGlobal('document', page);
    answer(401, { error: 'Nid yw’r cyfeiriad e-bost neu’r cyfrinair yn gywir.' });
    await signIn({ email: 'a@example.org', password: 'x' });
    expect(header(0, 'accept-language')).toBe('cy');
    page.documentElement.lang = 'en-GB';
    await signIn({ email: 'a@example.org', password: 'x' });
    expect(header(1, 'accept-language')).toBe('en-GB');
  });

  it('gives the wait in seconds after too many sign-ins that were not right', async () => {
    answer(
      429,
      { error: 'Too many sign-ins that were not right: try again in 42 seconds.' },
      {
        'retry-after': '42',
      },
    );
    const reply = await signIn({ email: 'a@example.org', password: 'x' });
    expect(reply.status === 'refused' && reply.retryAfterSeconds).toBe(42);
  });

  it('forgets who was signed in when the server says no one is (401), or after signing out', async () => {
    setSignedIn(ADMINISTRATOR);
    answer(401, { error: 'Sign in to the team server first.' });
    expect((await whoIsSignedIn()).status).toBe('refused');
    expect(signedInNow()).toBeNull();

    setSignedIn(ADMINISTRATOR);
    answer(204);
    expect(await signOut()).toEqual({ status: 'ok', value: undefined });
    expect(header(1, 'x-csrf-token')).toBe('csrf-123');
    expect(signedInNow()).toBeNull();
  });
});

describe('reading the answers', () => {
  it('returns the problems by field that the server named', async () => {
    answer(400, {
      error: 'email: Enter an email address in the right format, like name@example.org',
      problems: [
        {
          path: 'email',
          message: 'Enter an email address in the right format, like name@example.org',
        },
        { path: 'name', message: 'Enter a name' },
      ],
    });
    const reply = await addAccount({ name: '', email: 'x', password: 'p', administrator: false });
    expect(reply.status === 'refused' && reply.problems.map((p) => p.path)).toEqual([
      'email',
      'name',
    ]);
  });

  it('refuses an answer that does not match its schema, rather than pass it on', async () => {
    answer(200, [{ id: 'insp-1', title: 'Northshire', role: 'chief' }]);
    expect(await listInspections()).toMatchObject({
      status: 'refused',
      httpStatus: 200,
      error: 'The team server’s answer could not be read.',
    });
  });

  it('addresses a member by inspection and account, escaped', async () => {
    setSignedIn(ADMINISTRATOR);
    answer(200, [
      { accountId: 'a/2', email: 's@example.org', name: 'Sam', role: 'inspector', memberId: 'a/2' },
    ]);
    const reply = await giveRole('insp 1', 'a/2', 'inspector');
    expect(reply.status).toBe('ok');
    expect(sent[0]!.address).toBe('/api/inspections/insp%201/members/a%2F2');
    expect(sent[0]!.init.method).toBe('PUT');
    expect(JSON.parse(sent[0]!.init.body as string)).toEqual({ role: 'inspector' });

    answer(204);
    expect(await removeMember('insp-1', 'acc-2')).toEqual({ status: 'ok', value: undefined });
    expect(sent[1]!.init.method).toBe('DELETE');
  });
});
