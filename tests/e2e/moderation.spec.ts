/**
 * Moderation in Chromium, offline after the first visit, on one device: the lead draws a case
 * for a second reading with a seed; another team member (switching "who is scoring") reads it
 * blind — no first-reading answer or note anywhere on the way — with one deliberate
 * disagreement, and finishes; the lead sees the agreement and the disagreement side by side,
 * decides it with a rationale (refused without one), and the findings, their moderation
 * summary and the report's methodology change. No axe violations on the moderation pages.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AnswerValue, drawModerationCases } from '../../src/core';
import { findingsFixture } from '../fixtures/findingsFixture';
import { TEAM } from '../fixtures/inspectionFixture';
import { axeViolations, expectHeading, openApp, waitForServiceWorker } from './support/app';
import { launchBrowser, type Session, uncaughtErrors } from './support/browser';
import { startPreview } from './support/globalSetup';
import { readStore, seedInspection, storedAnswers } from './support/scoringSeed';

const fixture = findingsFixture('insp-moderation');
const INSPECTION = `/inspections/${fixture.inspection.id}`;
const SEED = 'e2e-moderation';

/** The case the seed draws (the same draw the screen makes), and who may read it again. */
const draw = drawModerationCases({
  candidates: fixture.cases
    .filter((c) => c.status === 'complete')
    .map((c) => ({ caseId: c.id, ref: c.ref, inspectorId: c.inspectorId })),
  size: { kind: 'count', count: 1 },
  atLeastOnePerInspector: false,
  seed: SEED,
});
if (draw.status !== 'ok') throw new Error('the draw must work');
const drawn = draw.value.chosen[0]!;
const READER = TEAM.find((m) => m.role === 'inspector' && m.id !== drawn.inspectorId)!;
const LEAD = TEAM.find((m) => m.role === 'lead')!;

function name(member: (typeof TEAM)[number]): string {
  return member.role === 'lead' ? `${member.name} (lead inspector)` : member.name;
}

async function noAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

