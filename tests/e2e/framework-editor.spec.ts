/**
 * The framework editor in real Chromium, with the network off: a framework written from
 * scratch (every part filled, a rule built, questions reordered by keyboard and by dragging),
 * a problem shown and fixed through the summary's link, the preview answered, the draft kept
 * across a reload, two tabs editing it without losing either's edit silently, and every screen
 * of the editor free of axe violations.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations, expectHeading, openApp, waitForServiceWorker } from './support/app';
import { launchBrowser, type Session, uncaughtErrors } from './support/browser';
import { startPreview } from './support/globalSetup';

const Q = 'fw-sections-0-standards-0-questions';
const TEXTS = ['Was the child seen alone?', 'Was the plan shared?', 'Was the plan reviewed?'];

async function part(page: Page, label: string, heading = label) {
  await page
    .getByRole('navigation', { name: 'Parts of the framework' })
    .getByRole('link', { name: label, exact: true })
    .click();
  await expectHeading(page, heading);
}

async function saved(page: Page) {
  await page
    .getByTestId('draft-save-state')
    .filter({ hasText: /^Saved$/ })
    .waitFor();
}

async function axeClean(page: Page, screen: string) {
  expect({ screen, violations: await axeViolations(page) }).toEqual({ screen, violations: [] });
}

async function fillDetails(page: Page) {
  await part(page, 'Details');
  await page.fill('#fw-title', 'Youth justice audit');
  await page.fill('#fw-id', 'youth-justice-audit');
  await page.click('#fw-publishers-add');
  await page.fill('#fw-publishers-0', 'HM Inspectorate of Probation');
  await page.fill('#fw-source-citation', 'Written for this test.');
  await page.fill('#fw-licence', 'Open Government Licence v3.0');
  await page.check('#fw-sampling');
  await saved(page);
  await axeClean(page, 'details');
}

async function fillScaleProfileSections(page: Page) {
  await part(page, 'Answer scales');
  await page.click('#fw-scales-add');
  await page.fill('#fw-scales-0-label', 'Yes or no');
  await page.check('#fw-scales-0-allowNotApplicable');
  await axeClean(page, 'scales');
  await part(page, 'Case profile');
  await page.click('#fw-profile-add');
  await page.fill('#fw-profile-0-text', 'Age of the child');
  await page.fill('#fw-profile-0-id', 'age');
  await page.selectOption('#fw-profile-0-kind', 'number');
  await axeClean(page, 'profile');
  await part(page, 'Sections and standards');
  await page.fill('#fw-sections-0-title', 'Assessment');
  await page.click('#fw-sections-0-standards-add');
  await axeClean(page, 'sections');
  await page.getByRole('link', { name: 'Standard 1 (no title yet)' }).click();
  await expectHeading(page, 'Standard 1 of section 1');
}

async function fillStandard(page: Page) {
  await page.fill('#fw-sections-0-standards-0-title', 'Planning');
  for (const [i, text] of TEXTS.entries()) {
    await page.click(`#${Q}-add`);
    await page.fill(`#${Q}-${i}-text`, text);
  }
  await page.check(`#${Q}-0-key`);
  // A rule, by choosing: the third question is asked only if the second is "No".
  await page.click(`#${Q}-2-showWhen`);
  await page.selectOption(`#${Q}-2-showWhen`, 'question:question-2');
  await page.selectOption(`#${Q}-2-showWhen-test`, 'is');
  await page.selectOption(`#${Q}-2-showWhen-value`, 'no');
  await expect
    .poll(() => page.getByTestId(`${Q}-2-showWhen-words`).textContent())
    .toBe('Asked only if “Was the plan shared?” is No.');
  await axeClean(page, 'standard');
}

async function questionOrder(page: Page): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < 3; i++) out.push(await page.inputValue(`#${Q}-${i}-text`));
  return out;
}

async function reorder(page: Page) {
  // By keyboard: Move down on the first question; focus follows it.
  await page.focus(`#${Q}-0-down`);
  await page.keyboard.press('Enter');
  await expect.poll(() => questionOrder(page)).toEqual([TEXTS[1], TEXTS[0], TEXTS[2]]);
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`${Q}-1-down`);
  // By dragging the third question's handle onto the second.
  const handle = page.locator(`[data-testid="${Q}-2-handle"]`);
  await handle.scrollIntoViewIfNeeded();
  const from = (await handle.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y - 20, { steps: 5 });
  // Just above the third question: the bottom of the second.
  await page.mouse.move(from.x + from.width / 2, from.y - 120, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => questionOrder(page)).toEqual([TEXTS[1], TEXTS[2], TEXTS[0]]);
  await saved(page);
}

async function fillRatingsAndLists(page: Page) {
  await part(page, 'Ratings');
  await page.check('#fw-rating');
  await page.fill('#fw-rating-bands-0-label', 'All cases');
  await page.fill('#fw-rating-bands-0-rating', 'Good');
  await axeClean(page, 'ratings');
  await part(page, 'Areas, strata and glossary');
  await page.click('#fw-areas-add');
  await page.fill('#fw-areas-0-name', 'North');
  await page.click('#fw-glossary-add');
  await page.fill('#fw-glossary-0-term', 'MAPPA');
  await page.fill('#fw-glossary-0-definition', 'Multi-agency public protection arrangements');
  await saved(page);
  await axeClean(page, 'lists');
}

async function problemFixedThroughItsLink(page: Page) {
  await part(page, 'Details');
  await page.fill('#fw-title', '');
  await part(page, 'Overview', 'Edit a framework');
  const link = page
    .getByTestId('draft-problems')
    .getByRole('link', { name: 'Title: must not be empty' });
  await axeClean(page, 'overview with a problem');
  await link.click();
  await expectHeading(page, 'Details');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('fw-title');
  await page.keyboard.type('Youth justice audit');
  await page.getByTestId('draft-problems').waitFor({ state: 'detached' });
  await saved(page);
}

async function previewAnswered(page: Page) {
  await part(page, 'Preview');
  await page.getByRole('link', { name: 'Planning' }).click();
  await page.getByRole('heading', { name: 'Planning', level: 2 }).waitFor();
  expect(await page.getByText(TEXTS[2]!).count()).toBe(0);
  await page.getByRole('group', { name: TEXTS[1] }).getByRole('radio', { name: 'No' }).check();
  await page.getByRole('group', { name: TEXTS[2] }).waitFor();
  await axeClean(page, 'preview');
}

async function twoTabs(session: Session, url: string) {
  const { page, context } = session;
  const other = await context.newPage();
  await other.goto(url);
  await expectHeading(other, 'Details');
  // Both tabs type before either has saved: the second to save is refused and asks.
  await page.fill('#fw-shortTitle', 'Tab one');
  await other.fill('#fw-statusNote', 'Typed in tab two');
  const asked = await Promise.race([
    page
      .getByRole('alert')
      .filter({ hasText: 'changed in another tab' })
      .waitFor()
      .then(() => page),
    other
      .getByRole('alert')
      .filter({ hasText: 'changed in another tab' })
      .waitFor()
      .then(() => other),
  ]);
  await axeClean(asked, 'conflict notice');
  await asked.getByRole('button', { name: 'Keep my changes' }).click();
  await saved(asked);
  const kept = asked === page ? '#fw-shortTitle' : '#fw-statusNote';
  await other.close();
  await page.reload();
  await expectHeading(page, 'Details');
  expect(await page.inputValue(kept)).not.toBe('');
}

describe('the framework editor', () => {
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

  it('writes a framework from scratch offline, checks it as it is typed, previews and keeps it', async () => {
    const { page, context } = session;
    await openApp(page, '/frameworks', server.url);
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await server.close();

    await page.getByRole('button', { name: 'New framework' }).click();
    await expectHeading(page, 'Edit a framework');
    await axeClean(page, 'overview');
    await fillDetails(page);
    await fillScaleProfileSections(page);
    await fillStandard(page);
    await reorder(page);
    await fillRatingsAndLists(page);
    await part(page, 'Overview', 'Edit a framework');
    await page.getByText('The draft passes every check: it can be published.').waitFor();
    expect(await page.getByTestId('publish-link').getAttribute('href')).toMatch(/\/publish$/);
    await problemFixedThroughItsLink(page);
    await previewAnswered(page);

    // A reload keeps the draft (the preview's test answers are not kept).
    const draftUrl = page.url().replace(/\/preview.*$/, '');
    await page.goto(`${draftUrl}/sections/0/standards/0`);
    await expectHeading(page, 'Standard 1 of section 1');
    expect(await questionOrder(page)).toEqual([TEXTS[1], TEXTS[2], TEXTS[0]]);
    await page.goto(`${draftUrl}/details`);
    await expectHeading(page, 'Details');
    await twoTabs(session, `${draftUrl}/details`);
    expect(uncaughtErrors(page)).toEqual([]);
  });
});
