/**
 * Team work in real browsers, as small steps a spec strings together: a device (its own browser
 * profile) that goes offline after its first visit; packs and work files downloaded from one
 * device and opened on another; answers given through the real scoring screens; work files
 * merged with their passphrases and the lead's decisions; every table read back to compare;
 * and a moderation round across devices: a case chosen for a second reading, read blind on the
 * reader's own device through the second-reading screens, finished, and decided by the lead.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { InspectionFixture } from '../../fixtures/inspectionFixture';
import { baseUrl, expectHeading, openApp, waitForServiceWorker } from './app';
import { launchBrowser, type Session } from './browser';
import { readStore, seedInspection } from './scoringSeed';

export type Device = Session & { readonly name: string };

/** A device with the app installed (service worker ready), then cut off from the network. */
export async function startOfflineDevice(name: string): Promise<Device> {
  const session = await launchBrowser();
  await openApp(session.page, '/');
  await waitForServiceWorker(session.page);
  await session.context.setOffline(true);
  return { ...session, name };
}

/** The lead's inspection, put on the lead's device as the set-up screens would have made it. */
export async function loadInspection(
  device: Device,
  fixture: InspectionFixture,
  scorer: string,
): Promise<void> {
  await seedInspection(device.page, fixture, { scorer });
  await openApp(device.page, `/inspections/${fixture.inspection.id}`);
}

const downloads = mkdtempSync(join(tmpdir(), 'case-audit-team-'));

/** Clicks a button that saves a file, and keeps the file: its path and name. */
export async function downloadFrom(
  page: Page,
  button: string,
): Promise<{ path: string; name: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: button }).click(),
  ]);
  const dir = mkdtempSync(join(downloads, 'file-'));
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return { path, name: file.suggestedFilename() };
}

/** Goes to the inspection's Team work page through its sub-navigation. */
export async function openTeamWork(page: Page, inspectionId: string, url?: string): Promise<void> {
  await openApp(page, `/inspections/${inspectionId}`, url);
  await page
    .getByRole('navigation', { name: 'Inspection' })
    .getByRole('link', { name: 'Team work' })
    .click();
  await expectHeading(page, 'Team work');
}

function passphraseSteps(page: Page, passphrase: string | undefined) {
  return async () => {
    if (passphrase === undefined) return;
    await page.getByLabel('Protect the file with a passphrase').check();
    await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await page.getByLabel('Type the passphrase again').fill(passphrase);
  };
}

/** The lead exports a pack for one team member (by name), or for everyone. */
export async function exportPack(
  page: Page,
  inspectionId: string,
  forWhom: string,
  options: { passphrase?: string } = {},
): Promise<{ path: string; name: string }> {
  await openTeamWork(page, inspectionId);
  await page.getByRole('link', { name: 'Export a pack' }).click();
  await expectHeading(page, 'Export an inspection pack');
  await page.getByLabel(forWhom).check();
  await passphraseSteps(page, options.passphrase)();
  const file = await downloadFrom(page, 'Download the pack');
  await page.locator('[data-export-done]').waitFor();
  return file;
}

/** Opens a Case Audit file from the Inspections page, unlocking it if it is protected. */
export async function openCaseAuditFile(
  page: Page,
  path: string,
  passphrase?: string,
): Promise<void> {
  await openApp(page, '/inspections');
  await page.getByRole('link', { name: 'Open a Case Audit file' }).click();
  await expectHeading(page, 'Open a Case Audit file');
  await page.getByLabel('Case Audit file (.json)').setInputFiles(path);
  await page.getByRole('button', { name: 'Check the file' }).click();
  await page.locator('[data-opened-file]').waitFor();
  if (passphrase !== undefined) {
    await page.getByLabel(/^Passphrase for /).fill(passphrase);
    await page.getByRole('button', { name: 'Open the file' }).click();
  }
}

/** An inspector imports their pack; returns the banner's words. */
export async function importPack(page: Page, path: string, passphrase?: string): Promise<string> {
  await openCaseAuditFile(page, path, passphrase);
  await page.getByRole('button', { name: 'Import the pack' }).click();
  const banner = page.locator('[data-pack-imported]');
  await banner.waitFor({ timeout: 30_000 });
  return (await banner.textContent()) ?? '';
}

/**
 * Answers questions of one case through the scoring screens: its page, the standard's page, a
 * radio and (if given) an evidence note per question, each waited for until it says Saved.
 */
export async function scoreCase(
  page: Page,
  inspectionId: string,
  caseId: string,
  standard: string,
  answers: Readonly<Record<string, { choice: string; note?: string }>>,
  url?: string,
): Promise<void> {
  await openApp(page, `/inspections/${inspectionId}/cases/${caseId}`, url);
  await page.getByRole('link', { name: standard, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: standard }).waitFor();
  for (const [itemId, { choice, note }] of Object.entries(answers)) {
    const block = page.locator(`[data-question="${itemId}"]`);
    await block.getByRole('radio', { name: choice, exact: true }).check();
    if (note !== undefined) {
      await block.locator('textarea').fill(note);
      await block.locator('textarea').blur();
    }
    await page.locator(`#${itemId}-status[data-save-state="saved"]`).waitFor();
  }
  await page.waitForFunction(
    () => document.querySelectorAll('[data-save-state="saving"]').length === 0,
  );
}

