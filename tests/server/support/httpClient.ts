/**
 * A device's side of the team server over real HTTP: sign-in (session cookie and CSRF token),
 * JSON requests, and a push that a device retries, under the same push id, until one of the
 * servers answers it, as the app's sync queue does when the network or a server fails. A push
 * whose answer is lost can be sent too: the connection is dropped before the answer is read.
 */
import { request as httpRequest } from 'node:http';
import type { FileCounts, WorkFile } from '../../../src/core';

export type Session = { readonly cookie: string; readonly csrfToken: string };

export type Answered = { readonly status: number; readonly body: unknown };

export const SESSION_COOKIE = 'case_audit_session';

function headers(as: Session | null, body: boolean): Record<string, string> {
  return {
    ...(body ? { 'content-type': 'application/json' } : {}),
    ...(as ? { cookie: `${SESSION_COOKIE}=${as.cookie}`, 'x-csrf-token': as.csrfToken } : {}),
  };
}

/** One JSON request; throws only when the server could not be reached or hung up. */
export async function call(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  as: Session | null = null,
): Promise<Answered & { session?: Session }> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: headers(as, body !== undefined),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const parsed: unknown = text ? JSON.parse(text) : null;
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  const csrfToken = (parsed as { csrfToken?: string } | null)?.csrfToken;
  const session =
    cookie && csrfToken
      ? { cookie: cookie.slice(SESSION_COOKIE.length + 1), csrfToken }
      : undefined;
  return { status: response.status, body: parsed, ...(session ? { session } : {}) };
}

/** Succeeds with the body, or throws naming the status and the server's error. */
export async function expectStatus(
  answered: Promise<Answered>,
  status: number,
  what: string,
): Promise<unknown> {
  const got = await answered;
  if (got.status !== status) {
    throw new Error(`${what}: ${got.status} ${JSON.stringify(got.body)}`);
  }
  return got.body;
}

/**
 * An account given a role in the inspection by the administrator, over HTTP, and signed in
 * (`{id}@inspectorate.example`, member id `id`).
 */
export async function memberOf(
  base: string,
  admin: Session,
  inspectionId: string,
  who: { id: string; name: string; role: string },
  password: string,
): Promise<Session> {
  const email = `${who.id}@inspectorate.example`;
  const made = (await expectStatus(
    call(base, 'POST', '/api/accounts', { email, name: who.name, password }, admin),
    201,
    `account ${who.id}`,
  )) as { id: string };
  const role = { role: who.role, memberId: who.id };
  const path = `/api/inspections/${inspectionId}/members/${made.id}`;
  await expectStatus(call(base, 'PUT', path, role, admin), 200, `role of ${who.id}`);
  const signed = await call(base, 'POST', '/api/sign-in', { email, password });
  if (!signed.session) throw new Error(`sign-in ${email}: ${signed.status}`);
  return signed.session;
}

export type PushAnswer = { status: 'merged' | 'already-merged'; seq: number; counts: FileCounts };

/**
 * Pushes `work` under `pushId`, starting with `servers[first]` and going round them while a
 * server cannot be reached (killed, restarting) or answers 503 (its database out of reach). Any
 * other answer but 200 is a failure: a fault must never turn into a refusal or a 500.
 */
export async function pushWithRetries(
  servers: readonly (() => string)[],
  first: number,
  inspectionId: string,
  push: { pushId: string; work: WorkFile },
  as: Session,
  onSend: (base: string) => void = () => undefined,
): Promise<PushAnswer & { attempts: number }> {
  for (let attempt = 0; attempt < 40; attempt++) {
    const base = servers[(first + attempt) % servers.length]!();
    onSend(base);
    try {
      const got = await call(base, 'POST', `/api/inspections/${inspectionId}/push`, push, as);
      if (got.status === 503) {
        await new Promise((r) => setTimeout(r, 100 + 50 * attempt));
        continue;
      }
      if (got.status !== 200) {
        throw new Error(`push ${push.pushId} answered ${got.status}: ${JSON.stringify(got.body)}`);
      }
      return { ...(got.body as PushAnswer), attempts: attempt + 1 };
    } catch (error) {
      if (!(error instanceof TypeError)) throw error; // fetch's "could not reach / hung up"
      await new Promise((r) => setTimeout(r, 100 + 50 * attempt));
    }
  }
  throw new Error(`push ${push.pushId} never reached a server`);
}

/**
 * Sends a push and hangs up without reading the answer, once `landed()` says the server has
 * taken it (so the test knows the answer was lost, not the push).
 */
export async function pushAndHangUp(
  base: string,
  inspectionId: string,
  push: { pushId: string; work: WorkFile },
  as: Session,
  landed: () => Promise<boolean>,
): Promise<void> {
  const body = JSON.stringify(push);
  const url = new URL(`${base}/api/inspections/${inspectionId}/push`);
  const sent = httpRequest(url, {
    method: 'POST',
    headers: { ...headers(as, true), 'content-length': String(Buffer.byteLength(body)) },
  });
  // The answer is never read: the connection goes before it would be.
  sent.on('error', () => undefined);
  sent.end(body);
  for (let waited = 0; waited < 30_000; waited += 50) {
    if (await landed()) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  sent.destroy();
}
