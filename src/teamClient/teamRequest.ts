/**
 * One request to the team server, JSON both ways, the answer read against its core schema. To the
 * server that served the page: with the session cookie, and the CSRF token on every request that
 * changes anything. To one connected to by its address: across origins (CORS), no cookie, the
 * session's token as `Authorization: Bearer`. Nothing throws: a refusal, an unreadable answer and
 * a network failure are each a value.
 */
import type { z } from 'zod';
import { apiErrorSchema, type TeamConnection } from '../core';
import { connectionNow, setConnection } from './teamConnection';
import { setSignedIn, signedInNow } from './teamSession';

export type TeamProblem = { path: string; message: string };

export type TeamReply<T> =
  | { status: 'ok'; value: T }
  | {
      status: 'refused';
      httpStatus: number;
      error: string;
      problems: readonly TeamProblem[];
      /** After too many sign-ins that were not right: the seconds to wait (429's Retry-After). */
      retryAfterSeconds: number | null;
    }
  | { status: 'unreachable'; error: string };

export const UNREACHABLE = 'The team server could not be reached. Check the network and try again.';
const UNREADABLE = 'The team server’s answer could not be read.';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Long enough for a push of thousands of answers on a slow network. */
const REQUEST_TIMEOUT_MS = 60_000;

function refused(response: Response, body: unknown): TeamReply<never> {
  const parsed = apiErrorSchema.safeParse(body);
  const retryAfter = Number(response.headers.get('retry-after'));
  return {
    status: 'refused',
    httpStatus: response.status,
    error: parsed.success ? parsed.data.error : UNREADABLE,
    problems: parsed.success ? (parsed.data.problems ?? []) : [],
    retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
  };
}

async function jsonOf(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/** The request's address, headers and credentials, by where the server is. */
function requestInit(
  connection: TeamConnection,
  method: Method,
  path: string,
  body: unknown,
): { url: string; init: RequestInit } {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  // The server words its refusals in the language the page is in (Welsh or English).
  const language = globalThis.document?.documentElement.lang;
  if (language) headers['accept-language'] = language;
  const init = {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    // A network that takes a request and never answers is a network that cannot be reached:
    // the screens say so and offer to try again rather than wait for ever.
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  };
  if (connection.address === '') {
    const csrfToken = signedInNow()?.csrfToken;
    if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
    return { url: path, init: { ...init, credentials: 'same-origin' } };
  }
  // The bearer token needs no CSRF token: a browser never adds it by itself.
  if (connection.token) headers.authorization = `Bearer ${connection.token}`;
  return {
    url: `${connection.address}${path}`,
    init: { ...init, credentials: 'omit', mode: 'cors' },
  };
}

/** Sends the request; the response when it is a success, else the refusal or failure. */
async function send(
  connection: TeamConnection,
  method: Method,
  path: string,
  body: unknown,
): Promise<{ status: 'answered'; response: Response } | TeamReply<never>> {
  const { url, init } = requestInit(connection, method, path, body);
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch {
    return { status: 'unreachable', error: UNREACHABLE };
  }
  if (response.ok) return { status: 'answered', response };
  if (response.status === 401) forgetSession(connection);
  return refused(response, await jsonOf(response));
}

/**
 * Sends `body` (if any) to `path` on `connection`'s server and reads the JSON answer against
 * `schema` (`z.undefined()` for an answer with nothing in it, a 204). A 401 means the session has
 * ended (signed out elsewhere, expired, the account disabled): the page forgets who was signed
 * in, and the connection its token.
 */
export async function requestAt<S extends z.ZodType>(
  connection: TeamConnection,
  method: Method,
  path: string,
  schema: S,
  body?: unknown,
): Promise<TeamReply<z.output<S>>> {
  const sent = await send(connection, method, path, body);
  if (sent.status !== 'answered') return sent;
  const parsed = schema.safeParse(await jsonOf(sent.response));
  return parsed.success
    ? { status: 'ok', value: parsed.data }
    : refused(sent.response, { error: UNREADABLE });
}

/** A text answer (the audit log's CSV) from the server connected to now. */
export async function teamText(path: string): Promise<TeamReply<string>> {
  const sent = await send(connectionNow(), 'GET', path, undefined);
  if (sent.status !== 'answered') return sent;
  try {
    return { status: 'ok', value: await sent.response.text() };
  } catch {
    return { status: 'unreachable', error: UNREACHABLE };
  }
}

/** The session is over: no one is signed in, and a token-session's token is forgotten. */
function forgetSession(connection: TeamConnection): void {
  setSignedIn(null);
  const now = connectionNow();
  if (connection.token && now.address === connection.address && now.token === connection.token) {
    setConnection({ address: now.address });
  }
}

/** One request to the server this page is connected to now (`connectionNow()`). */
export function teamRequest<S extends z.ZodType>(
  method: Method,
  path: string,
  schema: S,
  body?: unknown,
): Promise<TeamReply<z.output<S>>> {
  return requestAt(connectionNow(), method, path, schema, body);
}