/** "Check your answers", then "Mark case as complete". */
export async function completeCase(
  page: Page,
  inspectionId: string,
  caseId: string,
  url?: string,
): Promise<void> {
  await openApp(page, `/inspections/${inspectionId}/cases/${caseId}/check`, url);
  await page.getByRole('button', { name: 'Mark case as complete' }).click();
  await page
    .getByText(/is complete$/)
    .first()
    .waitFor();
}

/** Follows a link of the inspection's sub-navigation (an inspector's device has its own). */
export async function followInspectionNav(page: Page, label: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Inspection' })
    .getByRole('link', { name: label, exact: true })
    .click();
}

/**
 * On an inspector's device, a lead's page reached by its address first says whose tool it is:
 * the one step to take before the tool itself.
 */
export async function continueToLeadTool(page: Page, heading: string): Promise<void> {
  await expectHeading(page, 'Lead’s tools');
  await page.getByRole('button', { name: 'Continue to the lead’s tools' }).click();
  await expectHeading(page, heading);
}

/** An inspector exports their work (from their device's menu), with a passphrase if given. */
export async function exportMyWork(
  page: Page,
  inspectionId: string,
  options: { passphrase?: string } = {},
): Promise<{ path: string; name: string }> {
  await openApp(page, `/inspections/${inspectionId}`);
  await followInspectionNav(page, 'Send my work to the lead');
  await expectHeading(page, 'Export my work');
  await passphraseSteps(page, options.passphrase)();
  const file = await downloadFrom(page, 'Download my work');
  await page.locator('[data-export-done]').waitFor();
  return file;
}

/** The lead chooses work files on the merge page and waits for the preview. */
export async function chooseWorkFiles(
  page: Page,
  inspectionId: string,
  paths: readonly string[],
  passphrases: Readonly<Record<string, string>> = {},
): Promise<void> {
  await openTeamWork(page, inspectionId);
  await page.getByRole('link', { name: 'Merge work files' }).click();
  await expectHeading(page, 'Merge work files');
  await page.getByLabel('Work files (.json)').setInputFiles([...paths]);
  await page.getByRole('button', { name: 'Check the files' }).click();
  await page.locator('[data-merge-preview]').waitFor({ timeout: 30_000 });
  for (const [fileName, passphrase] of Object.entries(passphrases)) {
    await page.getByLabel(`Passphrase for ${fileName}`).fill(passphrase);
    const form = page.locator('form', { has: page.getByLabel(`Passphrase for ${fileName}`) });
    await form.getByRole('button', { name: 'Open the file' }).click();
    await page
      .getByLabel(`Passphrase for ${fileName}`)
      .waitFor({ state: 'detached', timeout: 60_000 });
  }
}

/** The preview table's rows: file name (with its status), from, new, updated, unchanged, conflicts. */
export async function previewRows(page: Page): Promise<string[][]> {
  return page
    .locator('[data-merge-preview] tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        Array.from(row.querySelectorAll('th, td'), (cell) =>
          (cell.textContent ?? '').replace(/\s+/g, ' ').trim(),
        ),
      ),
    );
}

/** Decides the conflict of a case ("Keep mine …", "Keep theirs …", "Keep both for later"). */
export async function decideConflict(
  page: Page,
  caseRef: string,
  choice: 'mine' | 'theirs' | 'later',
): Promise<void> {
  const group = page.getByRole('group', { name: `What to keep for case ${caseRef}` });
  const label =
    choice === 'mine'
      ? 'Keep mine (the answer on this device)'
      : choice === 'theirs'
        ? 'Keep theirs (the answer in the file)'
        : 'Keep both for later';
  await group.getByLabel(label).check();
}

/** "Merge N files", and the result's lines. */
export async function commitMerge(page: Page, files: number): Promise<string[]> {
  await page.getByRole('button', { name: `Merge ${files} file${files === 1 ? '' : 's'}` }).click();
  const result = page.locator('[data-merge-result]');
  await result.waitFor({ timeout: 60_000 });
  return result.locator('li').allTextContents();
}

const TABLES = [
  'frameworks',
  'inspections',
  'cases',
  'answerValues',
  'answerDetails',
  'answerHistory',
  'populationChunks',
  'reports',
  'moderation',
  'imports',
  'conflicts',
  'meta',
] as const;

/**
 * Every table of the device's database, as one text: equal text, equal database. Rows the app
 * writes as screens come and go are left out, since they say nothing about the inspection:
 * `storage.probe` (its check, on every visit, that storage is writable) and `open-case:…`
 * (a case screen open, for crash recovery).
 */
