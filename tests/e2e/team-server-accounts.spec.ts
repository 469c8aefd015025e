/**
 * The team server's accounts and roles, on a real server serving the build: the administrator
 * opens the one-time link the server printed and creates their account, adds an inspector's
 * account, creates an inspection and gives the two of them roles in it, and signs out; the
 * inspector signs in in another browser and sees the inspection with their role. Every screen is
 * free of axe violations.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, expectHeading, openApp } from './support/app';
import { launchBrowser, type Session, uncaughtErrors } from './support/browser';
import { type RunningTeamServer, startTeamServer } from './support/teamServer';

const ADMINISTRATOR = {
  name: 'Dana Okafor',
  email: 'dana.okafor@example.org',
  password: 'copper lantern meadow seven',
};
const INSPECTOR = {
  name: 'Sam Reyes',
  email: 'sam.reyes@example.org',
  password: 'orchard violet tugboat three',
};
const TITLE = 'Youth justice services, Northshire';

async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

describe('a team server’s accounts and roles', () => {
  let server: RunningTeamServer;
  let administrator: Session;
  let inspector: Session;

  beforeAll(async () => {
    server = await startTeamServer();
    administrator = await launchBrowser();
    inspector = await launchBrowser();
  });
  afterAll(async () => {
    await Promise.all([administrator?.close(), inspector?.close()]);
    await server?.stop();
  });

  it('creates the first administrator from the printed link', async () => {
    const { page } = administrator;
    expect(server.setupLink).toMatch(/\/team\/set-up#.+/);
    await openApp(page, server.setupLink.slice(server.url.length), server.url);
    await expectHeading(page, 'Create the first administrator');
    await expectNoAxeViolations(page);
    await page.getByLabel('Name', { exact: true }).fill(ADMINISTRATOR.name);
    await page.getByLabel('Email address').fill(ADMINISTRATOR.email);
    await page.getByLabel('Password', { exact: true }).fill(ADMINISTRATOR.password);
    await page.getByLabel('Confirm password').fill('not the same at all');
    await page.getByRole('button', { name: 'Create the administrator' }).click();
    await page.getByText('The two passwords are not the same').first().waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel('Confirm password').fill(ADMINISTRATOR.password);
    await page.getByRole('button', { name: 'Create the administrator' }).click();
    await expectHeading(page, 'Team server');
    expect(await page.getByTestId('team-signed-in-as').textContent()).toBe(
      `${ADMINISTRATOR.name} (${ADMINISTRATOR.email})`,
    );
    await expectNoAxeViolations(page);
  });

  it('adds an inspector’s account', async () => {
    const { page } = administrator;
    await page.getByRole('link', { name: 'Accounts on the team server' }).click();
    await expectHeading(page, 'Accounts');
    await page.getByRole('cell', { name: ADMINISTRATOR.email }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill(INSPECTOR.name);
    await page.getByLabel('Email address').fill(INSPECTOR.email);
    await page.getByLabel('Password', { exact: true }).fill(INSPECTOR.password);
    await page.getByRole('button', { name: 'Add the account' }).click();
    await page.getByRole('cell', { name: INSPECTOR.email }).waitFor();
    await expectNoAxeViolations(page);
  });

  it('creates an inspection and gives the team their roles', async () => {
    const { page } = administrator;
    await page.getByRole('link', { name: 'Back to the team server' }).click();
    await page.getByRole('link', { name: 'Inspections on the team server' }).click();
    await expectHeading(page, 'Inspections on the team server');
    await page.getByLabel('Title').fill(TITLE);
    await page.getByRole('button', { name: 'Create the inspection' }).click();
    await page.getByRole('link', { name: TITLE }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: TITLE }).click();
    await expectHeading(page, TITLE);
    await expectNoAxeViolations(page);

    const addMember = async (who: { name: string; email: string }, role: string) => {
      await page.getByLabel('Account', { exact: true }).selectOption({
        label: `${who.name} (${who.email})`,
      });
      await page.getByLabel(role, { exact: true }).check();
      await page.getByRole('button', { name: 'Add the member' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `${who.name} is now` })
        .waitFor();
    };
    await addMember(INSPECTOR, 'Inspector');
    await addMember(ADMINISTRATOR, 'Lead inspector');
    const rows = page.locator('table tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(
      await page.getByRole('row', { name: new RegExp(INSPECTOR.name) }).textContent(),
    ).toContain('Inspector');
    await expectNoAxeViolations(page);
  });

  it('signs out', async () => {
    const { page } = administrator;
    await page.getByRole('link', { name: 'Back to inspections' }).click();
    await page.getByRole('link', { name: 'Back to the team server' }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await expectNoAxeViolations(page);
  });

  it('the inspector signs in in another browser and sees the inspection with their role', async () => {
    const { page } = inspector;
    await openApp(page, '/team', server.url);
    await expectHeading(page, 'Team server');
    await page.getByLabel('Email address').fill(INSPECTOR.email);
    await page.getByLabel('Password', { exact: true }).fill('not the right one at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('The email address or password is not right.').first().waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel('Password', { exact: true }).fill(INSPECTOR.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('team-signed-in-as').waitFor();
    const row = page.getByRole('row', { name: new RegExp(TITLE) });
    expect(await row.textContent()).toContain('Inspector');
    await expectNoAxeViolations(page);
    expect(uncaughtErrors(page)).toEqual([]);
    expect(uncaughtErrors(administrator.page)).toEqual([]);
  });
});
