/**
 * Real headless Chromium for the e2e tests: Debian's chromium driven by playwright-core.
 * `launchBrowser` gives a fresh profile per test; `launchKillableBrowser` runs Chromium as a
 * process we own, on a profile directory we choose, so a test can kill it (SIGKILL) mid-edit
 * and start it again on the same profile. Every page passes the protection gate by itself as
 * the test inspector (support/protection.ts) unless `gate: 'by hand'`: journeys about
 * protection take its steps themselves.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
// @ts-expect-error -- plain .mjs helper shared with the npm scripts
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/chromium.mjs';
import { passGateWhenAsked } from './protection';

/** Whether pages pass the protection gate by themselves, or the journey takes its steps. */
export type Gate = 'passed' | 'by hand';

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
  options: { viewport?: { width: number; height: number }; gate?: Gate } = {},
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
  watchPages(context, options.gate ?? 'passed');
  const page = await context.newPage();
  await preparePage(page, options.gate ?? 'passed');
  return { browser, context, page, close: () => browser.close() };
}

export type KillableSession = {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Kills the Chromium process tree at once, as a crash or power cut would. */
  kill: () => Promise<void>;
  /** Closes Chromium as a person quitting it does: it writes its session files and exits. */
  quit: () => Promise<void>;
  close: () => Promise<void>;
};

export function makeProfileDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'case-audit-profile-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Starts Chromium on `profileDir` and connects to it over the DevTools protocol. */
export async function launchKillableBrowser(
  profileDir: string,
  options: { gate?: Gate } = {},
): Promise<KillableSession> {
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
  const gate = options.gate ?? 'passed';
  for (const open of context.pages()) await preparePage(open, gate);
  watchPages(context, gate);
  const page = context.pages()[0] ?? (await context.newPage());
  await preparePage(page, gate);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = async () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      child.kill('SIGKILL');
    }
    await exited;
  };
  const quit = async () => {
    const cdp = await browser.newBrowserCDPSession();
    await cdp.send('Browser.close').catch(() => undefined);
    const timer = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), 30_000));
    if ((await Promise.race([exited, timer])) === 'late') await kill();
  };
  return {
    browser,
    context,
    page,
    kill,
    quit,
    close: async () => {
      await browser.close().catch(() => undefined);
      await kill();
    },
  };
}

/** Every page of the context, the first and those opened later, collects errors and passes the gate. */
function watchPages(context: BrowserContext, gate: Gate) {
  context.on('page', (page) => {
    void preparePage(page, gate);
  });
}

const prepared = new WeakMap<Page, Promise<void>>();

function preparePage(page: Page, gate: Gate): Promise<void> {
  let done = prepared.get(page);
  if (!done) {
    collectPageErrors(page);
    done = gate === 'passed' ? passGateWhenAsked(page) : Promise.resolve();
    prepared.set(page, done);
  }
  return done;
}

const pageErrors = new WeakMap<Page, Error[]>();
const pageWarnings = new WeakMap<Page, string[]>();

/** Keeps the page's uncaught exceptions (asserted) and its console errors and warnings (shown when a step fails). */
function collectPageErrors(page: Page) {
  const errors: Error[] = [];
  const warnings: string[] = [];
  pageErrors.set(page, errors);
  pageWarnings.set(page, warnings);
  page.on('pageerror', (error) => errors.push(error));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      warnings.push(`${message.type()}: ${message.text()}`.slice(0, 500));
    }
  });
}

/** The console errors and warnings the page has printed so far (for a failing step's report). */
export function consoleWarnings(page: Page): readonly string[] {
  return pageWarnings.get(page) ?? [];
}

/** Uncaught exceptions the page has thrown so far: tests assert there are none. */
export function uncaughtErrors(page: Page): Error[] {
  return pageErrors.get(page) ?? [];
}