export async function dumpDatabase(page: Page): Promise<string> {
  const tables: Record<string, unknown[]> = {};
  for (const name of TABLES) tables[name] = await readStore(page, name);
  tables.meta = (tables.meta ?? []).filter((row) => {
    const key = (row as { key?: string }).key ?? '';
    return key !== 'storage.probe' && !key.startsWith('open-case:');
  });
  return JSON.stringify(tables);
}

/** Goes to the inspection's Moderation page through its sub-navigation. */
export async function openModeration(
  page: Page,
  inspectionId: string,
  url?: string,
): Promise<void> {
  await openApp(page, `/inspections/${inspectionId}`, url);
  await page
    .getByRole('navigation', { name: 'Inspection' })
    .getByRole('link', { name: 'Moderation' })
    .click();
  await expectHeading(page, 'Moderation');
}

/** On an inspector's device: their second readings, on the Moderation page, from their menu. */
export async function openSecondReadings(
  page: Page,
  inspectionId: string,
  url?: string,
): Promise<void> {
  await openApp(page, `/inspections/${inspectionId}`, url);
  await followInspectionNav(page, 'Your second readings');
  await expectHeading(page, 'Moderation');
}

/**
 * The lead chooses one case by hand for a second reading by `reader` (a name); returns the
 * readers offered for it.
 */
export async function chooseForSecondReading(
  page: Page,
  inspectionId: string,
  caseRef: string,
  reader: string,
  url?: string,
): Promise<string[]> {
  await openModeration(page, inspectionId, url);
  await page.getByRole('link', { name: 'Choose cases for a second reading' }).click();
  await expectHeading(page, 'Choose cases for a second reading');
  await page.getByRole('radio', { name: 'By hand' }).check();
  await page.getByRole('checkbox', { name: new RegExp(`^${caseRef}\\b`) }).check();
  const select = page.getByLabel(`Second reader for case ${caseRef}`);
  await select.selectOption({ label: reader });
  const offered = await select.locator('option').allTextContents();
  await page.getByRole('button', { name: 'Assign second readings' }).click();
  await expectHeading(page, 'Moderation');
  await page.getByText('1 case chosen for a second reading').waitFor();
  return offered;
}

/** Texts of every radio checked and every note typed on the page: what a reader can see. */
export async function answersShown(page: Page): Promise<string[]> {
  return page
    .locator('main')
    .evaluate((main) => [
      ...Array.from(main.querySelectorAll('input:checked'), (i) => `checked ${i.id}`),
      ...Array.from(main.querySelectorAll('textarea'), (t) => t.value).filter((v) => v !== ''),
    ]);
}

/**
 * The second reader answers one standard of their second reading on their own device, through
 * its screens (from "Your second readings"), each answer waited for until it says Saved.
 * Returns what the standard's page showed before any answer: nothing, for a blind reading.
 */
export async function secondReadStandard(
  page: Page,
  inspectionId: string,
  caseRef: string,
  standard: string,
  answers: Readonly<Record<string, { choice: string; note?: string }>>,
): Promise<string[]> {
  await openSecondReadings(page, inspectionId);
  await page.getByRole('link', { name: `Second reading of case ${caseRef}` }).click();
  await expectHeading(page, `Case ${caseRef}`);
  await page.getByRole('link', { name: standard, exact: true }).click();
  await expectHeading(page, standard);
  const before = await answersShown(page);
  for (const [itemId, { choice, note }] of Object.entries(answers)) {
    const block = page.locator(`[data-question="${itemId}"]`);
    await block.getByRole('radio', { name: choice, exact: true }).check();
    if (note !== undefined) {
      await block.locator('textarea').fill(note);
      await block.locator('textarea').blur();
    }
    await page.locator(`#${itemId}-status[data-save-state="saved"]`).waitFor();
  }
  await page.waitForFunction(
    () => document.querySelectorAll('[data-save-state="saving"]').length === 0,
  );
  return before;
}

/** "I have finished the second reading", from the reading's own page. */
export async function finishReading(page: Page, caseRef: string): Promise<void> {
  await page.getByRole('link', { name: 'Continue to finish the second reading' }).click();
  await expectHeading(page, `Case ${caseRef}`);
  await page.getByRole('button', { name: 'I have finished the second reading' }).click();
  await page.getByText('This second reading is finished').waitFor();
}

/** The lead decides one disagreement ("Take the second reading’s answer: No", …) with a rationale. */
export async function decideDisagreement(
  page: Page,
  itemText: string,
  choice: string,
  rationale: string,
): Promise<void> {
  await page.getByRole('link', { name: `Decide the final answer to “${itemText}”` }).click();
  await expectHeading(page, 'Decide the final answer');
  await page.getByRole('radio', { name: choice }).check();
  await page.getByLabel('Rationale').fill(rationale);
  await page.getByRole('button', { name: 'Save decision' }).click();
  await expectHeading(page, 'Two readings compared');
}

export { baseUrl };
