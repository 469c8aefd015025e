/**
 * The app shell: how much code the first screen needs, and how fast it is interactive when
 * loaded offline from the service-worker cache.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { plural } from '../../src/core';
import { outDir, sized } from './mode';
import { type BenchRow, kb, launchChromium, median, ms, serveBuild } from './support';

const RUNS = sized(9, 1);

function gzipSize(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

/** Bytes of built files, raw or gzipped as a server would send them. */
export function builtSize(paths: readonly string[], gz: boolean): number {
  return paths.reduce(
    (n, p) => n + (gz ? gzipSize(join(outDir, p)) : readFileSync(join(outDir, p)).length),
    0,
  );
}

/** What the first screen loaded (a page showing it): every script and stylesheet it fetched. */
export async function firstScreenFiles(page: Page): Promise<{ js: string[]; css: string[] }> {
  const loaded = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .concat(
        [...document.querySelectorAll('link[rel=stylesheet]')].map(
          (l) => new URL((l as HTMLLinkElement).href).pathname,
        ),
      ),
  );
  const unique = [...new Set(loaded)];
  return {
    js: unique.filter((p) => p.endsWith('.js') && !p.endsWith('sw.js')),
    css: unique.filter((p) => p.endsWith('.css')),
  };
}

export async function benchAppShell(): Promise<BenchRow[]> {
  const server = await serveBuild();
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.waitForFunction(
      () => performance.getEntriesByName('case-audit:first-screen').length > 0,
    );

    const { js, css } = await firstScreenFiles(page);

    // Offline from the service-worker cache: network off, server untouched but unreachable.
    await context.setOffline(true);
    const times: number[] = [];
    for (let i = 0; i < RUNS + 1; i++) {
      await page.goto(`${server.url}/`);
      await page.waitForFunction(
        () => performance.getEntriesByName('case-audit:first-screen').length > 0,
      );
      const t = await page.evaluate(
        () => performance.getEntriesByName('case-audit:first-screen')[0]!.startTime,
      );
      if (i > 0) times.push(t); // the first run warms the browser's code cache
    }
    return [
      {
        name: 'first-screen JavaScript (raw)',
        size: plural(js.length, 'file'),
        median: kb(builtSize(js, false)),
      },
      {
        name: 'first-screen JavaScript (gzip)',
        size: plural(js.length, 'file'),
        median: kb(builtSize(js, true)),
        note: 'target ≤ 60 KB',
      },
      {
        name: 'first-screen CSS (raw)',
        size: plural(css.length, 'file'),
        median: kb(builtSize(css, false)),
      },
      {
        name: 'first-screen CSS (gzip)',
        size: plural(css.length, 'file'),
        median: kb(builtSize(css, true)),
      },
      {
        name: 'navigation → first screen interactive, offline (SW cache)',
        size: plural(RUNS, 'run'),
        median: ms(median(times)),
        note: `min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))}; target ≤ 300 ms`,
      },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}
