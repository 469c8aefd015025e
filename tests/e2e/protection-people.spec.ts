/**
 * A device shared by two people, each with their own passphrase and their own inspections:
 * unlocking as one shows only theirs, and one's passphrase does not open the other's space. And
 * a device erased: after typing ERASE, every person's data is gone and the app, still installed,
 * opens offline on the set-up screen.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { baseUrl, expectHeading, navigate, openApp, waitForServiceWorker } from './support/app';
import { launchBrowser, type Session, uncaughtErrors } from './support/browser';
import { createInspectionWith } from './support/frameworkJourney';
import {
  acknowledgeRecoveryCode,
  fillSetUp,
  fillUnlock,
  type Person,
  passGateWhenAsked,
  SET_UP_HEADING,
  setUpProtection,
  stopPassingGate,
  TEST_PERSON,
  UNLOCK_HEADING,
} from './support/protection';
import { databaseNames, FRAMEWORK } from './support/protectionJourney';
import { PEOPLE_DATABASE, peopleRecords, readSpaceTable } from './support/sealedSpace';

const ALICE: Person = { name: 'Alice Okafor', passphrase: 'copper meadow lantern seven' };
const BOB: Person = { name: 'Bob Patel', passphrase: 'saffron kettle glacier twelve' };

async function createInspection(session: Session, title: string): Promise<void> {
  await createInspectionWith(session.page, {
    title,
    kind: 'Thematic inspection',
    framework: FRAMEWORK,
    firstArea: 'Blackpool',
    member: 'A. Patel',
  });
}

describe('protection on a shared device', () => {
  let session: Session;
  beforeEach(async () => {
    session = await launchBrowser({ gate: 'by hand' });
  });
  afterEach(async () => {
    await session.close();
  });

  it('gives each person their own inspections, opened only by their own passphrase', async () => {
    const { page } = session;
    await page.goto(`${baseUrl()}/`);
    await setUpProtection(page, ALICE);
    await passGateWhenAsked(page, ALICE);
    await createInspection(session, 'Alice’s audit of Wexcombe');
    await stopPassingGate(page);

    // A second person is added from the unlock screen, and starts with nothing.
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await expectHeading(page, UNLOCK_HEADING, 30_000);
    await page.getByRole('link', { name: 'Add a person to this device' }).click();
    await expectHeading(page, 'Add a person to this device');
    await fillSetUp(page, BOB);
    await page.locator('#recovery-code').waitFor({ timeout: 30_000 });
    await acknowledgeRecoveryCode(page);
    await page.getByText('You have no inspections on this device yet').waitFor({ timeout: 30_000 });
    expect(await page.getByText('Alice’s audit of Wexcombe').count()).toBe(0);
    await passGateWhenAsked(page, BOB);
    await createInspection(session, 'Bob’s audit of Eastfold');
    await stopPassingGate(page);

    // Back to the first person: their inspection only. The other's passphrase does not open it.
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await expectHeading(page, UNLOCK_HEADING, 30_000);
    const who = page.getByRole('group', { name: 'Who is using Case Audit?' });
    expect(await who.getByRole('radio').count()).toBe(2);
    await who.getByLabel(ALICE.name, { exact: true }).check();
    await page.getByLabel('Passphrase', { exact: true }).fill(BOB.passphrase);
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await page.locator('.govuk-error-summary').getByText('The passphrase is not right').waitFor();
    await fillUnlock(page, ALICE);
    await page
      .locator('main h1')
      .filter({ hasNotText: UNLOCK_HEADING })
      .first()
      .waitFor({ timeout: 30_000 });
    await navigate(page, 'Inspections');
    await page.getByText('Alice’s audit of Wexcombe').first().waitFor();
    expect(await page.getByText('Bob’s audit of Eastfold').count()).toBe(0);

    // On disk, each space holds only its person's inspection.
    const titles = async (person: Person) =>
      (await readSpaceTable<{ title: string }>(page, 'inspections', person)).map((i) => i.title);
    expect(await titles(ALICE)).toEqual(['Alice’s audit of Wexcombe']);
    expect(await titles(BOB)).toEqual(['Bob’s audit of Eastfold']);
    expect(uncaughtErrors(page)).toEqual([]);
  });

  it('erases the device after a typed confirmation, and opens offline on the set-up screen', async () => {
    const { page, context } = session;
    await page.goto(`${baseUrl()}/`);
    await setUpProtection(page);
    await passGateWhenAsked(page);
    await waitForServiceWorker(page);
    await createInspection(session, 'Inspection to erase');
    const before = await databaseNames(page);
    expect(before).toContain(PEOPLE_DATABASE);
    expect(before.some((n) => n.startsWith('case-audit-space-'))).toBe(true);

    await openApp(page, '/settings');
    await page.getByRole('link', { name: 'Erase this device' }).click();
    await expectHeading(page, 'Erase this device');
    await stopPassingGate(page);
    await page.getByLabel('Type ERASE to confirm').fill('ERASE');
    await page.getByRole('button', { name: 'Erase this device' }).click();
    await expectHeading(page, SET_UP_HEADING, 30_000);
    // No one's space, no one's keys: at most an empty list of people, made again by the set-up.
    const after = await databaseNames(page);
    expect(after.filter((n) => n.startsWith('case-audit-space-') || n === 'case-audit')).toEqual(
      [],
    );
    expect(await peopleRecords(page)).toEqual([]);

    // Still installed: with no network it opens, on the set-up screen, with nothing in it.
    await context.setOffline(true);
    await page.reload();
    await expectHeading(page, SET_UP_HEADING, 30_000);
    await setUpProtection(page, TEST_PERSON);
    await page.getByText('You have no inspections on this device yet').waitFor({ timeout: 30_000 });
    expect(uncaughtErrors(page)).toEqual([]);
  });
});
