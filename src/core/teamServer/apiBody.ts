/**
 * Reading a request body (or query) against its schema: the value, or the problems with the
 * field named, as every importer in core reports them. The server refuses the request whole.
 */
import type { z } from 'zod';
import { cappedErrors } from '../validation/cappedErrors';
import {
  type Invalid,
  invalid,
  type ValidationResult,
  valid,
} from '../validation/validationResult';
import { issuesToErrors } from '../validation/zodIssues';
import type { ApiError } from './accountSchemas';

export function readApiBody<S extends z.ZodType>(
  schema: S,
  value: unknown,
): ValidationResult<z.output<S>> {
  const parsed = schema.safeParse(value);
  return parsed.success
    ? valid(parsed.data)
    : invalid(cappedErrors(issuesToErrors(parsed.error.issues)));
}

const WHOLE = '(the whole file)';

/** The body of a 400: the first problem in the sentence, all of them listed. */
export function apiProblems(result: Invalid): ApiError {
  const problems = result.errors.map(({ path, message }) => ({
    path: path === WHOLE ? '(the whole request)' : path,
    message,
  }));
  const [first] = problems;
  return {
    error: first ? `${first.path}: ${first.message}` : 'The request could not be read.',
    problems,
  };
}
