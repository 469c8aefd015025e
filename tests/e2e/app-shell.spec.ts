import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations, expectHeading, navigate, openApp } from './support/app';
import { launchBrowser, type Session, uncaughtErrors } from './support/browser';

describe('the app shell', () => {
  let session: Session;
  beforeEach(async () => {
    session = await launchBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  it('opens on the inspections screen with a service name, navigation and a skip link', async () => {
    const { page } = session;
    await openApp(page, '/');
    await expectHeading(page, 'Inspections');
    expect(await page.title()).toBe('Inspections – Case Audit');
    await expect(
      page.getByRole('link', { name: 'Case Audit', exact: true }).isVisible(),
    ).resolves.toBe(true);
    await expect(
      page.getByText('You have no inspections on this device yet').isVisible(),
    ).resolves.toBe(true);

    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main-content');
    expect(uncaughtErrors(page)).toEqual([]);
  });

  it('moves between the main areas with real addresses that survive a reload', async () => {
    const { page } = session;
    await openApp(page, '/');
    await navigate(page, 'Frameworks');
    expect(page.url()).toMatch(/\/frameworks$/);
    await expectHeading(page, 'Frameworks');
    await navigate(page, 'Settings and about');
    expect(page.url()).toMatch(/\/settings$/);
    await page.reload();
    await expectHeading(page, 'Settings and about');
    await page.goBack();
    await page.waitForURL(/\/frameworks$/);
    await expectHeading(page, 'Frameworks');
  });

  it('shows a page-not-found screen for an unknown address', async () => {
    const { page } = session;
    await openApp(page, '/no/such/page');
    await expectHeading(page, 'Page not found');
    await page.getByRole('link', { name: 'your inspections' }).click();
    await page.waitForURL(/\/inspections$/);
  });

  it('has no accessibility violations on any main screen', async () => {
    const { page } = session;
    for (const path of ['/', '/frameworks', '/settings', '/missing']) {
      await openApp(page, path);
      expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
    }
  });
});
