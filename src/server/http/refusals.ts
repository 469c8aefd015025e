/**
 * Refusing a request: a status and a body in the API's error format (`apiErrorSchema`). Routes
 * throw a `Refusal`; the app's error handler sends it, worded in the request's language
 * (replyLanguage.ts). Nothing is written by a refused request: every write happens in a
 * transaction that a throw rolls back.
 */
import type { ApiError, Invalid, Translator } from '../../core';
import { apiProblems, ENGLISH } from '../../core';

/** A body as it is, or worded when it is sent, in the request's language. */
export type RefusalBody = ApiError | ((tr: Translator) => ApiError);

export class Refusal extends Error {
  constructor(
    readonly status: number,
    private readonly body: RefusalBody,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(typeof body === 'function' ? body(ENGLISH).error : body.error);
    this.name = 'Refusal';
  }

  /** The body in the language of the request being answered. */
  bodyIn(tr: Translator): ApiError {
    return typeof this.body === 'function' ? this.body(tr) : this.body;
  }
}

/** A refusal said in one sentence, worded in the request's language. */
export const refusal = (status: number, sentence: (tr: Translator) => string) =>
  new Refusal(status, (tr) => ({ error: sentence(tr) }));

export const notSignedIn = () =>
  refusal(401, (tr) => tr.t('server', 'Sign in to the team server first.'));

export const notFound = (sentence: (tr: Translator) => string) => refusal(404, sentence);

export const badRequest = (result: Invalid) => new Refusal(400, apiProblems(result));

/** The body of a 404 for an address the server has nothing at. */
export const nothingAt = (method: string, url: string, tr: Translator) => ({
  error: tr.t('server', 'There is nothing at {method} {url}.', { method, url }),
});
