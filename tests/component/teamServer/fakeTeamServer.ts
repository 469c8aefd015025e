/**
 * A team server stubbed at `fetch` for the screens' tests: each route answers what the test says,
 * and every request is kept (method, address, body, CSRF header) to check what was sent.
 */
import axe from 'axe-core';
import { vi } from 'vitest';
import type { SignedIn } from '../../../src/core';
import { setSignedIn } from '../../../src/teamClient/teamSession';

export type Sent = {
  method: string;
  address: string;
  body: unknown;
  csrf: string | undefined;
  authorization?: string | undefined;
  credentials?: RequestCredentials | undefined;
};
/** `text`: an answer that is not JSON (the audit log's CSV). */
type Answer = { status: number; body?: unknown; text?: string; headers?: Record<string, string> };
type Handler = Answer | ((sent: Sent) => Answer);

export function fakeTeamServer(routes: Record<string, Handler>) {
  const sent: Sent[] = [];
  vi.stubGlobal('fetch', async (address: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    const headers = (init.headers ?? {}) as Record<string, string>;
    const request: Sent = {
      method,
      address,
      body: init.body ? JSON.parse(init.body as string) : undefined,
      csrf: headers['x-csrf-token'],
      authorization: headers.authorization,
      credentials: init.credentials,
    };
    sent.push(request);
    const handler = routes[`${method} ${address}`];
    if (!handler) return new Response(JSON.stringify({ error: 'Not here' }), { status: 404 });
    const answer = typeof handler === 'function' ? handler(request) : handler;
    const text = answer.text ?? (answer.body === undefined ? null : JSON.stringify(answer.body));
    return new Response(text, { status: answer.status, headers: answer.headers });
  });
  return { sent, changes: () => sent.filter((s) => s.method !== 'GET') };
}

export const HEALTHY = {
  'GET /api/health': { status: 200, body: { ok: true, database: 'pglite' } },
};

const account = (id: string, name: string, email: string, administrator: boolean) => ({
  id,
  email,
  name,
  administrator,
  disabled: false,
  createdAt: '2026-05-04T09:00:00.000Z',
});

export const DANA = account('acc-1', 'Dana Okafor', 'dana.okafor@example.org', true);
export const SAM = account('acc-2', 'Sam Reyes', 'sam.reyes@example.org', false);

export const ADMINISTRATOR: SignedIn = { account: DANA, csrfToken: 'csrf-admin', memberships: [] };
export const INSPECTOR: SignedIn = {
  account: SAM,
  csrfToken: 'csrf-sam',
  memberships: [{ inspectionId: 'insp-1', title: 'Northshire youth justice', role: 'inspector' }],
};

/** Signed in already on this page (as after signing in on /team). */
export function signedInAs(signedIn: SignedIn | null): void {
  setSignedIn(signedIn);
}

export async function axeViolations(): Promise<string[]> {
  const results = await axe.run(document.body, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return results.violations.map((v) => `${v.id}: ${v.help}`);
}
