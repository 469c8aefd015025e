import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, screenShown } from './support/app';
import { launchBrowser, type Session } from './support/browser';
import { waitForFirstInstall } from './support/firstVisit';
import { serveUpdatableCopy, type UpdatableServer } from './support/newVersion';

type Marked = { marker?: string };

describe('a new version of the app, in the tab of the first visit', () => {
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

  it('is offered and waits for the user, then reloads once when the user chooses', async () => {
    const { page } = session;
    let loads = 0;
    page.on('load', () => {
      loads += 1;
    });
    await openApp(page, '/settings', server.url);
    // The first install takes over this page by itself, and that alone never reloads it.
    expect(await waitForFirstInstall(page)).toBe(true);
    await page.evaluate(() => {
      (window as Marked).marker = 'same page';
    });
    await page.waitForTimeout(1_000);
    expect(loads).toBe(1);

    await server.publishNewVersion(page);
    await page
      .getByText('A new version is available — reload when you are ready.')
      .waitFor({ timeout: 30_000 });
    await page.waitForTimeout(3_000);
    expect(await page.evaluate(() => (window as Marked).marker)).toBe('same page');
    expect(
      await page.evaluate(
        async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null,
      ),
    ).toBe(true);

    await Promise.all([
      page.waitForEvent('load', { timeout: 30_000 }),
      page.getByRole('button', { name: 'Reload and update' }).click(),
    ]);
    // The reload locks: the app's screen shows once the gate is passed again.
    await screenShown(page);
    expect(await page.evaluate(() => (window as Marked).marker)).toBeUndefined();
    expect(
      await page.evaluate(
        async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null,
      ),
    ).toBe(null);
  });
});
