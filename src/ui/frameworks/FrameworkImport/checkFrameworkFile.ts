/**
 * Reads and checks a framework file chosen by the user. The check (JSON parsing, the schema and
 * the cross-checks) runs in a Web Worker: a 4 MB file takes a noticeable moment to check, and
 * the page stays responsive meanwhile. Where workers are unavailable (tests in jsdom, a worker
 * that fails to start) the same check runs on the page after a tick, so the "Checking" status
 * is shown first. An Excel workbook (.xlsx, or an old .xls to be refused by name) is told by
 * its name or first bytes and checked by checkFrameworkWorkbook.ts.
 */
import {
  FRAMEWORK_MAX_BYTES,
  type Framework,
  invalid,
  loadFramework,
  type ValidationResult,
  WORKBOOK_MAX_BYTES,
} from '../../../core';
import { t } from '../../i18n/translate';
import { checkFrameworkWorkbook } from './checkFrameworkWorkbook';
import { checkOffPage, startWorker } from './checkOffPage';

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Checks framework text, off the page when the browser allows. */
export function checkFrameworkText(text: string): Promise<ValidationResult<Framework>> {
  const worker = startWorker(
    () =>
      new Worker(new URL('./checkFrameworkText.worker.ts', import.meta.url), { type: 'module' }),
  );
  return checkOffPage(worker, text, loadFramework);
}

/** Where a problem with the file as a whole is, in the error summary. */
function wholeFile(): string {
  return t('frameworks', '(the whole file)');
}

function notRead(): ValidationResult<Framework> {
  return invalid([
    {
      path: wholeFile(),
      message: t(
        'frameworks',
        'could not be read: it may have been moved or deleted. Choose it again',
      ),
    },
  ]);
}

/** A zip (.xlsx) or an old binary workbook (.xls), by name or by its first bytes. */
async function isWorkbook(file: File): Promise<boolean> {
  if (/\.xlsx?$/i.test(file.name)) return true;
  const start = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  const hex = [...start].map((b) => b.toString(16).padStart(2, '0')).join('');
  return hex === '504b0304' || hex === 'd0cf11e0';
}

/** Reads a chosen file and checks it as a framework. Never stores anything. */
export async function checkFrameworkFile(file: File): Promise<ValidationResult<Framework>> {
  let workbook: boolean;
  try {
    workbook = await isWorkbook(file);
  } catch {
    return notRead();
  }
  const limit = workbook ? WORKBOOK_MAX_BYTES : FRAMEWORK_MAX_BYTES;
  // Refused before reading: a huge file is the wrong file, and reading it costs memory.
  if (file.size > limit) {
    return invalid([
      {
        path: wholeFile(),
        message: t(
          'frameworks',
          'is {size}; a framework {workbook, select, yes {workbook} other {file}} can be at most {most}',
          { size: megabytes(file.size), workbook: workbook ? 'yes' : 'no', most: megabytes(limit) },
        ),
      },
    ]);
  }
  try {
    if (workbook) return await checkFrameworkWorkbook(new Uint8Array(await file.arrayBuffer()));
    return await checkFrameworkText(await file.text());
  } catch {
    return notRead();
  }
}
