/**
 * Real headless Chromium for the e2e tests: Debian's chromium driven by playwright-core.
 * `launchBrowser` gives a fresh profile per test; `launchKillableBrowser` runs Chromium as a
 * process we own, on a profile directory we choose, so a test can kill it (SIGKILL) mid-edit
 * and start it again on the same profile.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
// @ts-expect-error -- plain .mjs helper shared with the npm scripts
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/chromium.mjs';

export function chromiumPath(): string {
  const path = (findChromium as () => string | null)();
  if (!path) throw new Error('Chromium not found: run `node scripts/ensure-chromium.mjs` first.');
  return path;
}

export type Session = {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  close: () => Promise<void>;
};

/** A fresh browser and profile, closed (and its profile deleted) by `close`. */
export async function launchBrowser(
  options: { viewport?: { width: number; height: number } } = {},
): Promise<Session> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS as string[],
    headless: true,
  });
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  const page = await context.newPage();
  collectPageErrors(page);
  return { browser, context, page, close: () => browser.close() };
}

export type KillableSession = {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Kills the Chromium process tree at once, as a crash or power cut would. */
  kill: () => Promise<void>;
  close: () => Promise<void>;
};

export function makeProfileDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'case-audit-profile-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Starts Chromium on `profileDir` and connects to it over the DevTools protocol. */
export async function launchKillableBrowser(profileDir: string): Promise<KillableSession> {
  const child: ChildProcess = spawn(
    chromiumPath(),
    [
      ...(CHROMIUM_ARGS as string[]),
      `--user-data-dir=${profileDir}`,
      '--remote-debugging-port=0',
      'about:blank',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${buffer}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(buffer);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}): ${buffer}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0]!;
  const page = context.pages()[0] ?? (await context.newPage());
  collectPageErrors(page);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = async () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      child.kill('SIGKILL');
    }
    await exited;
  };
  return {
    browser,
    context,
    page,
    kill,
    close: async () => {
      await browser.close().catch(() => undefined);
      await kill();
    },
  };
}

const pageErrors = new WeakMap<Page, Error[]>();

function collectPageErrors(page: Page) {
  const errors: Error[] = [];
  pageErrors.set(page, errors);
  page.on('pageerror', (error) => errors.push(error));
}

/** Uncaught exceptions the page has thrown so far: tests assert there are none. */
export function uncaughtErrors(page: Page): Error[] {
  return pageErrors.get(page) ?? [];
}
