/**
 * The app shell: how much code the first screen needs, and how fast it shows when loaded offline
 * from the service-worker cache. The first screen is the protection gate's (set-up on a fresh
 * profile, unlock after), shown before any case data is read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { plural } from '../../src/core';
import {
  gateScreenShownAt,
  markGate,
  pastGate,
  SET_UP_SCREEN,
  UNLOCK_SCREEN,
  WELSH_SET_UP_SCREEN,
} from './gate';
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

/**
 * What the first screen loaded (a page showing it): every script and stylesheet it fetched, or
 * with `shownAt`, those it started fetching before it showed (what the app fetches once the
 * screen is idle, for the screens after it, is not the first screen's).
 */
export async function firstScreenFiles(
  page: Page,
  shownAt = Number.POSITIVE_INFINITY,
): Promise<{ js: string[]; css: string[] }> {
  const loaded = await page.evaluate(
    (before) =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime <= before)
        .map((e) => new URL(e.name).pathname)
        .concat(
          [...document.querySelectorAll('link[rel=stylesheet]')].map(
            (l) => new URL((l as HTMLLinkElement).href).pathname,
          ),
        ),
    shownAt,
  );
  const unique = [...new Set(loaded)];
  return {
    js: unique.filter((p) => p.endsWith('.js') && !p.endsWith('sw.js')),
    css: unique.filter((p) => p.endsWith('.css')),
  };
}

/**
 * Loads the app's first address offline, `RUNS + 1` times, until the gate screen with this
 * heading shows; returns the times from the start of loading (the first run, which warms the
 * browser's code cache, left out).
 */
async function offlineLoads(page: Page, url: string, heading: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    await page.goto(`${url}/`);
    const t = await gateScreenShownAt(page, heading);
    if (i > 0) times.push(t);
  }
  return times;
}

function offlineRow(screen: string, times: readonly number[], note: string): BenchRow {
  return {
    name: `navigation → ${screen} shown, offline (SW cache)`,
    size: plural(times.length, 'run'),
    median: ms(median(times)),
    note: `min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))}; ${note}`,
  };
}

/**
 * The first screen is the protection gate's: the set-up screen on a fresh profile, the unlock
 * screen on every later visit. Each is measured: the code it loads, and how soon it shows when
 * loaded offline from the service-worker cache.
 */
export async function benchAppShell(): Promise<BenchRow[]> {
  const server = await serveBuild();
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    await markGate(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    const setUp = await firstScreenFiles(page, await gateScreenShownAt(page, SET_UP_SCREEN));

    // Offline from the service-worker cache: network off, server untouched but unreachable.
    await context.setOffline(true);
    const setUpTimes = await offlineLoads(page, server.url, SET_UP_SCREEN);

    // Protection set up (offline, as it may be): from now on every visit opens on the unlock screen.
    await pastGate(page);
    await context.setOffline(false);
    await page.goto(`${server.url}/`);
    const unlock = await firstScreenFiles(page, await gateScreenShownAt(page, UNLOCK_SCREEN));
    await context.setOffline(true);
    const unlockTimes = await offlineLoads(page, server.url, UNLOCK_SCREEN);

    // Welsh remembered on the device: the first screen waits for the Welsh catalogue too.
    const welshContext = await browser.newContext();
    await welshContext.addInitScript(() => localStorage.setItem('case-audit.language', 'cy'));
    await markGate(welshContext);
    const welshPage = await welshContext.newPage();
    await welshPage.goto(`${server.url}/`);
    await welshPage.evaluate(() => navigator.serviceWorker.ready);
    await welshPage.reload();
    const welsh = await firstScreenFiles(
      welshPage,
      await gateScreenShownAt(welshPage, WELSH_SET_UP_SCREEN),
    );
    await welshContext.setOffline(true);
    const welshTimes = await offlineLoads(welshPage, server.url, WELSH_SET_UP_SCREEN);
    // What Welsh adds to the set-up screen: its areas of the Welsh catalogue.
    const catalogue = welsh.js.filter((p) => !setUp.js.includes(p));

    const jsRows = (screen: string, files: { js: string[] }): BenchRow[] => [
      {
        name: `first-screen JavaScript (raw), ${screen}`,
        size: plural(files.js.length, 'file'),
        median: kb(builtSize(files.js, false)),
      },
      {
        name: `first-screen JavaScript (gzip), ${screen}`,
        size: plural(files.js.length, 'file'),
        median: kb(builtSize(files.js, true)),
        note: 'target ≤ 60 KB',
      },
    ];
    return [
      ...jsRows('set-up screen (fresh profile)', setUp),
      {
        name: 'first-screen CSS (raw), set-up screen',
        size: plural(setUp.css.length, 'file'),
        median: kb(builtSize(setUp.css, false)),
      },
      {
        name: 'first-screen CSS (gzip), set-up screen',
        size: plural(setUp.css.length, 'file'),
        median: kb(builtSize(setUp.css, true)),
      },
      offlineRow('set-up screen', setUpTimes, 'fresh profile; target ≤ 300 ms'),
      ...jsRows('unlock screen (every later visit)', unlock),
      offlineRow('unlock screen', unlockTimes, 'protection set up; target ≤ 300 ms'),
      ...jsRows('set-up screen in Welsh', welsh),
      {
        name: 'the Welsh catalogue of the first screen (gzip), fetched only when Welsh is chosen',
        size: plural(catalogue.length, 'file'),
        median: kb(builtSize(catalogue, true)),
        note: 'in the set-up screen in Welsh above',
      },
      offlineRow(
        'set-up screen in Welsh',
        welshTimes,
        'fresh profile, Welsh remembered; target ≤ 300 ms',
      ),
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}
