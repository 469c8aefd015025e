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
import { axeViolations, baseUrl, expectHeading, waitForServiceWorker } from './support/app';
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
  // Soft: a journey that finds English on one screen still goes on to say what the others show.
  expect.soft(await englishOnScreen(page, CONTENT), where).toEqual([]);
  // Sections off screen are not laid out (content-visibility: auto), so axe would measure their
  // links' targets at made-up places: every section is laid out for the check.
  await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
  expect.soft(await axeViolations(page), where).toEqual([]);
}

/** Opens an address in the app: a fresh load, so the unlock screen first (in Welsh). */
async function go(page: Page, path: string): Promise<void> {
  await page.goto(`${baseUrl()}${path}`);
  await passGate(page, TEST_PERSON);
}

describe('Cymraeg', () => {
  let session: Session;
  beforeEach(async () => {
    session = await launchBrowser({ gate: 'by hand' });
  });
  afterEach(async () => {
    await session.close();
  });

  it('runs the main journeys in Welsh, offline: set-up, the example, scoring by keyboard, findings, the report and its PDF, opening a file', async () => {
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

    // Scoring a case not started, by keyboard: who is scoring, then the case profile.
    await page.getByRole('link', { name: 'Achosion', exact: true }).first().click();
    const notStarted = page.getByRole('row').filter({ hasText: 'Heb ddechrau' }).first();
    await notStarted.getByRole('link').first().click();
    await page
      .locator('main h1')
      .filter({ hasText: /^Achos / })
      .waitFor();
    await allInWelsh(page, 'a case');
    const scorer = page.getByRole('group', { name: 'Pwy sy’n sgorio?' });
    if ((await scorer.count()) > 0) {
      await scorer.getByRole('radio').first().check();
      await page.getByRole('button', { name: 'Parhau' }).click();
    }
    await page.getByRole('link', { name: 'Proffil yr achos' }).focus();
    await page.keyboard.press('Enter');
    await expectHeading(page, 'Proffil yr achos');
    // The age, typed; then the gender, chosen by its number key.
    await page.keyboard.press('Alt+ArrowDown');
    await page.keyboard.type('15');
    await page.keyboard.press('Alt+ArrowDown');
    await page.keyboard.press('1');
    for (const item of ['age', 'gender']) {
      const status = page.locator(`#${item}-status[data-save-state="saved"]`);
      await status.waitFor();
      expect(await status.textContent()).toMatch(/Wedi’i gadw/);
    }
    await allInWelsh(page, 'answering the case profile');

    // The findings.
    const inspectionPath = new URL(page.url()).pathname.split('/cases/')[0]!;
    await go(page, `${inspectionPath}/findings`);
    await expectHeading(page, 'Canfyddiadau');
    await page.locator('table').first().waitFor({ timeout: 60_000 });
    await allInWelsh(page, 'the findings');

    // The report: in Welsh, with words only Welsh has in its foreword.
    await go(page, `${inspectionPath}/report`);
    await expectHeading(page, 'Adroddiad');
    const look = page.getByRole('region', { name: 'Golwg a chydnabyddiaethau' });
    await look.getByLabel('Cymraeg', { exact: true }).check();
    await page
      .getByRole('textbox', { name: 'Rhagair' })
      .fill('Buom yn ymweld â’r timau ym Mro Gŵyr, ac yn nhŷ’r cyngor yn Ynys Môn.');
    await page.getByRole('textbox', { name: 'Rhagair' }).blur();
    await page.locator('[data-save-state="saved"]').first().waitFor();
    await allInWelsh(page, 'the report editor');

    await go(page, `${inspectionPath}/report/preview`);
    await expectHeading(page, 'Rhagolwg o’r adroddiad');
    const report = page.locator('.ca-report');
    await report.first().waitFor({ timeout: 60_000 });
    expect(await report.first().getAttribute('lang')).toBe('cy');
    expect(await report.first().textContent()).toContain('Gŵyr');
    await allInWelsh(page, 'the report preview');
    await page.getByRole('button', { name: 'Lawrlwythwch yr adroddiad (PDF)' }).click();
    const pdf = await download(page, 'Gwneud y PDF beth bynnag');
    const text = (await pdfText(pdf.path)).join('\n');
    expect(text).toContain('Gŵyr');
    expect(text).toContain('nhŷ’r');
    expect(text).toContain('Rhagair');

    // Bilingual: the Welsh edition first, then the English.
    await go(page, `${inspectionPath}/report`);
    await page
      .getByRole('region', { name: 'Golwg a chydnabyddiaethau' })
      .getByLabel('Cymraeg a Saesneg (y Gymraeg yn gyntaf)')
      .check();
    await page.locator('[data-save-state="saved"]').first().waitFor();
    await go(page, `${inspectionPath}/report/preview`);
    await page.locator('.ca-report').nth(1).waitFor({ timeout: 60_000 });
    expect(
      await page.locator('.ca-report').evaluateAll((all) => all.map((r) => r.getAttribute('lang'))),
    ).toEqual(['cy', 'en-GB']);
    const both = (await page.locator('main').textContent()) ?? '';
    expect(both.indexOf('Rhagair')).toBeGreaterThan(-1);
    expect(both.indexOf('Rhagair')).toBeLessThan(both.indexOf('Foreword'));
    await allInWelsh(page, 'the bilingual preview');

    // Opening a file: the whole inspection, opened on a fresh device that speaks Welsh.
    await go(page, `${inspectionPath}/export`);
    const file = await download(page, 'Lawrlwythwch yr arolygiad cyfan');
    expect(uncaughtErrors(page)).toEqual([]);
    const other = await launchBrowser({ gate: 'by hand' });
    try {
      const { page: fresh } = other;
      await fresh.goto(`${baseUrl()}/`);
      await fresh.locator('main h1').first().waitFor({ timeout: 60_000 });
      await switchToWelsh(fresh);
      await passGate(fresh, TEST_PERSON);
      await go(fresh, '/inspections/open-file');
      await expectHeading(fresh, 'Agor ffeil Archwilio Achosion');
      await allInWelsh(fresh, 'opening a file');
      await fresh.getByLabel('Ffeil Archwilio Achosion (.json)').setInputFiles(file.path);
      await fresh.getByRole('button', { name: 'Gwirio’r ffeil' }).click();
      await fresh.getByRole('button', { name: 'Mewnforio’r arolygiad' }).waitFor();
      await allInWelsh(fresh, 'a file checked');
      await fresh.getByRole('button', { name: 'Mewnforio’r arolygiad' }).click();
      await fresh.getByText('Mae’r arolygiad wedi’i fewnforio').waitFor();
      await allInWelsh(fresh, 'a file opened');
      expect(uncaughtErrors(fresh)).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
