import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectHeading, navigate, openApp, screenShown, waitForServiceWorker } from './support/app';
import { launchBrowser, type Session, uncaughtErrors } from './support/browser';
import { startPreview } from './support/globalSetup';

describe('working with the network off', () => {
  let session: Session;
  let server: Awaited<ReturnType<typeof startPreview>>;
  beforeEach(async () => {
    session = await launchBrowser();
    server = await startPreview();
  });
  afterEach(async () => {
    await session.close();
    await server.close().catch(() => undefined);
  });

  it('after one online visit, reloads and reaches every screen with no network and no server', async () => {
    const { page, context } = session;
    await openApp(page, '/', server.url);
    await waitForServiceWorker(page);

    // Network off: the browser is offline and the server is gone.
    await context.setOffline(true);
    await server.close();

    await page.reload();
    await screenShown(page);
    await expectHeading(page, 'Inspections');
    await navigate(page, 'Frameworks');
    await expectHeading(page, 'Frameworks');
    // The built-in frameworks come from this device's storage, not the network.
    await page.getByRole('table').waitFor();
    await navigate(page, 'Settings and about');
    await expectHeading(page, 'Settings and about');
    await navigate(page, 'Inspections');
    await expectHeading(page, 'Inspections');

    // Deep links load too: every address is served from the cached app shell.
    for (const path of ['/frameworks', '/settings', '/inspections', '/not-a-page']) {
      await openApp(page, path, server.url);
    }
    await expectHeading(page, 'Page not found');
    expect(uncaughtErrors(page)).toEqual([]);
  });
});
