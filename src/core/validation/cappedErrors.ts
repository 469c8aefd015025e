import { plural } from '../phrasing/plural';
import type { ValidationError } from './validationResult';

/** Enough problems to fix a file by; more would bury the first ones. */
const MAX_LISTED = 100;

/** A problem with a file as a whole rather than one place in it. */
export function wholeFile(message: string): ValidationError {
  return { path: '(the whole file)', message };
}

/**
 * The first problems, then a line counting the rest ("and 12 more problems not listed"); the
 * import screens read that count back to say how many problems a file has.
 */
export function cappedErrors(errors: readonly ValidationError[]): ValidationError[] {
  if (errors.length <= MAX_LISTED) return [...errors];
  return [
    ...errors.slice(0, MAX_LISTED),
    wholeFile(`and ${plural(errors.length - MAX_LISTED, 'more problem')} not listed`),
  ];
}
