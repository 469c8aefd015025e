/**
 * Frameworks their users can write, end to end in Chromium with the network off: a lead loads
 * the example inspection, duplicates the 2012 thematic framework it is pinned to, and in the
 * editor adds a question with a rule built in the rule builder, rewords a guidance text and
 * renames an answer code; publishes it as 1.1.0, reads the diff, moves the example inspection
 * to 1.1.0 with the mapping, scores the new question on a case and sees it in the findings, with
 * every other figure unchanged. No axe violations on the new screens.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { plural } from '../../src/core';
import { readAnswers } from './support/answerRecords';
import {
  axeViolations,
  expectHeading,
  navigate,
  openApp,
  waitForServiceWorker,
} from './support/app';
import { launchBrowser, type Session, uncaughtErrors } from './support/browser';
import { readStore } from './support/scoringSeed';

const ORIGINAL = 'hmip-lac-placed-away-2012@1.0.1';
const COPY_ID = 'hmip-lac-placed-away-2012-local';
const COPY_TITLE = 'Looked after children placed away from home: local audit';
const NEW_QUESTION = 'Was the care plan shared with the host YOT before the move?';
const NEW_ID = 'care-plan-shared';
const Q = 'fw-sections-0-standards-0-questions';

async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  expect({ screen, violations: await axeViolations(page) }).toEqual({ screen, violations: [] });
}

/** The text of every row of the findings tables, once the figures are shown. */
async function findingsRows(page: Page, inspectionId: string): Promise<string[]> {
  await openApp(page, `/inspections/${inspectionId}/findings`);
  await expectHeading(page, 'Findings');
  await page
    .getByText(/^Based on /)
    .first()
    .waitFor({ timeout: 30_000 });
  const rows = await page.locator('.ca-findings__table tr').allTextContents();
  return rows.map((row) => row.replace(/\s+/g, ' ').trim());
}

/** Waits until the editor says the draft is saved. */
async function draftSaved(page: Page): Promise<void> {
  await page
    .getByTestId('draft-save-state')
    .filter({ hasText: /^Saved$/ })
    .waitFor();
}

