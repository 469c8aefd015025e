/**
 * The first visit as a user makes it: the page that installed the service worker is watched,
 * never reloaded, until the worker is activated and controls it.
 */
import type { Page } from 'playwright-core';

/** Waits until the service worker is activated; says whether it then controls this same page. */
export async function waitForFirstInstall(page: Page, timeoutMs = 30_000): Promise<boolean> {
  return page.evaluate(async (timeout) => {
    const registration = await Promise.race([
      navigator.serviceWorker.ready,
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('service worker not activated')), timeout),
      ),
    ]);
    const worker = registration.active;
    if (worker && worker.state !== 'activated') {
      await new Promise<void>((resolve) => {
        worker.addEventListener('statechange', () => {
          if (worker.state === 'activated') resolve();
        });
      });
    }
    if (navigator.serviceWorker.controller) return true;
    // A worker that takes over open pages does so as it activates: allow it a moment.
    return new Promise<boolean>((resolve) => {
      navigator.serviceWorker.addEventListener('controllerchange', () => resolve(true));
      setTimeout(() => resolve(navigator.serviceWorker.controller !== null), 5_000);
    });
  }, timeoutMs);
}

/** Console errors and uncaught exceptions that say a piece of the app could not be loaded. */
export function collectLoadFailures(page: Page): string[] {
  const failures: string[] = [];
  const note = (text: string) => {
    if (/Failed to fetch dynamically imported module|Importing a module script failed/i.test(text))
      failures.push(text);
  };
  page.on('console', (message) => {
    if (message.type() === 'error') note(message.text());
  });
  page.on('pageerror', (error) => note(`${error.name}: ${error.message}`));
  return failures;
}
