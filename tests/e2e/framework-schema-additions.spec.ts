/**
 * A framework using the format's additions, end to end in real Chromium: imported through
 * Frameworks › Import, an inspection started with it, a case added in Blackpool and scored —
 * N/A on a number, "None of these", "Other" with its words — while a standard asked only for
 * children subject to MAPPA, a question asked only after a late first meeting, and a section
 * asked only for host cases come and go with the answers and the case's place.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schemaAdditionsFramework } from '../fixtures/schemaAdditionsFramework';
import { axeViolations, openApp } from './support/app';
import { launchBrowser, type Session, uncaughtErrors } from './support/browser';
import { addCaseAndStartScoring, createInspectionWith } from './support/frameworkJourney';
import { storedAnswers } from './support/scoringSeed';

/** The task list's status for a task, by its title. */
async function taskStatus(page: Page, title: string): Promise<string> {
  const item = page.locator('.govuk-task-list__item', { hasText: title });
  return (await item.locator('.govuk-task-list__status').textContent())!.trim();
}

async function question(page: Page, itemId: string) {
  return page.locator(`[data-question="${itemId}"]`);
}

async function saved(page: Page, itemId: string) {
  await page.locator(`#${itemId}-status[data-save-state="saved"]`).waitFor();
}

describe('a framework using the format’s additions', () => {
  let session: Session;
  let dir: string;
  beforeEach(async () => {
    session = await launchBrowser();
    dir = mkdtempSync(join(tmpdir(), 'case-audit-additions-'));
  });
  afterEach(async () => {
    await session.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports, starts an inspection and scores a case with every addition', async () => {
    const { page } = session;
    const framework = schemaAdditionsFramework();
    const file = join(dir, 'additions.json');
    writeFileSync(file, JSON.stringify(framework, null, 2));

    // Frameworks › Import: checked, summarised, added.
    await openApp(page, '/frameworks');
    await page.getByRole('link', { name: 'Import a framework' }).click();
    await page.getByLabel('Upload a framework file').setInputFiles(file);
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('heading', { name: 'The file is a valid framework' }).waitFor();
    await page.getByRole('button', { name: 'Add to the library' }).click();
    await page.getByText('Framework added to the library').waitFor();

    // An inspection with it: its areas and strata come from the framework.
    const inspectionId = await createInspectionWith(page, {
      title: 'Engagement audit',
      kind: 'Thematic inspection',
      framework: 'schema-additions-test@1.0.0',
      firstArea: 'Blackpool',
      member: 'A. Patel',
    });

    // A case in Blackpool, a home case.
    const caseId = await addCaseAndStartScoring(page, inspectionId, {
      reference: 'ENG-01',
      area: 'Blackpool',
      stratum: 'Home',
      scorer: 'A. Patel',
    });
    const caseUrl = `/inspections/${inspectionId}/cases/${caseId}`;

    // Whole standards and sections are asked or not by the case's place.
    expect(await taskStatus(page, 'Blackpool pilot')).toBe('Not yet started');
    expect(await taskStatus(page, 'Host liaison')).toBe('Not asked for this case');
    expect(await taskStatus(page, 'MAPPA work')).toBe('Cannot start yet');

    // The profile: N/A on a number; MAPPA "Yes" opens its standard.
    await openApp(page, `${caseUrl}/profile`);
    const start = await question(page, 'order-start');
    await start.getByLabel('Day').fill('2');
    await start.getByLabel('Month').fill('1');
    await start.getByLabel('Year').fill('2026');
    await saved(page, 'order-start');
    const placements = await question(page, 'placements');
    await placements.getByRole('textbox', { name: 'Number of placements' }).fill('3');
    await saved(page, 'placements');
    await placements.getByRole('checkbox', { name: /^N\/A/ }).check();
    await page.waitForFunction(
      () => (document.getElementById('answer-placements') as HTMLInputElement).value === '',
    );
    await (await question(page, 'mappa')).getByRole('radio', { name: 'Yes', exact: true }).check();
    await saved(page, 'mappa');

    await openApp(page, caseUrl);
    expect(await taskStatus(page, 'MAPPA work')).toBe('Not yet started');

    // Engagement: "None of these" clears a choice; "Other" reveals a box for its words.
    await openApp(page, `${caseUrl}/standards/engagement`);
    const activities = await question(page, 'e2');
    await activities.getByRole('checkbox', { name: 'Education' }).check();
    await saved(page, 'e2');
    await activities.getByRole('checkbox', { name: 'None of these' }).check();
    await page.waitForFunction(
      () => !(document.getElementById('e2-option-0') as HTMLInputElement).checked,
    );
    await activities.getByRole('checkbox', { name: 'Other (please say)' }).check();
    expect(await activities.getByRole('checkbox', { name: 'None of these' }).isChecked()).toBe(
      false,
    );
    const words = activities.getByLabel('Say what “Other” is');
    await words.focus();
    await page.keyboard.press('Tab');
    await activities.getByText('Enter what “Other” is').waitFor();
    expect({ page: 'scoring with an error', violations: await axeViolations(page) }).toEqual({
      page: 'scoring with an error',
      violations: [],
    });
    await words.fill('Boxing club');
    await words.blur();
    await activities.getByRole('checkbox', { name: 'Sport' }).check();
    await page.waitForFunction(
      async () => !document.querySelector('[data-question="e2"] .govuk-error-message'),
    );

    // A question asked only when the first meeting came over 10 working days after the order.
    const meeting = await question(page, 'e3');
    await meeting.getByLabel('Day').fill('19');
    await meeting.getByLabel('Month').fill('1');
    await meeting.getByLabel('Year').fill('2026');
    await page.locator('[data-question="e4"]').waitFor();
    await meeting.getByLabel('Day').fill('16');
    await page.locator('[data-question="e4"]').waitFor({ state: 'detached' });
    await saved(page, 'e3');
    expect({ page: 'scoring', violations: await axeViolations(page) }).toEqual({
      page: 'scoring',
      violations: [],
    });

    await expect
      .poll(async () => {
        const answers = await storedAnswers(page, caseId);
        return Object.fromEntries(Object.entries(answers).map(([id, a]) => [id, a.value]));
      })
      .toEqual({
        'order-start': '2026-01-02',
        placements: 'na',
        mappa: 'yes',
        e2: ['sport', 'other:Boxing club'],
        e3: '2026-01-16',
      });

    // The MAPPA standard goes when the profile says the child was not subject to MAPPA.
    await openApp(page, `${caseUrl}/profile`);
    await (await question(page, 'mappa')).getByRole('radio', { name: 'No', exact: true }).check();
    await saved(page, 'mappa');
    await openApp(page, caseUrl);
    await page
      .locator('.govuk-task-list__item', { hasText: 'MAPPA work' })
      .getByText('Not asked for this case')
      .waitFor();
    expect(await page.getByRole('link', { name: 'MAPPA work' }).count()).toBe(0);
    expect(uncaughtErrors(page)).toEqual([]);
  });
});
