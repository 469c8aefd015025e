/**
 * Accessibility of the scoring screens: no axe violations (WCAG 2.2 AA and best practice) on
 * the case page, an answering screen in an error state, check your answers and the history;
 * and every screen usable at 768 px wide (tablet) and at 200% zoom without sideways scrolling.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { inspectionFixture } from '../fixtures/inspectionFixture';
import { axeViolations, openApp } from './support/app';
import { launchBrowser, type Session, uncaughtErrors } from './support/browser';
import { caseUrl, seedInspection } from './support/scoringSeed';

const fixture = inspectionFixture();
const base = caseUrl(fixture);
const screens = [
  base,
  `${base}/profile`,
  `${base}/standards/assessment`,
  `${base}/check`,
  `${base}/history`,
];

async function seeded(viewport?: { width: number; height: number }, zoom = 1) {
  const session = await launchBrowser(viewport ? { viewport } : {});
  if (zoom !== 1) {
    // 200% zoom: the page lays out in half the CSS pixels, drawn at twice the density.
    const cdp = await session.context.newCDPSession(session.page);
    await cdp.send('Emulation.setDeviceMetricsOverride', {
      width: viewport!.width,
      height: viewport!.height,
      deviceScaleFactor: zoom,
      mobile: false,
    });
  }
  await openApp(session.page, '/');
  await seedInspection(session.page, fixture, { scorer: 'ap' });
  return session;
}

describe('accessibility of scoring', () => {
  let session: Session;
  afterEach(async () => {
    await session.close();
  });

  it('has no axe violations on the case page, an answering screen with errors, the check page and the history', async () => {
    session = await seeded();
    const { page } = session;
    // Some answers, a note, and a kept answer, so every part of the screens shows.
    await openApp(page, `${base}/standards/reviewing`);
    await page
      .locator('[data-question="r1"]')
      .getByRole('radio', { name: 'No', exact: true })
      .check();
    await page
      .locator('[data-question="r2"]')
      .getByRole('radio', { name: 'Yes', exact: true })
      .check();
    await page.locator('#r2-note').fill('Minutes of the review, p. 2');
    await page.locator('#r2-status[data-save-state="saved"]').waitFor();
    await page
      .locator('[data-question="r1"]')
      .getByRole('radio', { name: 'Yes', exact: true })
      .check();
    await page.locator('[data-kept]').waitFor();
    expect({ path: 'reviewing', violations: await axeViolations(page) }).toEqual({
      path: 'reviewing',
      violations: [],
    });

    // An error state: a number out of bounds, and a save that fails.
    await openApp(page, `${base}/profile`);
    await page.locator('#answer-age').fill('9');
    await page.locator('#answer-age').blur();
    await page.getByText('Enter a whole number from 10 to 18', { exact: false }).first().waitFor();
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await page
      .locator('[data-question="mappa"]')
      .getByRole('radio', { name: 'No', exact: true })
      .check();
    await page.locator('#mappa-status', { hasText: 'Not saved — retrying' }).waitFor();
    expect({ path: 'profile (errors)', violations: await axeViolations(page) }).toEqual({
      path: 'profile (errors)',
      violations: [],
    });
    await page.reload();

    for (const path of [base, `${base}/standards/assessment`, `${base}/check`, `${base}/history`]) {
      await openApp(page, path);
      await page.locator('.ca-loading').waitFor({ state: 'detached' });
      expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
    }

    // From check your answers, "Answer" opens the question's screen with the question focused.
    await openApp(page, `${base}/check`);
    await page
      .getByTestId('missing')
      .getByRole('link', { name: /“Quality of the assessment”/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Assessment' }).waitFor();
    await page.waitForFunction(
      () =>
        document.activeElement?.closest('[data-question]')?.getAttribute('data-question') === 'a3',
    );
    expect(uncaughtErrors(page)).toEqual([]);
  });

  for (const { name, viewport, zoom } of [
    { name: 'a 768 px tablet', viewport: { width: 768, height: 1024 }, zoom: 1 },
    { name: '200% zoom of a 1280 px screen', viewport: { width: 640, height: 450 }, zoom: 2 },
  ]) {
    it(`fits ${name} without sideways scrolling, with visible focus`, async () => {
      session = await seeded(viewport, zoom);
      const { page } = session;
      for (const path of screens) {
        await openApp(page, path);
        await page.locator('.ca-loading').waitFor({ state: 'detached' });
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect({ path, overflow }).toEqual({ path, overflow: 0 });
      }
      // Focus is visible: a focused link turns yellow (GOV.UK focus style).
      await openApp(page, base);
      const link = page.getByRole('link', { name: 'Case profile' });
      await link.focus();
      expect(await link.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
        'rgb(255, 221, 0)',
      );
    });
  }
});
