/**
 * The files a journey downloads, read as a person would: a download saved to disk, a PDF's text
 * page by page, its pages drawn to PNG (pdf.js in Chromium, no network) for a person to look at,
 * and every figure printed in a text ("38% (23/60)").
 */
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Session } from './browser';

const require = createRequire(import.meta.url);

export async function download(
  page: Page,
  button: string,
): Promise<{ name: string; path: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = join(mkdtempSync(join(tmpdir(), 'case-audit-download-')), file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

export async function pdfText(path: string): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(path)), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages;
}

/** Draws PDF pages with pdf.js in a Chromium page (no network: files served by the test) and saves PNGs. */
export async function renderPages(
  session: Session,
  path: string,
  pages: number[],
  artifacts: string,
): Promise<string[]> {
  const page = await session.context.newPage();
  const dir = require.resolve('pdfjs-dist/build/pdf.min.mjs').replace(/pdf\.min\.mjs$/, '');
  await page.route('http://pdf.test/**', (route) => {
    const name = new URL(route.request().url()).pathname.slice(1);
    if (name === 'index.html') {
      return route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><body style="margin:0;background:#888"><canvas id="c"></canvas><script type="module">
          import * as pdfjs from '/pdf.min.mjs';
          pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.min.mjs';
          window.pdfjs = pdfjs;
        </script></body>`,
      });
    }
    if (name === 'report.pdf')
      return route.fulfill({ contentType: 'application/pdf', body: readFileSync(path) });
    return route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(dir, name)) });
  });
  await page.goto('http://pdf.test/index.html');
  await page.waitForFunction(() => 'pdfjs' in window);
  mkdirSync(artifacts, { recursive: true });
  const files: string[] = [];
  for (const n of pages) {
    await page.evaluate(async (number) => {
      // biome-ignore lint/suspicious/noExplicitAny: pdf.js is loaded at run time in this page.
      const pdfjs = (window as any).pdfjs;
      const pdf = await pdfjs.getDocument('/report.pdf').promise;
      const p = await pdf.getPage(number);
      const viewport = p.getViewport({ scale: 1.4 });
      const canvas = document.getElementById('c') as HTMLCanvasElement;
      canvas.width = viewport.width;
      canvas.height = viewport.height;
      await p.render({ canvasContext: canvas.getContext('2d'), viewport }).promise;
    }, n);
    const file = join(artifacts, `page-${String(n).padStart(2, '0')}.png`);
    await page.locator('#c').screenshot({ path: file });
    files.push(file);
  }
  await page.close();
  return files;
}

/** Every figure as printed, "38% (23/60)", once each. */
export function figuresIn(text: string): string[] {
  return [...new Set(text.replace(/\s+/g, ' ').match(/\d+% \(\d+\/\d+\)/g) ?? [])].sort();
}
