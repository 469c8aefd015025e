import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, screenShown, waitForServiceWorker } from './support/app';
import { launchBrowser, type Session } from './support/browser';
import { serveUpdatableCopy, type UpdatableServer } from './support/newVersion';

describe('a new version of the app', () => {
  let session: Session;
  let server: UpdatableServer;
  beforeEach(async () => {
    session = await launchBrowser();
    server = await serveUpdatableCopy();
  });
  afterEach(async () => {
    await session.close();
    await server.close();
  });

  it('is offered, never forced: the page does not reload until the user chooses to', async () => {
    const { page } = session;
    await openApp(page, '/settings', server.url);
    await waitForServiceWorker(page);

    // Publish a new version: a changed service worker.
    await page.evaluate(() => {
      (window as unknown as { marker: string }).marker = 'same page';
    });
    await server.publishNewVersion(page);

    const prompt = page.getByText('A new version is available — reload when you are ready.');
    await prompt.waitFor({ timeout: 30_000 });

    // It waits: no reload, no takeover.
    await page.waitForTimeout(3_000);
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe(
      'same page',
    );
    expect(
      await page.evaluate(
        async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null,
      ),
    ).toBe(true);

    // The user chooses: the new version takes over and the page reloads once.
    await Promise.all([
      page.waitForEvent('load', { timeout: 30_000 }),
      page.getByRole('button', { name: 'Reload and update' }).click(),
    ]);
    // The reload locks: the app's screen shows once the gate is passed again.
    await screenShown(page);
    expect(
      await page.evaluate(() => (window as unknown as { marker?: string }).marker),
    ).toBeUndefined();
    expect(
      await page.evaluate(
        async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null,
      ),
    ).toBe(null);
  });
});
