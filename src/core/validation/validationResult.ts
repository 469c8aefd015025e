/**
 * Expected failures are values: every parser and importer in core returns one of these.
 * Throwing is for bugs.
 */

/** One problem in an input, and where it is: a JSON path such as `sections[2].standards[0].id`, or `row 14, column area` for a CSV file. */
export type ValidationError = {
  readonly path: string;
  readonly message: string;
};

export type Valid<T> = { readonly status: 'ok'; readonly value: T };
export type Invalid = { readonly status: 'invalid'; readonly errors: readonly ValidationError[] };
export type ValidationResult<T> = Valid<T> | Invalid;

export function valid<T>(value: T): Valid<T> {
  return { status: 'ok', value };
}

export function invalid(errors: readonly ValidationError[]): Invalid {
  return { status: 'invalid', errors };
}

/** Formats a path of keys and indexes as `a.b[2].c`; the empty path is the whole file. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(the whole file)' : out;
}
