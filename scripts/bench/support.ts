/**
 * Shared pieces for `npm run bench`: statistics over repeated runs, the production build served
 * locally, and headless Chromium. Figures are measured, never asserted.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { preview } from 'vite';
// @ts-expect-error -- plain .mjs helper shared with the npm scripts
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';

export type BenchRow = { name: string; size: string; median: string; note?: string };

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function ms(value: number): string {
  return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(2)} ms`;
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times, and returns the timings in ms. */
export async function timeRuns(
  fn: () => unknown | Promise<unknown>,
  runs = 7,
  warmup = 2,
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times;
}

export function buildApp(): void {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
}

export async function serveBuild(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = await preview({
    preview: { port: 0, host: '127.0.0.1', open: false },
    logLevel: 'silent',
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string')
    throw new Error('preview server has no port');
  return { url: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}

function chromiumPath(): string {
  const executablePath = (findChromium as () => string | null)();
  if (!executablePath)
    throw new Error('Chromium not found: run `node scripts/ensure-chromium.mjs`.');
  return executablePath;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS as string[],
    headless: true,
  });
}

/**
 * Chromium on a fresh profile on disk, removed on close: an incognito context keeps IndexedDB
 * in memory and would flatter the figures. `prefix` names the profile's temporary folder.
 */
export async function launchPersistentChromium(
  prefix: string,
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS as string[],
    headless: true,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function printTable(title: string, rows: readonly BenchRow[]): void {
  console.log(`\n## ${title}\n`);
  const header: BenchRow = { name: 'measure', size: 'size', median: 'median', note: 'note' };
  const all = [header, ...rows];
  const w = (k: keyof BenchRow) => Math.max(...all.map((r) => (r[k] ?? '').length));
  const line = (r: BenchRow) =>
    `| ${r.name.padEnd(w('name'))} | ${r.size.padEnd(w('size'))} | ${r.median.padStart(w('median'))} | ${(r.note ?? '').padEnd(w('note'))} |`;
  console.log(line(header));
  console.log(
    `|${'-'.repeat(w('name') + 2)}|${'-'.repeat(w('size') + 2)}|${'-'.repeat(w('median') + 2)}|${'-'.repeat(w('note') + 2)}|`,
  );
  for (const row of rows) console.log(line(row));
}
