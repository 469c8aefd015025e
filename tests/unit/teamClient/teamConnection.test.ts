/**
 * The app talking to a team server at another address: across origins with no cookie, a token
 * session asked for at sign-in and sent as a bearer token, forgotten on a 401 and on sign-out.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SignedIn } from '../../../src/core';
import {
  checkServerAt,
  connectionNow,
  listInspections,
  setConnection,
  signedInNow,
  signIn,
  signOut,
  whoIsSignedIn,
} from '../../../src/teamClient/teamClient';
import { setSignedIn } from '../../../src/teamClient/teamSession';

const SERVER = 'https://caseaudit.example.gov.uk';

const SAM: SignedIn = {
  account: {
    id: 'acc-2',
    email: 'sam.reyes@example.org',
    name: 'Sam Reyes',
    administrator: false,
    disabled: false,
    createdAt: '2026-05-04T09:00:00.000Z',
  },
  csrfToken: 'csrf-sam',
  memberships: [],
};

type Sent = { address: string; init: RequestInit };
let sent: Sent[];

function answer(status: number, body?: unknown) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (address: string, init: RequestInit) => {
      sent.push({ address, init });
      return new Response(body === undefined ? null : JSON.stringify(body), { status });
    }),
  );
}

const headers = (i: number) => sent[i]!.init.headers as Record<string, string>;

beforeEach(() => {
  sent = [];
  setSignedIn(null);
  setConnection({ address: SERVER });
});
afterEach(() => {
  setConnection({ address: '' });
  vi.unstubAllGlobals();
});

describe('a team server at another address', () => {
  it('is asked across origins, without the cookie', async () => {
    answer(200, { ok: true, database: 'postgresql' });
    expect(await checkServerAt('http://localhost:4180')).toBe('served');
    expect(sent[0]!.address).toBe('http://localhost:4180/api/health');
    expect(sent[0]!.init).toMatchObject({ credentials: 'omit', mode: 'cors' });
    vi.stubGlobal('fetch', async () => {
      // What a browser says of a server that does not list this app's origin.
      throw new TypeError('Failed to fetch');
    });
    expect(await checkServerAt(SERVER)).toBe('unreachable');
  });

  it('signs in with a token session, then sends the token instead of a CSRF token', async () => {
    answer(200, { ...SAM, sessionToken: 'tok-sam' });
    const reply = await signIn({ email: 'sam.reyes@example.org', password: 'orchard violet' });
    expect(reply).toEqual({ status: 'ok', value: SAM });
    expect(sent[0]!.address).toBe(`${SERVER}/api/sign-in`);
    expect(JSON.parse(sent[0]!.init.body as string)).toEqual({
      email: 'sam.reyes@example.org',
      password: 'orchard violet',
      session: 'token',
    });
    expect(headers(0).authorization).toBeUndefined();
    expect(signedInNow()).toEqual(SAM);
    expect(connectionNow()).toEqual({ address: SERVER, token: 'tok-sam' });

    answer(200, []);
    await listInspections();
    expect(sent[1]!.address).toBe(`${SERVER}/api/inspections`);
    expect(sent[1]!.init).toMatchObject({ credentials: 'omit', mode: 'cors' });
    expect(headers(1).authorization).toBe('Bearer tok-sam');
    expect(headers(1)['x-csrf-token']).toBeUndefined();
  });

  it('forgets the token when the server says the session is over (401)', async () => {
    setConnection({ address: SERVER, token: 'tok-old' });
    setSignedIn(SAM);
    answer(401, { error: 'Sign in to the team server first.' });
    expect((await whoIsSignedIn()).status).toBe('refused');
    expect(signedInNow()).toBeNull();
    expect(connectionNow()).toEqual({ address: SERVER });
  });

  it('forgets the token on signing out, and keeps the address', async () => {
    setConnection({ address: SERVER, token: 'tok-sam' });
    setSignedIn(SAM);
    answer(204);
    expect(await signOut()).toEqual({ status: 'ok', value: undefined });
    expect(headers(0).authorization).toBe('Bearer tok-sam');
    expect(signedInNow()).toBeNull();
    expect(connectionNow()).toEqual({ address: SERVER });
  });

  it('keeps the token when the sign-in answer has none, and says it could not be read', async () => {
    answer(200, SAM);
    const reply = await signIn({ email: 'sam.reyes@example.org', password: 'orchard violet' });
    expect(reply.status).toBe('refused');
    expect(signedInNow()).toBeNull();
    expect(connectionNow()).toEqual({ address: SERVER });
  });
});
