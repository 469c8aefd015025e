/**
 * The passphrase changed and forgotten. A change re-wraps the data key in one write: the browser
 * killed at moments during it leaves one passphrase that works — the old one when killed early —
 * and never none; a change left to finish makes the new one work and the old one be refused. A
 * forgotten passphrase: the recovery code shown at set-up sets a new one, and the cases are
 * there.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { baseUrl, expectHeading, navigate, openApp } from './support/app';
import {
  launchBrowser,
  launchKillableBrowser,
  makeProfileDir,
  uncaughtErrors,
} from './support/browser';
import {
  type Person,
  passGateWhenAsked,
  setUpProtection,
  stopPassingGate,
  TEST_PERSON,
  UNLOCK_HEADING,
} from './support/protection';
import { answerWithNote, noteBox, STANDARD, startInspection } from './support/protectionJourney';

const OLD = TEST_PERSON;
const NEW: Person = { name: TEST_PERSON.name, passphrase: 'orchard pebble lantern forty' };
const NOTE = 'Care plan reviewed on 2 February';

/** Tries a passphrase on the unlock screen: unlocked, or refused as not right. */
async function tryPassphrase(page: Page, passphrase: string): Promise<'unlocked' | 'refused'> {
  // The message from an attempt before would answer for this one: start from a clean screen.
  if ((await page.locator('.govuk-error-summary').count()) > 0) {
    await page.reload();
    await expectHeading(page, UNLOCK_HEADING, 30_000);
  }
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  const refused = page.locator('.govuk-error-summary').getByText('The passphrase is not right');
  const unlocked = page.locator('main h1').filter({ hasNotText: UNLOCK_HEADING });
  await refused.or(unlocked).first().waitFor({ timeout: 30_000 });
  return (await unlocked.count()) > 0 ? 'unlocked' : 'refused';
}

/** On a fresh start of the profile: which passphrase opens it (the note then shows). */
async function whichWorks(dir: string, address: string): Promise<'old' | 'new' | 'neither'> {
  const session = await launchKillableBrowser(dir, { gate: 'by hand' });
  try {
    const { page } = session;
    await page.goto(`${baseUrl()}${address}`);
    await expectHeading(page, UNLOCK_HEADING, 30_000);
    let works: 'old' | 'new' | 'neither' = 'neither';
    if ((await tryPassphrase(page, OLD.passphrase)) === 'unlocked') works = 'old';
    else if ((await tryPassphrase(page, NEW.passphrase)) === 'unlocked') works = 'new';
    if (works !== 'neither') {
      await noteBox(page).waitFor({ timeout: 30_000 });
      expect(await noteBox(page).inputValue()).toBe(NOTE);
    }
    expect(uncaughtErrors(page)).toEqual([]);
    return works;
  } finally {
    await session.close();
  }
}

/** Fills the change of passphrase and submits it. */
async function changePassphrase(page: Page, from = OLD, to = NEW): Promise<void> {
  await openApp(page, '/settings/passphrase');
  await expectHeading(page, 'Change your passphrase');
  await page.getByLabel('Current passphrase').fill(from.passphrase);
  await page.getByLabel('New passphrase', { exact: true }).fill(to.passphrase);
  await page.getByLabel('Confirm new passphrase').fill(to.passphrase);
  await page.getByRole('button', { name: 'Change passphrase' }).click();
}

