/**
 * Where focus and the screen go after the buttons of scoring, in a real browser: after
 * "Continue" on "Who is scoring?" focus is on the screen's heading, never the page's body;
 * "Mark case as complete" is one skip link away from the top of "Check your answers"; and
 * after it, the success banner has focus and is on screen, not thousands of pixels above.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../src/core';
import { inspectionFixture } from '../fixtures/inspectionFixture';
import { openApp } from './support/app';
import { launchBrowser, type Session, uncaughtErrors } from './support/browser';
import { caseUrl, seedInspection, tabTo } from './support/scoringSeed';

/** Every required answer of the scoring test framework, each with an evidence note. */
const REQUIRED: Record<string, AnswerValue> = {
  age: 15,
  'placement-type': 'foster',
  mappa: 'no',
  a1: 'yes',
  a2: 'yes',
  a3: 'good',
  p1: 'yes',
  p2: ['education'],
  p3: 4,
  r1: 'yes',
};

const base = inspectionFixture();
// The first two cases answered in full: the check page is long, its button far down.
const fixture = {
  ...base,
  answers: base.cases.slice(0, 2).flatMap((c) =>
    Object.entries(REQUIRED).map(([itemId, value]) => ({
      caseId: c.id,
      inspectionId: c.inspectionId,
      itemId,
      value,
      note: `Seen in the case record, ${itemId}: ${'details of what was read. '.repeat(8)}`,
      rev: 1,
      at: '2026-03-02T10:00:00.000Z',
      by: 'ap',
      device: 'seed',
    })),
  ),
};

type Focused = { tag: string; text: string; classes: string };

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    return {
      tag: a?.tagName.toLowerCase() ?? '',
      text: a?.textContent?.trim() ?? '',
      classes: a?.className ?? '',
    };
  });
}

/** Once the success banner is shown (and has had a moment to take focus): where it is. */
async function successBanner(page: Page) {
  await page.locator('.govuk-notification-banner--success').waitFor();
  await page
    .waitForFunction(
      () => document.activeElement?.classList.contains('govuk-notification-banner--success'),
      undefined,
      { timeout: 3_000 },
    )
    .catch(() => undefined);
  return page.evaluate(() => {
    const banner = document.querySelector<HTMLElement>('.govuk-notification-banner--success')!;
    const box = banner.getBoundingClientRect();
    return {
      text: banner.textContent ?? '',
      role: banner.getAttribute('role'),
      focused: document.activeElement === banner,
      top: Math.round(box.top),
      bottom: Math.round(box.bottom),
      viewport: window.innerHeight,
      pageHeight: document.documentElement.scrollHeight,
    };
  });
}

describe('focus and the screen after scoring’s buttons', () => {
  let session: Session;
  afterEach(async () => {
    await session.close();
  });

  it('takes the keyboard from "Who is scoring?" to the heading, on to "Mark case as complete", and to the banner', async () => {
    session = await launchBrowser();
    const { page } = session;
    await openApp(page, '/');
    await seedInspection(page, fixture);
    await openApp(page, `${caseUrl(fixture)}/check`);
    await page.getByRole('group', { name: 'Who is scoring?' }).waitFor();

    // The case's inspector is already chosen: continue, by keyboard.
    await tabTo(page, (el) => el.label === 'A. Patel');
    await tabTo(page, (el) => el.text === 'Continue');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
    await page
      .waitForFunction(() => document.activeElement?.tagName === 'H1', undefined, {
        timeout: 5_000,
      })
      .catch(() => undefined);
    expect(await focused(page)).toMatchObject({ tag: 'h1', text: 'Check your answers' });

    // From the top of the page, the skip link is the next stop; it lands on the button.
    await tabTo(page, (el) => el.text === 'Skip to Mark case as complete', 2);
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Mark case as complete' });

    await page.keyboard.press('Enter');
    const banner = await successBanner(page);
    expect(banner.text).toContain('Case LAC-01-01 is complete');
    expect(banner.pageHeight).toBeGreaterThan(2 * banner.viewport);
    expect(banner.top).toBeGreaterThanOrEqual(0);
    expect(banner.bottom).toBeLessThanOrEqual(banner.viewport);
    expect(banner.focused).toBe(true);
    expect(banner.role).toBe('alert');
    expect(uncaughtErrors(page)).toEqual([]);
  });

  it('shows the banner where the user is after clicking the button at the end of the page', async () => {
    session = await launchBrowser();
    const { page } = session;
    await openApp(page, '/');
    await seedInspection(page, fixture, { scorer: 'ap' });
    await openApp(page, `${caseUrl(fixture, 1)}/check`);
    const button = page.getByRole('button', { name: 'Mark case as complete' });
    await button.scrollIntoViewIfNeeded();
    await button.click();
    const banner = await successBanner(page);
    expect(banner.text).toContain('Case LAC-02-02 is complete');
    expect(banner.top).toBeGreaterThanOrEqual(0);
    expect(banner.bottom).toBeLessThanOrEqual(banner.viewport);
    expect(banner.focused).toBe(true);
    expect(uncaughtErrors(page)).toEqual([]);
  });
});
