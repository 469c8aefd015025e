/**
 * A lead and an inspector working through a real team server, each in their own browser
 * profile: the lead (also its administrator) sets the server up, adds the inspector's account,
 * puts the inspection on the server from the team-work page and gives the inspector their role
 * as who they are in its team; the inspector signs in, copies the inspection to their device,
 * scores, and their answers reach the lead's device by sync; work done offline is kept and sent
 * once the network is back; the same answer changed on both devices is kept as an open conflict
 * on the lead's device, and the lead's decision reaches the server and the inspector; a second reading chosen on the lead's device reaches its reader without
 * the first reading. Every screen is free of axe violations.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectionFixture } from '../fixtures/inspectionFixture';
import { TEAM_FRAMEWORK } from '../fixtures/teamFixture';
import { axeViolations, expectHeading, openApp, waitForServiceWorker } from './support/app';
import { consoleWarnings, launchBrowser, type Session, uncaughtErrors } from './support/browser';
import { seedInspection, storedAnswers } from './support/scoringSeed';
import {
  chooseForSecondReading,
  completeCase,
  openSecondReadings,
  openTeamWork,
  scoreCase,
} from './support/teamJourney';
import { type RunningTeamServer, startTeamServer } from './support/teamServer';

const fixture = inspectionFixture({ framework: TEAM_FRAMEWORK, id: 'insp-team', caseCount: 4 });
const INSP = fixture.inspection.id;
// LAC-01-01 and LAC-01-03 are A. Patel's.
// LAC-02-02 is J. Morgan's, who has no device here: the lead scores it.
const [C1, C2, C3] = ['insp-team-case-1', 'insp-team-case-2', 'insp-team-case-3'];
const FIRST_READING_NOTE = 'First reading: plan reviewed late';

const LEAD = {
  name: 'R. Okafor',
  email: 'okafor@example.org',
  password: 'copper lantern meadow seven',
};
const AP = {
  name: 'A. Patel',
  email: 'patel@example.org',
  password: 'orchard violet tugboat three',
};

async function noAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

/** "Sync now" on the team-work page; the record it leaves once that sync has finished. */
async function syncNow(page: Page, url: string): Promise<string> {
  const address = `/inspections/${INSP}/team-work`;
  // Already there: no reload (a reload just after the network came back has left the page
  // waiting on the server's first answer under the browser's offline emulation).
  if (!page.url().endsWith(address)) await openApp(page, address, url);
  await expectHeading(page, 'Team work');
  const panel = page.locator('section', {
    has: page.getByRole('heading', { name: 'Team server' }),
  });
  const status = page.locator('[data-sync-finished]');
  await status.waitFor({ state: 'attached', timeout: 30_000 }).catch(async (error: unknown) => {
    const shown = await page.locator('main').textContent();
    console.log(`No team server section at ${page.url()}: ${shown}`, consoleWarnings(page));
    throw error;
  });
  const before = await status.getAttribute('data-sync-finished');
  await panel.getByRole('button', { name: 'Sync now' }).click();
  await page.waitForFunction(
    (was) =>
      document.querySelector('[data-sync-finished]')?.getAttribute('data-sync-finished') !== was,
    before,
    { timeout: 60_000 },
  );
  return (await panel.textContent()) ?? '';
}