describe('the passphrase', () => {
  const profile = makeProfileDir();
  afterAll(() => profile.remove());

  it('survives a browser killed while it is being changed, and once changed only the new one opens', async () => {
    const setUp = await launchKillableBrowser(profile.dir, { gate: 'by hand' });
    let address = '';
    try {
      await setUp.page.goto(`${baseUrl()}/`);
      await setUpProtection(setUp.page, OLD);
      await passGateWhenAsked(setUp.page, OLD);
      const { caseUrl } = await startInspection(setUp.page, {
        title: 'Passphrase test',
        reference: 'PWD-01',
      });
      await answerWithNote(setUp.page, caseUrl, NOTE);
      address = `${caseUrl}/standards/${STANDARD}`;
    } finally {
      await setUp.close();
    }

    // Killed at moments during the change: right away, while keys are derived, and later.
    const outcomes: string[] = [];
    for (const delay of [0, 600, 1_500]) {
      const session = await launchKillableBrowser(profile.dir);
      await changePassphrase(session.page);
      await new Promise((resolve) => setTimeout(resolve, delay));
      await session.kill();
      const works = await whichWorks(profile.dir, address);
      outcomes.push(`killed ${delay} ms after "Change passphrase": the ${works} one works`);
      expect(works, outcomes.join('; ')).not.toBe('neither');
      if (delay === 0) expect(works).toBe('old');
      if (works === 'new') break;
    }
    console.log(outcomes.join('\n'));

    // Left to finish: the new one opens, the old is refused. (Had a kill come after the write,
    // the new one is changed back first.)
    const changedByAKill = outcomes.some((o) => o.includes('the new one'));
    const session = await launchKillableBrowser(profile.dir, { gate: 'by hand' });
    try {
      const { page } = session;
      await passGateWhenAsked(page, changedByAKill ? NEW : OLD);
      if (changedByAKill) {
        await changePassphrase(page, NEW, OLD);
        await page.getByText('Your passphrase has been changed').waitFor({ timeout: 30_000 });
        await passGateWhenAsked(page, OLD);
      }
      await changePassphrase(page);
      await page.getByText('Your passphrase has been changed').waitFor({ timeout: 30_000 });
      expect(uncaughtErrors(page)).toEqual([]);
    } finally {
      await session.close();
    }
    expect(await whichWorks(profile.dir, address)).toBe('new');
  }, 300_000);

  it('is set anew with the recovery code, and the cases are there', async () => {
    const session = await launchBrowser({ gate: 'by hand' });
    try {
      const { page } = session;
      await page.goto(`${baseUrl()}/`);
      const code = await setUpProtection(page, OLD);
      expect(code).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
      await passGateWhenAsked(page, OLD);
      const { caseUrl } = await startInspection(page, {
        title: 'Recovery test',
        reference: 'REC-01',
      });
      await answerWithNote(page, caseUrl, NOTE);
      await stopPassingGate(page);

      // Forgotten: the recovery code, typed as a person might (lower case, spaces), sets a new one.
      await page.goto(`${baseUrl()}${caseUrl}/standards/${STANDARD}`);
      await expectHeading(page, UNLOCK_HEADING, 30_000);
      await page.getByRole('link', { name: 'Use your recovery code' }).click();
      await expectHeading(page, 'Use your recovery code');
      await page.getByLabel('Recovery code').fill(code.toLowerCase().replaceAll('-', ' '));
      await page.getByLabel('New passphrase', { exact: true }).fill(NEW.passphrase);
      await page.getByLabel('Confirm new passphrase').fill(NEW.passphrase);
      await page.getByRole('button', { name: 'Set new passphrase' }).click();
      // Unlocked, on a screen of the app, with the inspection there.
      const shown = page
        .locator('main h1')
        .filter({ hasNotText: /^\s*(Use your recovery code|Unlock Case Audit)\s*$/ });
      await shown.first().waitFor({ timeout: 30_000 });
      expect(await shown.first().textContent()).not.toBe('Page not found');
      await navigate(page, 'Inspections');
      await page.getByText('Recovery test').first().waitFor();

      // From now on the new passphrase opens it, with the note; the old one is refused.
      await page.goto(`${baseUrl()}${caseUrl}/standards/${STANDARD}`);
      await expectHeading(page, UNLOCK_HEADING, 30_000);
      expect(await tryPassphrase(page, OLD.passphrase)).toBe('refused');
      expect(await tryPassphrase(page, NEW.passphrase)).toBe('unlocked');
      await noteBox(page).waitFor({ timeout: 30_000 });
      expect(await noteBox(page).inputValue()).toBe(NOTE);
      expect(uncaughtErrors(page)).toEqual([]);
    } finally {
      await session.close();
    }
  }, 180_000);
});
