/**
 * Refusing a request: a status and a body in the API's error format (`apiErrorSchema`). Routes
 * throw a `Refusal`; the app's error handler sends it. Nothing is written by a refused request:
 * every write happens in a transaction that a throw rolls back.
 */
import type { ApiError, Invalid } from '../../core';
import { apiProblems } from '../../core';

export class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiError,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(body.error);
    this.name = 'Refusal';
  }
}

export const notSignedIn = () => new Refusal(401, { error: 'Sign in to the team server first.' });

export const notAllowed = (what: string) =>
  new Refusal(403, { error: `Your account may not ${what}.` });

export const notFound = (what: string) => new Refusal(404, { error: `${what} was not found.` });

export const badRequest = (result: Invalid) => new Refusal(400, apiProblems(result));

/** The body of a 404 for an address the server has nothing at. */
export const nothingAt = (method: string, url: string) => ({
  error: `There is nothing at ${method} ${url}.`,
});
