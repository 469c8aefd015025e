/**
 * Domain verbs for driving Case Audit in a page: open it, wait for the service worker, move
 * between areas, check accessibility. Specs read as user journeys built from these.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { consoleWarnings } from './browser';
import { GATE_HEADING, passesGateByItself } from './protection';

export function baseUrl(): string {
  return inject('baseUrl');
}

/**
 * Opens an address in the app and waits until the screen's heading is shown: the screen asked
 * for, once past the protection gate on a page that passes it by itself (support/protection.ts).
 */
export async function openApp(page: Page, path = '/', url = baseUrl()): Promise<void> {
  await page.goto(`${url}${path}`);
  await screenShown(page);
}

/**
 * Waits until a screen's heading shows: on a page that passes the protection gate by itself,
 * a screen of the app past the gate (set-up and unlock take a second or two: the passphrase's
 * key derivation is slow on purpose).
 */
export async function screenShown(page: Page): Promise<void> {
  const headings = page.locator('main h1');
  const shown = passesGateByItself(page)
    ? headings.filter({ hasNotText: GATE_HEADING }).first().waitFor({ timeout: 60_000 })
    : headings.first().waitFor();
  await shown.catch(failedOn(page, 'a screen of the app'));
}

/**
 * Rethrows a failed wait with what the page showed and printed by then: the heading, any error
 * summary or status message, the console's errors (a wait that fails on a busy machine only
 * once in many runs must say why the first time).
 */
function failedOn(page: Page, awaited: string) {
  return async (error: unknown): Promise<never> => {
    if (page.isClosed()) throw error;
    const text = (selector: string) =>
      page
        .locator(selector)
        .allTextContents()
        .then((all) =>
          all
            .map((t) => t.trim())
            .filter(Boolean)
            .join(' | '),
        )
        .then((joined) => joined || 'none')
        .catch(() => '(unreadable)');
    const report = [
      `waiting for ${awaited} at ${page.url()}`,
      `heading: ${await text('main h1')}`,
      `error summary: ${await text('.govuk-error-summary')}`,
      `status: ${await text('[role="status"], [role="alert"]')}`,
      `console: ${consoleWarnings(page).join('\n  ') || 'nothing'}`,
    ].join('\n  ');
    console.log(`A step failed.\n  ${report}`);
    throw error;
  };
}

/** Waits until a service worker controls the page (after the first visit, the app is offline-ready). */
export async function waitForServiceWorker(page: Page, timeoutMs = 30_000): Promise<void> {
  await page.evaluate(async (timeout) => {
    const ready = navigator.serviceWorker.ready;
    const timer = new Promise((_, reject) =>
      setTimeout(() => reject(new Error('service worker not ready')), timeout),
    );
    await Promise.race([ready, timer]);
  }, timeoutMs);
  // The first visit is not controlled until the worker claims it or the page reloads.
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload();
    await screenShown(page);
  }
}

/** Follows a link in the main navigation. */
export async function navigate(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: label }).click();
  await page.locator('main h1').first().waitFor();
}

/**
 * Waits until the page's main heading is `text` (screens load lazily, so right after a
 * navigation the old heading may still be showing), then checks it is the first.
 */
export async function expectHeading(page: Page, text: string, timeout?: number): Promise<void> {
  // After a page load the gate may ask first, and unlocking takes seconds on a busy machine.
  timeout ??= passesGateByItself(page) ? 60_000 : 15_000;
  await page
    .locator('main h1')
    .filter({ hasText: text })
    .first()
    .waitFor({ timeout })
    .catch(failedOn(page, `the heading "${text}"`));
  const actual = await heading(page);
  if (actual !== text) throw new Error(`expected the page heading "${text}", found "${actual}"`);
}

export async function heading(page: Page): Promise<string> {
  return (await page.locator('main h1').first().textContent())?.trim() ?? '';
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: string[] };

/**
 * Runs axe-core in the page (WCAG 2.0–2.2 A/AA and best practice) and returns the violations.
 * Injected through the DevTools protocol, which the page's Content Security Policy allows.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected at run time, untyped here.
    const axe = (window as any).axe;
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return result.violations.map(
      (v: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => n.target.join(' ')),
      }),
    );
  });
}
