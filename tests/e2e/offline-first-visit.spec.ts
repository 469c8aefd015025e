import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectHeading, navigate, openApp } from './support/app';
import { launchBrowser, type Session, uncaughtErrors } from './support/browser';
import { collectLoadFailures, waitForFirstInstall } from './support/firstVisit';
import { startPreview } from './support/globalSetup';

describe('losing the network in the tab of the first visit', () => {
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

  it('keeps every screen and the example inspection working, with no reload', async () => {
    const { page, context } = session;
    const loadFailures = collectLoadFailures(page);
    await openApp(page, '/', server.url);
    const controlled = await waitForFirstInstall(page);
    await page.evaluate(() => {
      (window as unknown as { marker: string }).marker = 'first visit';
    });

    // The network goes: the browser is offline and the server is gone. Nothing reloads.
    await context.setOffline(true);
    await server.close();

    await navigate(page, 'Frameworks');
    await expectHeading(page, 'Frameworks');
    await page.getByRole('table').waitFor();
    await navigate(page, 'Settings and about');
    await expectHeading(page, 'Settings and about');
    await page.getByRole('heading', { name: 'Storage on this device' }).waitFor();
    await navigate(page, 'Inspections');
    await expectHeading(page, 'Inspections');
    await page.getByRole('button', { name: 'Load an example inspection' }).click();
    await page.getByText('The example inspection was loaded').waitFor();

    expect(controlled).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe(
      'first visit',
    );
    expect(loadFailures).toEqual([]);
    expect(uncaughtErrors(page)).toEqual([]);
  });
});
