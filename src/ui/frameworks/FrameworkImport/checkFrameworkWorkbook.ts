/**
 * Checks the bytes of a framework workbook (.xlsx) in a Web Worker, where the spreadsheet
 * library is loaded; on the page after a tick where workers are unavailable (tests in jsdom,
 * a worker that fails to start), as checkFrameworkFile.ts does for JSON. Choosing a workbook
 * starts the worker and its library at once (`prepareWorkbookCheck`), so checking it is quick.
 */
import { type Framework, readFrameworkWorkbook, type ValidationResult } from '../../../core';
import { openWorkbook } from '../workbookLibrary';
import { checkOffPage, startWorker } from './checkOffPage';

/** A worker started when a workbook was chosen, waiting for its bytes. */
let prepared: Worker | null = null;

function workbookWorker(): Worker | null {
  return startWorker(
    () =>
      new Worker(new URL('./checkFrameworkWorkbook.worker.ts', import.meta.url), {
        type: 'module',
      }),
  );
}

/** Starts the worker and its library for a workbook about to be checked. */
export function prepareWorkbookCheck() {
  if (prepared) return;
  prepared = workbookWorker();
  prepared?.postMessage('prepare');
}

export function checkFrameworkWorkbook(bytes: Uint8Array): Promise<ValidationResult<Framework>> {
  const worker = prepared ?? workbookWorker();
  prepared = null;
  return checkOffPage(worker, bytes, (input) => readFrameworkWorkbook(input, openWorkbook));
}
