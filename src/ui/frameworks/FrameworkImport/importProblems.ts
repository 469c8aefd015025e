/**
 * The steps of importing a framework file, and what the screen says about a file it refused:
 * in the error summary (every problem with its place in the file) and at the file field.
 */
import type { Framework, ValidationError } from '../../../core';
import { classifyWriteError } from '../../../db/connection';
import type { SummaryError } from '../../components/ErrorSummary';
import { t } from '../../i18n/translate';

export const FIELD_ID = 'framework-file';
/** More would bury the first problems; the rest are counted. */
const SHOWN_ERRORS = 100;

export type Problem =
  | { kind: 'no-file' }
  | { kind: 'invalid'; fileName: string; errors: readonly ValidationError[] }
  /** The library holds a different framework under this id and version. */
  | { kind: 'conflict'; key: string; fields: readonly string[] }
  | { kind: 'not-checked'; fileName: string }
  | { kind: 'not-saved'; reason: string };

export type Step =
  | { step: 'choose'; problem?: Problem }
  | { step: 'checking'; fileName: string }
  | { step: 'confirm'; fileName: string; framework: Framework; saving: boolean }
  /** The file is exactly a framework version the library already holds: nothing to add. */
  | { step: 'in-library'; fileName: string; framework: Framework; key: string }
  | { step: 'done'; status: 'added' | 'already-here'; key: string; title: string };

/** Core caps its list with a last line "and N more problems not listed"; read N from it. */
function splitCapped(errors: readonly ValidationError[]) {
  const last = errors.at(-1);
  const marker = last ? /^and ([\d,]+) more problems? not listed$/.exec(last.message) : null;
  const real = marker ? errors.slice(0, -1) : errors;
  const total = real.length + (marker ? Number(marker[1]?.replace(/,/g, '')) : 0);
  const listed = real.slice(0, SHOWN_ERRORS);
  return { listed, total, more: total - listed.length };
}

/** "title and sections": the top-level fields of the file that differ. */
function fieldsInWords(fields: readonly string[]): string {
  if (fields.length <= 1) return fields.join('');
  return t('frameworks', '{rest} and {last}', {
    rest: fields.slice(0, -1).join(', '),
    last: fields.at(-1) ?? '',
  });
}

export function summaryErrors(problem: Problem | undefined): SummaryError[] {
  if (!problem) return [];
  switch (problem.kind) {
    case 'no-file':
      return [{ href: `#${FIELD_ID}`, text: t('frameworks', 'Select a framework file') }];
    case 'invalid': {
      const { listed, more } = splitCapped(problem.errors);
      const lines = listed.map((e) => ({ text: `${e.path}: ${e.message}` }));
      return more > 0
        ? [...lines, { text: t('frameworks', 'and {more, number} more not listed', { more }) }]
        : lines;
    }
    case 'conflict':
      return [
        {
          href: `#${FIELD_ID}`,
          text: t(
            'frameworks',
            'A framework with this id and version ({key}) is already in the library and differs from this file{differs, select, yes { (different {fields})} other {}}. A published version never changes: give the new one a new version number.',
            {
              key: problem.key,
              differs: problem.fields.length > 0 ? 'yes' : 'no',
              fields: fieldsInWords(problem.fields),
            },
          ),
        },
      ];
    case 'not-checked':
      return [
        {
          href: `#${FIELD_ID}`,
          text: t(
            'frameworks',
            '{file} could not be checked. Nothing was added. Try again, or choose another file.',
            { file: problem.fileName },
          ),
        },
      ];
    case 'not-saved':
      return [
        {
          text: t('frameworks', 'The framework could not be saved on this device: {reason}', {
            reason: problem.reason,
          }),
        },
      ];
  }
}

export function fieldError(problem: Problem | undefined): string | undefined {
  switch (problem?.kind) {
    case 'no-file':
      return t('frameworks', 'Select a framework file');
    case 'invalid':
      return t(
        'frameworks',
        '{file} is not a valid framework file: {count, plural, one {# problem} other {# problems}}, listed at the top of the page',
        { file: problem.fileName, count: splitCapped(problem.errors).total },
      );
    case 'conflict':
      return t('frameworks', 'Choose a framework file with a new version number');
    case 'not-checked':
      return t('frameworks', 'Choose the file again');
    default:
      return undefined;
  }
}

export function saveFailure(error: unknown): string {
  switch (classifyWriteError(error)) {
    case 'quota':
      return t(
        'frameworks',
        'this device has run out of storage space. Free some space, then try again.',
      );
    case 'closed':
      return t('frameworks', 'the browser closed its storage. Reload the page, then try again.');
    default:
      return t('frameworks', "the browser's storage refused it ({reason}).", {
        reason: error instanceof Error ? error.message : String(error),
      });
  }
}
