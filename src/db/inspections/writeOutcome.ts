/**
 * What the inspection stores share: how they report what went wrong, as values rather than
 * exceptions — `invalid` (with every problem, as JSON paths such as `areas[2].name`), `missing`
 * (the inspection is gone), `failed` (the browser's storage refused) — and the clock that
 * stamps their writes (tests pass their own).
 */
import type { ValidationError } from '../../core';
import { classifyWriteError, type WriteFailure } from '../connection';

export type Failed = {
  readonly status: 'failed';
  readonly reason: WriteFailure;
  readonly detail: string;
};
export type Missing = { readonly status: 'missing'; readonly message: string };
export type Refused = { readonly status: 'invalid'; readonly errors: readonly ValidationError[] };

export function failed(error: unknown): Failed {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { status: 'failed', reason: classifyWriteError(error), detail };
}

export const NO_INSPECTION: Missing = {
  status: 'missing',
  message: 'This inspection is no longer on this device.',
};

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
