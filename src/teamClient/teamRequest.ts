/**
 * One request to the team server: same origin, with the session cookie, JSON both ways, the CSRF
 * token on every request that changes anything, and the answer read against its core schema.
 * Nothing throws: a refusal, an unreadable answer and a network failure are each a value.
 */
import type { z } from 'zod';
import { apiErrorSchema } from '../core';
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

/**
 * Sends `body` (if any) and reads the JSON answer against `schema` (`z.undefined()` for an
 * answer with nothing in it, a 204). A 401 means the session has ended (signed out elsewhere, expired,
 * the account disabled): the page forgets who was signed in.
 */
export async function teamRequest<S extends z.ZodType>(
  method: Method,
  address: string,
  schema: S,
  body?: unknown,
): Promise<TeamReply<z.output<S>>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const csrfToken = signedInNow()?.csrfToken;
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(address, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
      // A network that takes a request and never answers is a network that cannot be reached:
      // the screens say so and offer to try again rather than wait for ever.
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch {
    return { status: 'unreachable', error: UNREACHABLE };
  }
  if (!response.ok) {
    if (response.status === 401) setSignedIn(null);
    return refused(response, await jsonOf(response));
  }
  const parsed = schema.safeParse(await jsonOf(response));
  return parsed.success
    ? { status: 'ok', value: parsed.data }
    : refused(response, { error: UNREADABLE });
}
