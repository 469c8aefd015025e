/**
 * Files kept beside a framework version (published figures, a recommendations register): each
 * names the framework and version it is for, and is read only against that version. The shared
 * first steps of reading one: a JSON object, its schema, and the version it names.
 */
import type { z } from 'zod';
import { cappedErrors, wholeFile } from '../validation/cappedErrors';
import { invalid, type ValidationResult, valid } from '../validation/validationResult';
import { issuesToErrors } from '../validation/zodIssues';
import type { Framework } from './frameworkSchema';

type ForFramework = { readonly framework: { readonly id: string; readonly version: string } };

/**
 * `value` read by `schema` and checked to be for `framework`'s version; `holding` says what the
 * file should hold ("published figures"), `file` what to call it ("this register").
 */
export function readFileForFramework<T extends ForFramework>(
  value: unknown,
  schema: z.ZodType<T>,
  framework: Framework,
  words: { readonly holding: string; readonly file: string },
): ValidationResult<T> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return invalid([wholeFile(`must be a JSON object holding ${words.holding}`)]);
  }
  const parsed = schema.safeParse(value, { reportInput: true });
  if (!parsed.success) return invalid(cappedErrors(issuesToErrors(parsed.error.issues)));
  const { id, version } = parsed.data.framework;
  if (id !== framework.id || version !== framework.version) {
    return invalid([
      {
        path: 'framework',
        message: `${words.file} is for ${id} ${version}, not ${framework.id} ${framework.version}`,
      },
    ]);
  }
  return valid(parsed.data);
}
