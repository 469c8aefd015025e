/**
 * What the framework page's "Published figures" part does: download the figures in use, import a
 * file (read against this framework version; refused whole, every problem with its place), remove
 * the imported figures; and what it then says, as the banner or the error summary.
 */
import {
  BENCHMARKS_MAX_BYTES,
  type BenchmarkSet,
  benchmarkFileName,
  type Framework,
  type ValidationError,
  writeBenchmarkSet,
} from '../../../core';
import type { WriteFailure } from '../../../db/connection';
import {
  importBenchmarkSet,
  removeImportedBenchmarks,
} from '../../../db/frameworks/benchmarkStore';
import { downloadFile } from '../../components/downloadFile';
import type { SummaryError } from '../../components/ErrorSummary';
import { t } from '../../i18n/translate';

export const FIGURES_FIELD_ID = 'published-figures-file';

/** What was just done, for the success banner. */
export type FiguresNotice =
  | {
      readonly kind: 'imported';
      readonly figures: number;
      readonly title: string;
      readonly replaced: boolean;
    }
  | { readonly kind: 'removed'; readonly shipped: boolean };

/** Why nothing was done, for the error summary. */
export type FiguresProblem =
  | { readonly kind: 'no-file' }
  | {
      readonly kind: 'invalid';
      readonly fileName: string;
      readonly errors: readonly ValidationError[];
    }
  | { readonly kind: 'not-done'; readonly message: string };

export type FiguresOutcome =
  | { readonly notice: FiguresNotice; readonly problem: null }
  | { readonly notice: null; readonly problem: FiguresProblem };

const done = (notice: FiguresNotice): FiguresOutcome => ({ notice, problem: null });
const refused = (problem: FiguresProblem): FiguresOutcome => ({ notice: null, problem });

function storageRefused(reason: WriteFailure, what: string): string {
  switch (reason) {
    case 'quota':
      return t(
        'frameworks',
        '{what}: this device has run out of storage space. Free some space, then try again.',
        { what },
      );
    case 'closed':
      return t(
        'frameworks',
        '{what}: the browser closed its storage. Reload the page, then try again.',
        { what },
      );
    case 'other':
      return t('frameworks', '{what}: the browser’s storage refused. Try again.', { what });
  }
}

/** The set in use as a file, in core's stable order (the same figures give the same text). */
export function downloadPublishedFigures(set: BenchmarkSet): void {
  const blob = new Blob([writeBenchmarkSet(set)], { type: 'application/json' });
  downloadFile(benchmarkFileName(set), blob);
}

/** Where a problem with the file as a whole is, in the error summary. */
function wholeFile(): string {
  return t('frameworks', '(the whole file)');
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Reads the chosen file and imports it for the framework version; resolves after the commit. */
export async function importFiguresFile(
  framework: Framework,
  file: File | undefined,
): Promise<FiguresOutcome> {
  if (!file) return refused({ kind: 'no-file' });
  const fileName = file.name;
  // Refused before reading: a huge file is the wrong file, and reading it costs memory.
  if (file.size > BENCHMARKS_MAX_BYTES) {
    const message = t('frameworks', 'is {size}; a published figures file can be at most {most}', {
      size: megabytes(file.size),
      most: megabytes(BENCHMARKS_MAX_BYTES),
    });
    return refused({ kind: 'invalid', fileName, errors: [{ path: wholeFile(), message }] });
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    const message = t(
      'frameworks',
      'could not be read: it may have been moved or deleted. Choose it again',
    );
    return refused({ kind: 'invalid', fileName, errors: [{ path: wholeFile(), message }] });
  }
  const outcome = await importBenchmarkSet(framework, text, fileName);
  switch (outcome.status) {
    case 'imported':
      return done({ kind: 'imported', ...outcome });
    case 'invalid':
      return refused({ kind: 'invalid', fileName, errors: outcome.errors });
    case 'missing':
      return refused({ kind: 'not-done', message: outcome.message });
    case 'failed':
      return refused({
        kind: 'not-done',
        message: storageRefused(
          outcome.reason,
          t('frameworks', 'The published figures were not imported'),
        ),
      });
  }
}

/** Removes the imported figures; the shipped ones, if any, are used again. */
export async function removeFigures(framework: Framework): Promise<FiguresOutcome> {
  const outcome = await removeImportedBenchmarks(framework);
  switch (outcome.status) {
    case 'removed':
      return done({ kind: 'removed', shipped: outcome.shipped });
    case 'missing':
      return refused({ kind: 'not-done', message: outcome.message });
    case 'failed':
      return refused({
        kind: 'not-done',
        message: storageRefused(
          outcome.reason,
          t('frameworks', 'The imported figures were not removed'),
        ),
      });
  }
}

/** Core's last line counting the problems it did not list reads as a sentence of its own. */
const NOT_LISTED = /^and [\d,]+ more problems? not listed$/;

/** The error summary's lines: each problem with its place, e.g. "figures[3].base: …". */
export function figuresSummaryErrors(problem: FiguresProblem | null): SummaryError[] {
  switch (problem?.kind) {
    case undefined:
      return [];
    case 'no-file':
      return [
        { href: `#${FIGURES_FIELD_ID}`, text: t('frameworks', 'Select a published figures file') },
      ];
    case 'invalid':
      return problem.errors.map((e) => ({
        text: NOT_LISTED.test(e.message) ? e.message : `${e.path}: ${e.message}`,
      }));
    case 'not-done':
      return [{ text: problem.message }];
  }
}

/** The message at the file field. */
export function figuresFieldError(problem: FiguresProblem | null): string | undefined {
  switch (problem?.kind) {
    case 'no-file':
      return t('frameworks', 'Select a published figures file');
    case 'invalid': {
      const listed = problem.errors.filter((e) => !NOT_LISTED.test(e.message)).length;
      const more = problem.errors.length > listed ? 'yes' : 'no';
      return t(
        'frameworks',
        '{file} was not imported: {count, plural, one {# problem} other {# problems}}{more, select, yes { or more} other {}}, listed above',
        { file: problem.fileName, count: listed, more },
      );
    }
    default:
      return undefined;
  }
}
