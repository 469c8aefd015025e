/**
 * Reads and checks a framework file chosen by the user. The check (JSON parsing, the schema and
 * the cross-checks) runs in a Web Worker: a 4 MB file takes a noticeable moment to check, and
 * the page stays responsive meanwhile. Where workers are unavailable (tests in jsdom, a worker
 * that fails to start) the same check runs on the page after a tick, so the "Checking" status
 * is shown first.
 */
import {
  FRAMEWORK_MAX_BYTES,
  type Framework,
  invalid,
  loadFramework,
  type ValidationResult,
} from '../../../core';

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function onThisPage(text: string): Promise<ValidationResult<Framework>> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  return loadFramework(text);
}

function inWorker(text: string): Promise<ValidationResult<Framework>> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./checkFrameworkText.worker.ts', import.meta.url), {
        type: 'module',
      });
    } catch {
      onThisPage(text).then(resolve, reject);
      return;
    }
    worker.onmessage = (event: MessageEvent<ValidationResult<Framework>>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      // The worker could not start, or the check hit a bug: try once on the page, which
      // reports a bug as a rejection rather than hanging.
      event.preventDefault();
      worker.terminate();
      onThisPage(text).then(resolve, reject);
    };
    worker.postMessage(text);
  });
}

/** Checks framework text, off the page when the browser allows. */
export function checkFrameworkText(text: string): Promise<ValidationResult<Framework>> {
  return typeof Worker === 'undefined' ? onThisPage(text) : inWorker(text);
}

/** Reads a chosen file and checks it as a framework. Never stores anything. */
export async function checkFrameworkFile(file: File): Promise<ValidationResult<Framework>> {
  // Refused before reading: a huge file is the wrong file, and reading it costs memory.
  if (file.size > FRAMEWORK_MAX_BYTES) {
    return invalid([
      {
        path: '(the whole file)',
        message: `is ${megabytes(file.size)}; a framework file can be at most ${megabytes(FRAMEWORK_MAX_BYTES)}`,
      },
    ]);
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return invalid([
      {
        path: '(the whole file)',
        message: 'could not be read: it may have been moved or deleted. Choose it again',
      },
    ]);
  }
  return checkFrameworkText(text);
}