// Each step goes on from the one before, on the same server and devices: a step run again would
// not start where it did the first time.
describe('a team syncing through a team server', { retry: 0 }, () => {
  let server: RunningTeamServer;
  let lead: Session;
  let ap: Session;

  beforeAll(async () => {
    server = await startTeamServer();
    lead = await launchBrowser();
    ap = await launchBrowser();
  });
  afterAll(async () => {
    await Promise.all([lead?.close(), ap?.close()]);
    await server?.stop();
  });

  it('the lead sets up the server and puts the inspection on it', async () => {
    const { page } = lead;
    await openApp(page, '/', server.url);
    await seedInspection(page, fixture, { scorer: 'lead' });
    await openApp(page, server.setupLink.slice(server.url.length), server.url);
    await expectHeading(page, 'Create the first administrator');
    await page.getByLabel('Name', { exact: true }).fill(LEAD.name);
    await page.getByLabel('Email address').fill(LEAD.email);
    await page.getByLabel('Password', { exact: true }).fill(LEAD.password);
    await page.getByLabel('Confirm password').fill(LEAD.password);
    await page.getByRole('button', { name: 'Create the administrator' }).click();
    await expectHeading(page, 'Team server');

    await page.getByRole('link', { name: 'Accounts on the team server' }).click();
    await expectHeading(page, 'Accounts');
    await page.getByLabel('Name', { exact: true }).fill(AP.name);
    await page.getByLabel('Email address').fill(AP.email);
    await page.getByLabel('Password', { exact: true }).fill(AP.password);
    await page.getByRole('button', { name: 'Add the account' }).click();
    await page.getByRole('cell', { name: AP.email }).waitFor();

    await openTeamWork(page, INSP, server.url);
    await noAxeViolations(page);
    await page.getByRole('button', { name: 'Put this inspection on the team server' }).click();
    await page.getByText('Put 4 cases on the team server.').waitFor({ timeout: 60_000 });
    await noAxeViolations(page);
  });

  it('the lead gives the inspector their role, as who they are in the inspection’s team', async () => {
    const { page } = lead;
    await openApp(page, '/team', server.url);
    await page.getByRole('link', { name: fixture.inspection.title }).click();
    await expectHeading(page, fixture.inspection.title);
    await page
      .getByLabel('Account', { exact: true })
      .selectOption({ label: `${AP.name} (${AP.email})` });
    await page.getByLabel('Inspector', { exact: true }).check();
    await page
      .getByLabel('Who they are in the inspection’s team')
      .selectOption({ label: 'A. Patel' });
    await page.getByRole('button', { name: 'Add the member' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${AP.name} is now` })
      .waitFor();
    await noAxeViolations(page);
  });

  it('the inspector copies the inspection to their device and scores; the lead receives it', async () => {
    const { page } = ap;
    await openApp(page, '/', server.url);
    await waitForServiceWorker(page);
    await openApp(page, '/team', server.url);
    await page.getByLabel('Email address').fill(AP.email);
    await page.getByLabel('Password', { exact: true }).fill(AP.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // The page was opened afresh: this device is locked, and the copy goes into its space.
    await page.getByRole('link', { name: 'Unlock this device' }).click();
    await page.getByRole('button', { name: /^Copy to this device/ }).click();
    await page.getByRole('link', { name: /^Open/ }).waitFor({ timeout: 60_000 });
    await noAxeViolations(page);

    await scoreCase(
      page,
      INSP,
      C1,
      'Standard one',
      {
        q1: { choice: 'Yes', note: 'Allocation memo, file p. 3' },
      },
      server.url,
    );
    expect(await syncNow(page, server.url)).not.toMatch(/Not synced/);
    await noAxeViolations(page);

    // The lead's device may have synced by itself already (every half minute): either way the
    // answer is there once a sync has run.
    expect(await syncNow(lead.page, server.url)).not.toMatch(/Not synced/);
    expect((await storedAnswers(lead.page, C1)).q1).toMatchObject({
      value: 'yes',
      note: 'Allocation memo, file p. 3',
    });
  });

  it('work done offline stays on the device and is sent when the network is back', {
    timeout: 300_000,
  }, async () => {
    const { page, context } = ap;
    await context.setOffline(true);
    await scoreCase(page, INSP, C3, 'Standard one', { q1: { choice: 'No' } }, server.url);
    await openApp(page, `/inspections/${INSP}/team-work`, server.url);
    await page
      .getByText(
        'The team server cannot be reached. Work stays on this device and is sent when it can be.',
      )
      .waitFor();
    await noAxeViolations(page);
    await context.setOffline(false);
    // Back online, the page asks the server again and the inspector can sync.
    expect(await syncNow(page, server.url)).not.toMatch(/Not synced/);
    expect(await syncNow(lead.page, server.url)).not.toMatch(/Not synced/);
    expect((await storedAnswers(lead.page, C3)).q1).toMatchObject({ value: 'no' });
  });

  it('the same answer changed on two devices before either synced is a conflict the lead resolves', {
    timeout: 300_000,
  }, async () => {
    // The inspector answers offline; the lead answers the same question and syncs first.
    await ap.context.setOffline(true);
    await scoreCase(ap.page, INSP, C1, 'Standard one', { q2: { choice: 'No' } }, server.url);
    await scoreCase(lead.page, INSP, C1, 'Standard one', { q2: { choice: 'Yes' } }, server.url);
    expect(await syncNow(lead.page, server.url)).not.toMatch(/Not synced/);
    await ap.context.setOffline(false);
    expect(await syncNow(ap.page, server.url)).not.toMatch(/Not synced/);
    // The server kept the lead's answer and the inspector's as a conflict for the lead.
    expect(await syncNow(lead.page, server.url)).not.toMatch(/Not synced/);
    expect((await storedAnswers(lead.page, C1)).q2).toMatchObject({ value: 'yes' });
    await openApp(lead.page, `/inspections/${INSP}/team-work`, server.url);
    await lead.page.getByText(/1 conflict between devices is still open/).waitFor();
    await noAxeViolations(lead.page);

    // The lead keeps the inspector's answer; the decision reaches the server and the inspector.
    await lead.page.getByRole('link', { name: 'Resolve the open conflicts' }).first().click();
    await expectHeading(lead.page, 'Open conflicts');
    await noAxeViolations(lead.page);
    await lead.page.getByRole('button', { name: 'Keep theirs for case LAC-01-01' }).click();
    await lead.page.getByText(/Case LAC-01-01: kept the answer from/).waitFor();
    expect((await storedAnswers(lead.page, C1)).q2).toMatchObject({ value: 'no' });
    expect(await syncNow(lead.page, server.url)).not.toMatch(/Not synced/);
    const onServer = await lead.page.evaluate(async (inspectionId) => {
      const reply = await fetch(`/api/inspections/${inspectionId}/pull?since=0`);
      return ((await reply.json()) as { conflicts?: { status: string; resolution: unknown }[] })
        .conflicts;
    }, INSP);
    expect(onServer).toEqual([
      expect.objectContaining({
        status: 'resolved',
        resolution: expect.objectContaining({ keep: 'theirs' }),
      }),
    ]);
    expect(await syncNow(ap.page, server.url)).not.toMatch(/Not synced/);
    expect((await storedAnswers(ap.page, C1)).q2).toMatchObject({ value: 'no' });
    await lead.page.getByText('No conflicts are open.').waitFor();
  });

  it('a second reading assigned on the lead’s device reaches its reader without the first reading', {
    timeout: 300_000,
  }, async () => {
    // The lead scores J. Morgan's case (the first reading) and chooses A. Patel to read it again.
    await scoreCase(
      lead.page,
      INSP,
      C2,
      'Standard one',
      {
        q1: { choice: 'No', note: FIRST_READING_NOTE },
        q2: { choice: 'Yes' },
        q3: { choice: 'Yes' },
      },
      server.url,
    );
    await completeCase(lead.page, INSP, C2, server.url);
    await chooseForSecondReading(lead.page, INSP, 'LAC-02-02', 'A. Patel', server.url);
    expect(await syncNow(lead.page, server.url)).not.toMatch(/Not synced/);
    expect(await syncNow(ap.page, server.url)).not.toMatch(/Not synced/);
    // On the reader's device: the case and the reading to do, and none of the first reading.
    expect(await storedAnswers(ap.page, C2)).toEqual({});
    await openSecondReadings(ap.page, INSP, server.url);
    await ap.page.getByText('LAC-02-02').first().waitFor();
    expect(await ap.page.locator('main').textContent()).not.toContain(FIRST_READING_NOTE);
    await noAxeViolations(ap.page);
    expect(uncaughtErrors(lead.page)).toEqual([]);
    expect(uncaughtErrors(ap.page)).toEqual([]);
  });
});