/** On the moderation page: changes who is scoring on this device. */
async function scoreAs(page: Page, member: (typeof TEAM)[number]): Promise<void> {
  await page.getByRole('button', { name: 'Change who is scoring' }).click();
  await page.getByRole('radio', { name: name(member), exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByTestId('moderation-scoring-as').filter({ hasText: member.name }).waitFor();
}

async function choose(page: Page, itemId: string, label: string): Promise<void> {
  await page
    .locator(`[data-question="${itemId}"]`)
    .getByRole('radio', { name: label, exact: true })
    .check();
  await page.locator(`#${itemId}-status[data-save-state="saved"]`).waitFor();
}

const LABELS: Record<string, string> = {
  yes: 'Yes',
  no: 'No',
  na: 'N/A',
  not_known: 'Not known',
  male: 'Male',
  female: 'Female',
  outstanding: 'Outstanding',
  good: 'Good',
  'requires-improvement': 'Requires improvement',
  inadequate: 'Inadequate',
  education: 'Education',
  health: 'Health',
  family: 'Family contact',
};

describe('moderation', () => {
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

  it('draws a case, reads it again blind, compares, decides with a rationale and updates the findings', async () => {
    const { page, context } = session;
    await openApp(page, '/', server.url);
    await waitForServiceWorker(page);
    await seedInspection(page, fixture, { scorer: LEAD.id });
    const first = await storedAnswers(page, drawn.caseId);
    const firstNotes = Object.values(first)
      .map((a) => a.note)
      .filter((n) => n !== '');
    await context.setOffline(true);
    await server.close();

    // Before: allocation 9 of 16 (N/A left out), no moderation yet.
    await page.goto(`${server.url}${INSPECTION}/findings`);
    await expectHeading(page, 'Findings');
    await page.getByText('Based on 18 complete cases of 20').waitFor();
    await page.getByText('No case has been read a second time yet.').waitFor();

    // The lead draws one case with a seed.
    await page
      .getByRole('navigation', { name: 'Inspection' })
      .getByRole('link', { name: 'Moderation' })
      .click();
    await expectHeading(page, 'Moderation');
    await noAxeViolations(page);
    await page.getByRole('link', { name: 'Choose cases for a second reading' }).click();
    await expectHeading(page, 'Choose cases for a second reading');
    await page.getByRole('radio', { name: 'A number of cases' }).check();
    await page.getByLabel('Number of cases to read again').fill('1');
    await page.getByLabel('Seed', { exact: true }).fill(SEED);
    await page.getByRole('checkbox', { name: 'At least one case of each inspector' }).uncheck();
    await page.getByRole('button', { name: 'Draw cases' }).click();
    await page
      .getByTestId('draw-description')
      .filter({ hasText: `“${SEED}”` })
      .waitFor();
    const reader = page.getByLabel(`Second reader for case ${drawn.ref}`);
    await reader.selectOption({ label: READER.name });
    // Never the case's own inspector.
    const offered = await reader.locator('option').allTextContents();
    expect(offered).not.toContain(TEAM.find((m) => m.id === drawn.inspectorId)!.name);
    await noAxeViolations(page);
    await page.getByRole('button', { name: 'Assign second readings' }).click();
    await expectHeading(page, 'Moderation');
    await page.getByText('1 case chosen for a second reading').waitFor();
    // Until the reading starts, its reader can change; here it stays as it is.
    await page.getByRole('link', { name: `Change the reader of case ${drawn.ref}` }).click();
    await expectHeading(page, 'Change a second reading');
    await noAxeViolations(page);
    await page.getByRole('link', { name: 'Cancel' }).click();
    await expectHeading(page, 'Moderation');

    // The second reader takes over this device and reads the case blind.
    await scoreAs(page, READER);
    await page.getByRole('link', { name: `Second reading of case ${drawn.ref}` }).click();
    await expectHeading(page, `Case ${drawn.ref}`);
    await noAxeViolations(page);
    const value = (id: string): AnswerValue => first[id]?.value as AnswerValue;
    const disagree = value('alloc') === 'yes' ? 'no' : 'yes';

    await page.getByRole('link', { name: /^Case profile/ }).click();
    await expectHeading(page, 'Case profile');
    await page.locator('#answer-age').fill(String(value('age')));
    await page.locator('#answer-age').press('Tab');
    await page.locator('#age-status[data-save-state="saved"]').waitFor();
    await choose(page, 'gender', LABELS[value('gender') as string]!);
    for (const need of value('needs') as string[]) {
      await page
        .locator('[data-question="needs"]')
        .getByRole('checkbox', { name: LABELS[need]!, exact: true })
        .check();
      await page.locator('#needs-status[data-save-state="saved"]').waitFor();
    }
    await page.getByRole('link', { name: 'Continue to Allocation' }).click();
    await expectHeading(page, 'Allocation');
    // Blind: nothing of the first reading is on the page.
    expect(await page.locator('[data-question="alloc"] input:checked').count()).toBe(0);
    expect(await page.locator('#alloc-note').inputValue()).toBe('');
    await choose(page, 'alloc', LABELS[disagree]!);
    await page.locator('#alloc-note').fill('Allocation letter on file, p. 4');
    await page.locator('#alloc-note').press('Tab');
    await page.locator('#alloc-status[data-save-state="saved"]').waitFor();
    await noAxeViolations(page);
    await page.getByRole('link', { name: 'Continue to Assessment' }).click();
    await expectHeading(page, 'Assessment');
    await choose(page, 'emh', LABELS[value('emh') as string]!);
    await choose(page, 'quality', LABELS[value('quality') as string]!);
    await page.getByRole('link', { name: 'Continue to Reviewing' }).click();
    await expectHeading(page, 'Reviewing');
    await choose(page, 'rev', LABELS[value('rev') as string]!);
    if (value('rev-why') !== undefined) {
      await choose(page, 'rev-why', LABELS[value('rev-why') as string]!);
    }
    const body = (await page.locator('main').textContent()) ?? '';
    for (const note of firstNotes) expect(body).not.toContain(note);
    await page.getByRole('link', { name: 'Continue to finish the second reading' }).click();
    await expectHeading(page, `Case ${drawn.ref}`);
    const overview = (await page.locator('main').textContent()) ?? '';
    for (const note of firstNotes) expect(overview).not.toContain(note);
    expect(await page.locator(`main a[href*="/cases/${drawn.caseId}"]`).count()).toBe(0);
    // The case's answers are untouched by the second reading.
    expect((await storedAnswers(page, drawn.caseId)).alloc?.value).toBe(value('alloc'));
    await page.getByRole('button', { name: 'I have finished the second reading' }).click();
    await page.getByText('This second reading is finished').waitFor();

    // The lead compares the two readings and decides.
    await page.getByRole('link', { name: 'Back to moderation' }).click();
    await expectHeading(page, 'Moderation');
    await scoreAs(page, LEAD);
    await page.getByTestId('moderation-overall').waitFor();
    await page.getByRole('link', { name: `Compare readings of case ${drawn.ref}` }).click();
    await expectHeading(page, 'Two readings compared');
    await page.getByRole('heading', { name: 'Disagreements' }).waitFor();
    const block = page.locator('[data-disagreement="alloc"]');
    expect(await block.locator('[data-reading="first-value"]').textContent()).toBe(
      LABELS[value('alloc') as string],
    );
    expect(await block.locator('[data-reading="second-value"]').textContent()).toBe(
      LABELS[disagree],
    );
    expect(await block.locator('[data-reading="second-note"]').textContent()).toBe(
      'Allocation letter on file, p. 4',
    );
    expect(await page.locator('[data-disagreement]').count()).toBe(1);
    expect(await page.getByTestId('case-agreement').textContent()).toMatch(
      /^\d+% \(\d+\/\d+\) of paired answers$/,
    );
    await noAxeViolations(page);

    await page.getByRole('link', { name: /^Decide the final answer/ }).click();
    await expectHeading(page, 'Decide the final answer');
    await page
      .getByRole('radio', { name: `Take the second reading’s answer: ${LABELS[disagree]}` })
      .check();
    await page.getByRole('button', { name: 'Save decision' }).click();
    await page
      .getByRole('alert')
      .getByRole('link', { name: 'Enter the rationale for this decision' })
      .waitFor();
    await page.waitForFunction(() => document.title.startsWith('Error: '));
    await noAxeViolations(page);
    await page.getByLabel('Rationale').fill('The allocation letter on p. 4 settles it.');
    await page.getByRole('button', { name: 'Save decision' }).click();
    await expectHeading(page, 'Two readings compared');
    await page.getByText(`case ${drawn.ref} is moderated`).waitFor();
    expect((await storedAnswers(page, drawn.caseId)).alloc?.value).toBe(disagree);
    const cases = await readStore<{ id: string; status: string }>(page, 'cases');
    expect(cases.find((c) => c.id === drawn.caseId)?.status).toBe('moderated');

    // The agreement tables.
    await page
      .getByRole('navigation', { name: 'Inspection' })
      .getByRole('link', { name: 'Moderation' })
      .click();
    await expectHeading(page, 'Moderation');
    await page.getByRole('link', { name: 'Agreement by question and standard' }).click();
    await expectHeading(page, 'Agreement between readings');
    await page.locator('[data-question="alloc"]').waitFor();
    expect(
      (await page.locator('[data-question="alloc"] td').allTextContents()).map((t) => t.trim()),
    ).toEqual(['1', '0% (0/1) † small base', '0.00', 'None']);
    await noAxeViolations(page);

    // The findings use the final answer, and say how the moderation went.
    await page
      .getByRole('navigation', { name: 'Inspection' })
      .getByRole('link', { name: 'Findings' })
      .click();
    await expectHeading(page, 'Findings');
    const before = { yes: 9, base: 16 };
    const firstAlloc = value('alloc');
    const after = {
      yes: before.yes + (disagree === 'yes' ? 1 : 0) - (firstAlloc === 'yes' ? 1 : 0),
      base: before.base + (firstAlloc === 'na' ? 1 : 0),
    };
    const percent = Math.floor((200 * after.yes + after.base) / (2 * after.base));
    await page
      .locator('.ca-findings__table tr', {
        has: page.locator('.ca-findings__id', { hasText: /^alloc$/ }),
      })
      .locator('td')
      .first()
      .filter({ hasText: `${percent}% (${after.yes}/${after.base})` })
      .waitFor();
    const summary = await page.getByTestId('moderation-summary').textContent();
    expect(summary).toMatch(
      /^1 case \(5%\) was read a second time by another inspector, without sight of the first reading\. The two readings agreed on \d+% of answers \(kappa .+, \d+ paired answers\); 1 answer was changed after review\./,
    );
    await noAxeViolations(page);
    // The report's methodology says the same (the preview and the PDF render one document).
    await page.goto(`${server.url}${INSPECTION}/report/preview`);
    await expectHeading(page, 'Report preview');
    await page
      .locator('main')
      // Numbered as HMIP reports number paragraphs ("1.7"), then the same sentence.
      .getByText(/^(\d+\.\d+ )?1 case \(5%\) was read a second time by another inspector/)
      .waitFor();
    const moderation = (await readStore<{ data: { status: string } }>(page, 'moderation'))[0];
    expect(moderation?.data.status).toBe('decided');
    expect(uncaughtErrors(page)).toEqual([]);
  });
});