describe('framework versions: duplicate, edit, publish, compare and move an inspection', () => {
  let session: Session;
  beforeEach(async () => {
    session = await launchBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  it('takes the example inspection to an edited copy of its framework, offline, keeping every figure', async () => {
    const { page, context } = session;
    await openApp(page, '/');
    await waitForServiceWorker(page);
    await context.setOffline(true);

    // The example inspection, pinned to the 2012 thematic framework; its findings as they stand.
    await page.getByRole('button', { name: 'Load an example inspection' }).click();
    await page.getByText('The example inspection was loaded').waitFor();
    const [inspection] = await readStore<{ id: string; framework: { id: string } }>(
      page,
      'inspections',
    );
    expect(`${inspection!.framework.id}@1.0.1`).toBe(ORIGINAL);
    const before = await findingsRows(page, inspection!.id);
    expect(before.length).toBeGreaterThan(50);

    // Duplicate the framework it is pinned to.
    await openApp(page, `/frameworks/${encodeURIComponent(ORIGINAL)}`);
    await page.getByRole('table', { name: 'Versions' }).waitFor();
    await expectNoAxeViolations(page, 'framework page');
    await page.getByRole('button', { name: 'Duplicate', exact: true }).click();
    await page.getByLabel('Identifier of the new framework').fill(COPY_ID);
    await page.getByLabel('Title of the new framework').fill(COPY_TITLE);
    await expectNoAxeViolations(page, 'duplicate form');
    await page.getByRole('button', { name: 'Duplicate and open the copy' }).click();
    await expectHeading(page, 'Edit a framework');
    const draftPath = new URL(page.url()).pathname;

    // In the editor: a new question whose rule is built in the rule builder…
    await page.getByRole('link', { name: 'Sections and standards' }).first().click();
    await page.getByRole('link', { name: 'Transfer of cases and allocation' }).click();
    await page.locator(`#${Q}-add`).click();
    await page.locator(`#${Q}-6-text`).fill(NEW_QUESTION);
    await page.locator(`#${Q}-6-id`).fill(NEW_ID);
    await page.locator(`#${Q}-6-showWhen`).click();
    await page.locator(`#${Q}-6-showWhen`).selectOption('question:alloc-prompt');
    await page.locator(`#${Q}-6-showWhen-test`).selectOption('answered');
    await page
      .getByTestId(`${Q}-6-showWhen-words`)
      .filter({ hasText: /^Asked only if .*allocated promptly.* is answered\.$/ })
      .waitFor();
    // …a guidance text reworded…
    await page.locator(`#${Q}-0-guidance`).fill('Look for contact before the move, in any form.');
    await draftSaved(page);
    // …and an answer code renamed (the curriculum scale's "gcse").
    await page
      .getByRole('navigation', { name: 'Parts of the framework' })
      .getByRole('link', { name: 'Answer scales' })
      .click();
    const code = page.locator('#fw-scales-12-options-3-value');
    expect(await code.inputValue()).toBe('gcse');
    await code.fill('gcse-or-equivalent');
    await draftSaved(page);

    // The draft waits in the library until it is published; open it from there.
    await navigate(page, 'Frameworks');
    const drafts = page.getByRole('table', { name: 'Drafts' });
    await drafts.getByRole('link', { name: COPY_TITLE }).waitFor();
    await expectNoAxeViolations(page, 'frameworks with a draft');
    await drafts.getByRole('link', { name: COPY_TITLE }).click();
    await expectHeading(page, 'Edit a framework');
    expect(new URL(page.url()).pathname).toBe(draftPath);

    // Publish it as 1.1.0, reading the diff against the framework it was copied from.
    await page.getByTestId('publish-link').click();
    await expectHeading(page, `Publish ${COPY_TITLE}`);
    await page.getByRole('table', { name: 'Added (1)' }).getByText(NEW_ID).waitFor();
    await page
      .getByRole('table', { name: /^Reworded/ })
      .getByText('guidance reworded')
      .waitFor();
    await page
      .getByRole('table', { name: /^Changed in meaning/ })
      .getByText('answer code ‘gcse’ renamed ‘gcse-or-equivalent’')
      .first()
      .waitFor();
    await expectNoAxeViolations(page, 'publish');
    await page.getByLabel('Version number').fill('1.1.0');
    await page.getByRole('button', { name: 'Publish version 1.1.0' }).click();
    await page.getByText(`Version 1.1.0 of ${COPY_TITLE} was published`).waitFor();
    await expectHeading(page, COPY_TITLE);
    await expectNoAxeViolations(page, 'published version');

    // Compare: what the new version does to the answers already given.
    await navigate(page, 'Frameworks');
    await page.getByRole('link', { name: 'Compare two frameworks' }).click();
    await page.getByLabel('Earlier framework').selectOption(ORIGINAL);
    await page.getByLabel('Later framework').selectOption(`${COPY_ID}@1.1.0`);
    await page.getByRole('button', { name: 'Compare' }).click();
    const fit = page.getByText(/^\d+ answers? in 1 inspection would no longer fit\.$/);
    await fit.waitFor();
    await expectNoAxeViolations(page, 'compare');

    // Move the example inspection to 1.1.0, from its settings, with the suggested mapping.
    await openApp(page, `/inspections/${inspection!.id}/edit`);
    await page.getByRole('link', { name: 'Move to another version' }).click();
    await expectHeading(page, 'Move to another version');
    await page.getByRole('radio', { name: `${COPY_TITLE}, version 1.1.0` }).check();
    await expectNoAxeViolations(page, 'move: choose');
    await page.getByRole('button', { name: 'Continue' }).click();
    const mapped = page.getByLabel('Answer “GCSEs or equivalent” (gcse)');
    expect(await mapped.inputValue()).toBe('gcse-or-equivalent');
    await expectNoAxeViolations(page, 'move: mapping');
    await page.getByRole('button', { name: 'Preview the move' }).click();
    await page.getByRole('heading', { name: 'Check the move to version 1.1.0' }).waitFor();
    const counts = await page.locator('.govuk-summary-list__value').allTextContents();
    expect(counts[2]).toBe('0 answers, kept in each case’s history, never deleted');
    const gcse = (await readAnswers<{ itemId: string; value: unknown }>(page)).filter(
      (a) => a.itemId === 'education-curriculum' && a.value === 'gcse',
    ).length;
    expect(gcse).toBeGreaterThan(0);
    expect(counts[1]).toBe(plural(gcse, 'answer'));
    await expectNoAxeViolations(page, 'move: preview');
    await page.getByRole('button', { name: 'Move the inspection to version 1.1.0' }).click();
    await page.getByText(`The inspection now uses ${COPY_TITLE}, version 1.1.0`).waitFor();
    await expectNoAxeViolations(page, 'move: done');
    const moved = await readAnswers<{ itemId: string; value: unknown }>(page);
    const curriculum = moved.filter((a) => a.itemId === 'education-curriculum');
    expect(curriculum.filter((a) => a.value === 'gcse')).toEqual([]);
    expect(curriculum.filter((a) => a.value === 'gcse-or-equivalent')).toHaveLength(gcse);
    const [pinned] = await readStore<{ framework: { id: string; version: string } }>(
      page,
      'inspections',
    );
    expect(pinned!.framework).toEqual({ id: COPY_ID, version: '1.1.0' });

    // Score the new question on a complete case that answered the question its rule looks at.
    const cases = await readStore<{ id: string; ref: string; status: string }>(page, 'cases');
    const answers = await readAnswers<{ caseId: string; itemId: string }>(page);
    const scored = cases.find(
      (c) =>
        c.status === 'complete' &&
        answers.some((a) => a.caseId === c.id && a.itemId === 'alloc-prompt'),
    )!;
    await openApp(page, `/inspections/${inspection!.id}/cases/${scored.id}/standards/transfer`);
    const picker = page.getByRole('group', { name: 'Who is scoring?' });
    const reopen = page.getByRole('button', { name: 'Reopen case' });
    await picker.or(reopen).first().waitFor();
    if (await picker.isVisible()) {
      await page.getByRole('button', { name: 'Continue' }).click();
    }
    // A complete case is reopened to answer, then marked complete again (as the lead would),
    // so it still counts in the findings as before.
    await reopen.click();
    // Its first answer, "Yes" (the label also shows the shortcut key).
    const group = page.getByRole('group', { name: NEW_QUESTION });
    await group.getByRole('radio', { name: /^Yes/ }).check();
    await page.locator(`#${NEW_ID}-status[data-save-state="saved"]`).waitFor();
    await openApp(page, `/inspections/${inspection!.id}/cases/${scored.id}/check`);
    await page.getByRole('button', { name: 'Mark case as complete' }).click();
    await page.locator('.govuk-notification-banner--success').waitFor();

    // The findings: the new question's figure, and every other figure as it was.
    const after = await findingsRows(page, inspection!.id);
    const added = after.filter((row) => !before.includes(row));
    expect(added).toHaveLength(1);
    expect(added[0]).toContain(NEW_QUESTION);
    expect(added[0]).toMatch(/Yes: 100% \(1\/1\)/);
    expect(after.filter((row) => row !== added[0])).toEqual(before);
    expect(uncaughtErrors(page)).toEqual([]);
  });
});
