/**
 * Case data at rest: a person sets a passphrase, adds a case by a reference no one else uses,
 * scores it with an evidence note and writes report text, then quits the browser. Every file of
 * the browser's profile folder is then read as bytes and searched for each of those words, in
 * UTF-8 and in UTF-16: none is anywhere — not in IndexedDB, nor the browser's history, session,
 * autofill or cache files. A control written by the page in plain text into IndexedDB is found
 * by the same search, so finding nothing means the words are not there to find.
 *
 * The browser is started again on the profile: the app is locked; a wrong passphrase is refused
 * and changes nothing; the right one opens the case where it was asked, with its note.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { baseUrl, expectHeading } from './support/app';
import { launchKillableBrowser, makeProfileDir, uncaughtErrors } from './support/browser';
import {
  passGateWhenAsked,
  setUpProtection,
  TEST_PERSON,
  UNLOCK_HEADING,
} from './support/protection';
import {
  answerWithNote,
  noteBox,
  searchFolder,
  startInspection,
  storeInPlainText,
  writeReportSummary,
} from './support/protectionJourney';

const REFERENCE = 'ZQX-7731-PROBE';
const TITLE = 'Inspection of Wexcombe QJV-4402';
const NOTE = 'Plan seen on page 12: PRB-9186 moved placement on 3 March';
const SUMMARY = 'Joint working in Wexcombe was weak (RPT-5527-SUMMARY)';
const CONTROL = 'CTL-3390-PLAIN control note, stored unsealed';

describe('case data at rest on this device', () => {
  const profile = makeProfileDir();
  afterAll(() => profile.remove());

  it('leaves no case reference, note or report text readable in the profile folder, and opens again only with the passphrase', async () => {
    // Protection set up, then a case scored through the screens.
    const first = await launchKillableBrowser(profile.dir, { gate: 'by hand' });
    let caseUrl = '';
    try {
      const { page } = first;
      await page.goto(`${baseUrl()}/`);
      await setUpProtection(page);
      await passGateWhenAsked(page);
      const made = await startInspection(page, { title: TITLE, reference: REFERENCE });
      caseUrl = made.caseUrl;
      // Ids are random: the reference is in no address, key or title.
      expect(made.caseId).not.toContain(REFERENCE);
      expect(page.url()).not.toContain(REFERENCE);
      expect(await page.title()).not.toContain(REFERENCE);
      await answerWithNote(page, caseUrl, NOTE);
      await writeReportSummary(page, made.inspectionId, SUMMARY);
      await storeInPlainText(page, CONTROL);
      expect(uncaughtErrors(page)).toEqual([]);
    } finally {
      // Quit as a person does, so the browser writes its history and session files.
      await first.quit();
    }

    const { found, files, bytes } = searchFolder(profile.dir, [
      REFERENCE,
      TITLE,
      NOTE,
      SUMMARY,
      CONTROL,
    ]);
    console.log(`searched ${files} files (${Math.round(bytes / 1024)} KiB) of the profile`);
    // The control is found: the search sees what IndexedDB stores in plain text.
    expect(found.filter((f) => f.text === CONTROL).length).toBeGreaterThan(0);
    const leaks = found.filter((f) => f.text !== CONTROL);
    for (const leak of leaks)
      console.log(`found "${leak.text}" (${leak.encoding}) in ${leak.file}`);
    expect(leaks).toEqual([]);

    // Started again: locked, wherever the address goes.
    const second = await launchKillableBrowser(profile.dir, { gate: 'by hand' });
    try {
      const { page } = second;
      await page.goto(`${baseUrl()}${caseUrl}/standards/transfer`);
      await expectHeading(page, UNLOCK_HEADING, 30_000);
      expect(await page.getByText(NOTE).count()).toBe(0);

      // A wrong passphrase is refused and says so.
      await page.getByLabel('Passphrase', { exact: true }).fill('violet tractor harbour ten');
      await page.getByRole('button', { name: 'Unlock', exact: true }).click();
      const summary = page.locator('.govuk-error-summary');
      await summary.getByText('The passphrase is not right').waitFor({ timeout: 30_000 });
      await page
        .locator('.govuk-error-message', { hasText: 'The passphrase is not right' })
        .waitFor();
      expect(await page.getByLabel('Passphrase', { exact: true }).getAttribute('type')).toBe(
        'password',
      );
      await expectHeading(page, UNLOCK_HEADING);

      // The right one opens the screen asked for, with the note.
      await page.getByLabel('Passphrase', { exact: true }).fill(TEST_PERSON.passphrase);
      await page.getByRole('button', { name: 'Unlock', exact: true }).click();
      await noteBox(page).waitFor({ timeout: 30_000 });
      expect(await noteBox(page).inputValue()).toBe(NOTE);
      expect(new URL(page.url()).pathname).toBe(`${caseUrl}/standards/transfer`);
      expect(uncaughtErrors(page)).toEqual([]);
    } finally {
      await second.close();
    }
  }, 300_000);
});
