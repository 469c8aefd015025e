/**
 * Checks the bytes of a framework workbook (.xlsx) in a Web Worker, where the spreadsheet
 * library is loaded; on the page after a tick where workers are unavailable (tests in jsdom,
 * a worker that fails to start), as checkFrameworkFile.ts does for JSON. Choosing a workbook
 * starts the worker and its library at once (`prepareWorkbookCheck`), so checking it is quick.
 */
import { type Framework, readFrameworkWorkbook, type ValidationResult } from '../../../core';
import { openWorkbook } from '../workbookLibrary';

/** A worker started when a workbook was chosen, waiting for its bytes. */
let prepared: Worker | null = null;

async function onThisPage(bytes: Uint8Array): Promise<ValidationResult<Framework>> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  return readFrameworkWorkbook(bytes, openWorkbook);
}

function startWorker(): Worker | null {
  try {
    return new Worker(new URL('./checkFrameworkWorkbook.worker.ts', import.meta.url), {
      type: 'module',
    });
  } catch {
    return null;
  }
}

/** Starts the worker and its library for a workbook about to be checked. */
export function prepareWorkbookCheck() {
  if (typeof Worker === 'undefined' || prepared) return;
  prepared = startWorker();
  prepared?.postMessage('prepare');
}

function inWorker(bytes: Uint8Array): Promise<ValidationResult<Framework>> {
  return new Promise((resolve, reject) => {
    const worker = prepared ?? startWorker();
    prepared = null;
    if (!worker) {
      onThisPage(bytes).then(resolve, reject);
      return;
    }
    worker.onmessage = (event: MessageEvent<ValidationResult<Framework>>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      onThisPage(bytes).then(resolve, reject);
    };
    worker.postMessage(bytes);
  });
}

export function checkFrameworkWorkbook(bytes: Uint8Array): Promise<ValidationResult<Framework>> {
  return typeof Worker === 'undefined' ? onThisPage(bytes) : inWorker(bytes);
}
