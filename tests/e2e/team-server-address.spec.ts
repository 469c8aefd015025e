/**
 * Connecting to a team server by its address, from a copy of the app served elsewhere (built for
 * that server, which lists the app's address in APP_ORIGINS): the lead types the address, signs
 * in (a token session kept in the device's database, no cookie across addresses), puts an
 * inspection on the server from its team-work page and syncs; after a reload the device is still
 * connected; *Disconnect* forgets the server. Every screen is free of axe violations.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectionFixture } from '../fixtures/inspectionFixture';
import { TEAM_FRAMEWORK } from '../fixtures/teamFixture';
import { axeViolations, baseUrl, expectHeading, openApp } from './support/app';
import { launchBrowser, type Session, uncaughtErrors } from './support/browser';
import { seedInspection } from './support/scoringSeed';
import { openTeamWork } from './support/teamJourney';
import {
  type RunningTeamServer,
  startTeamServer,
  TEAM_SERVER_ADDRESS_FOR_TESTS,
} from './support/teamServer';

const fixture = inspectionFixture({ framework: TEAM_FRAMEWORK, id: 'insp-address', caseCount: 4 });
const INSP = fixture.inspection.id;
const LEAD = {
  name: 'R. Okafor',
  email: 'okafor@example.org',
  password: 'copper lantern meadow seven',
};

async function noAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

/**
 * The team-server page, reached from Settings: an unlocked device (the connection is kept in the
 * person's space), where a fresh load of /team would find it locked.
 */
async function openTeamServerPage(page: Page): Promise<void> {
  await openApp(page, '/settings');
  await page.getByRole('link', { name: 'Team server', exact: true }).click();
}

/** The team-server page's sign-in state, once shown. */
async function signedInAs(page: Page): Promise<string> {
  return (await page.getByTestId('team-signed-in-as').textContent({ timeout: 30_000 })) ?? '';
}

describe('connecting to a team server by its address', { retry: 0 }, () => {
  let server: RunningTeamServer;
  let session: Session;
  /** The app's requests to the server at its address: their Authorization, and whether a cookie went. */
  const sent: { authorization: string; cookie: boolean }[] = [];

  beforeAll(async () => {
    server = await startTeamServer({
      port: Number(new URL(TEAM_SERVER_ADDRESS_FOR_TESTS).port),
      appOrigins: [new URL(baseUrl()).origin],
    });
    session = await launchBrowser();
    // The first administrator, on the server's own address (its set-up link).
    const { page } = session;
    await openApp(page, server.setupLink.slice(server.url.length), server.url);
    await expectHeading(page, 'Create the first administrator');
    await page.getByLabel('Name', { exact: true }).fill(LEAD.name);
    await page.getByLabel('Email address').fill(LEAD.email);
    await page.getByLabel('Password', { exact: true }).fill(LEAD.password);
    await page.getByLabel('Confirm password').fill(LEAD.password);
    await page.getByRole('button', { name: 'Create the administrator' }).click();
    await expectHeading(page, 'Team server');
  }, 180_000);
  afterAll(async () => {
    await session?.close();
    await server?.stop();
  });

  it('connects by address and signs in, after refusing an address it was not built for', {
    timeout: 180_000,
  }, async () => {
    const { page } = session;
    await openApp(page, '/');
    await seedInspection(page, fixture, { scorer: 'lead' });
    await openTeamServerPage(page);
    await expectHeading(page, 'Connect to a team server');
    await noAxeViolations(page);
    const address = page.getByLabel('Team server address');
    await address.fill('http://127.0.0.1:9');
    await address.press('Enter');
    // This copy was built to reach one server at another address: it says so of any other.
    await page
      .getByRole('alert')
      .getByText(
        `This copy of Case Audit can connect only to ${TEAM_SERVER_ADDRESS_FOR_TESTS}: ask whoever runs it to add http://127.0.0.1:9`,
      )
      .waitFor({ timeout: 30_000 });

    await address.fill(TEAM_SERVER_ADDRESS_FOR_TESTS);
    await address.press('Enter');
    await page
      .getByText(`Sign in to the team server at ${TEAM_SERVER_ADDRESS_FOR_TESTS}`, { exact: false })
      .waitFor();
    // Requests to the server carry the token this device keeps, never the server's cookie
    // (which this browser holds: its administrator was created on the server's own address).
    page.on('request', (request) => {
      if (!request.url().startsWith(`${TEAM_SERVER_ADDRESS_FOR_TESTS}/api/`)) return;
      void request.allHeaders().then((headers) => {
        sent.push({ authorization: headers.authorization ?? '', cookie: 'cookie' in headers });
      });
    });
    await page.getByLabel('Email address').fill(LEAD.email);
    await page.getByLabel('Password', { exact: true }).fill(LEAD.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect(await signedInAs(page)).toBe(`${LEAD.name} (${LEAD.email})`);
    await noAxeViolations(page);
  });

  it('puts an inspection on the server and syncs it, from the app at its own address', {
    timeout: 180_000,
  }, async () => {
    const { page } = session;
    await openTeamWork(page, INSP);
    await page.getByRole('button', { name: 'Put this inspection on the team server' }).click();
    await page.getByText('Put 4 cases on the team server.').waitFor({ timeout: 60_000 });
    await noAxeViolations(page);
    const panel = page.locator('section', {
      has: page.getByRole('heading', { name: 'Team server' }),
    });
    const status = page.locator('[data-sync-finished]');
    const before = await status.getAttribute('data-sync-finished');
    await panel.getByRole('button', { name: 'Sync now' }).click();
    await page.waitForFunction(
      (was) =>
        document.querySelector('[data-sync-finished]')?.getAttribute('data-sync-finished') !== was,
      before,
      { timeout: 60_000 },
    );
    expect(await panel.textContent()).not.toMatch(/Not synced/);
    expect(sent.filter((r) => r.authorization.startsWith('Bearer ')).length).toBeGreaterThan(2);
    expect(sent.filter((r) => r.cookie)).toEqual([]);

    // The server holds it: asked on the server's own address, as its administrator.
    const other = await session.context.newPage();
    await openApp(other, '/team', server.url);
    await other.getByRole('link', { name: fixture.inspection.title }).waitFor({ timeout: 30_000 });
    await other.close();
  });

  it('is still connected after a reload, and Disconnect forgets the server', {
    timeout: 180_000,
  }, async () => {
    const { page } = session;
    await page.reload();
    await openTeamServerPage(page);
    expect(await signedInAs(page)).toBe(`${LEAD.name} (${LEAD.email})`);
    await page.getByRole('button', { name: /^Disconnect from/ }).click();
    await expectHeading(page, 'Connect to a team server');
    await page.reload();
    await openTeamServerPage(page);
    await expectHeading(page, 'Connect to a team server');
    expect(await page.getByLabel('Team server address').inputValue()).toBe('');
    expect(uncaughtErrors(page)).toEqual([]);
  });
});
