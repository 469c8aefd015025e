/**
 * The protection gate in the bench: the app opens on its set-up screen on a fresh profile and on
 * its unlock screen after every load. The bench passes it as the journeys' test inspector (whose
 * space the seeds write into, tests/e2e/support/sealedSpace.ts) and, where a figure counts from
 * the page's start, leaves out the time the unlock screen waited for the passphrase to be typed.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { passGate, TEST_PERSON } from '../../tests/e2e/support/protection';

export { passGateWhenAsked } from '../../tests/e2e/support/protection';

export const BENCH_PERSON = TEST_PERSON;
export const SET_UP_SCREEN = 'Protect the case data on this device';
export const UNLOCK_SCREEN = 'Unlock Case Audit';
/** The set-up screen's heading when Welsh is the language remembered on the device. */
export const WELSH_SET_UP_SCREEN = 'Diogelu data’r achosion ar y ddyfais hon';

/** Once a screen has been shown: sets up protection or unlocks until the app's own screen shows. */
export async function pastGate(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor({ timeout: 60_000 });
  await passGate(page, BENCH_PERSON);
}

/** Opens an address of the app and passes the gate. */
export async function openPastGate(page: Page, address: string): Promise<void> {
  await page.goto(address);
  await pastGate(page);
}

/**
 * Marks, in every page of the context, when a gate screen's heading first shows
 * (`bench:shown:<heading>`) and when "Unlock" is clicked (`bench:unlock-clicked`). Plain
 * JavaScript, run before the page's own: nothing the bench runner compiles reaches the page.
 */
export async function markGate(context: BrowserContext): Promise<void> {
  await context.addInitScript(`(() => {
    const headings = ${JSON.stringify([SET_UP_SCREEN, UNLOCK_SCREEN, WELSH_SET_UP_SCREEN])};
    const seen = new Set();
    new MutationObserver(() => {
      const text = document.querySelector('main h1')?.textContent?.trim();
      if (text && headings.includes(text) && !seen.has(text)) {
        seen.add(text);
        performance.mark('bench:shown:' + text);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
    document.addEventListener('click', (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (button?.textContent?.trim() === 'Unlock') performance.mark('bench:unlock-clicked');
    }, true);
  })()`);
}

/** When (ms from the page's start) the gate screen with this heading showed, once it has. */
export async function gateScreenShownAt(page: Page, heading: string): Promise<number> {
  const name = `bench:shown:${heading}`;
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, {
    timeout: 60_000,
  });
  return page.evaluate((n) => performance.getEntriesByName(n)[0]!.startTime, name);
}

/**
 * How long this page's unlock screen waited for the passphrase (shown → "Unlock" clicked): time
 * of the person at the keyboard (here the bench driver), not of the app; 0 if it did not show.
 */
export async function timeWaitingForPassphrase(page: Page): Promise<number> {
  return page.evaluate((heading) => {
    const shown = performance.getEntriesByName(`bench:shown:${heading}`)[0];
    const clicked = performance.getEntriesByName('bench:unlock-clicked')[0];
    return shown && clicked ? clicked.startTime - shown.startTime : 0;
  }, UNLOCK_SCREEN);
}
