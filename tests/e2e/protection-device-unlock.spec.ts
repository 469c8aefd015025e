/**
 * Unlock with this device, in real Chromium with a virtual authenticator standing in for Windows
 * Hello or Touch ID (one that checks the person and has the PRF extension): set up from Settings
 * with the passphrase, locked, unlocked with one button and no passphrase typed, the data shown;
 * the passphrase still unlocks. Opened at `localhost`: WebAuthn refuses an IP address.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, expectHeading } from './support/app';
import { launchBrowser, type Session, uncaughtErrors } from './support/browser';
import { setUpProtection, TEST_PERSON, UNLOCK_HEADING, unlockAs } from './support/protection';

const DEVICE_NAME = 'Amira’s field laptop';

/** The app at `localhost`: a name WebAuthn accepts as the relying party (127.0.0.1 is not). */
function localhostUrl(): string {
  return baseUrl().replace('127.0.0.1', 'localhost');
}

/** A platform authenticator that verifies the person at once and gives PRF output. */
async function addVirtualAuthenticator(
  page: Page,
): Promise<{ cdp: CDPSession; authenticatorId: string }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable', { enableUI: false });
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      hasPrf: true,
      automaticPresenceSimulation: true,
    },
  });
  return { cdp, authenticatorId };
}

async function lockNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expectHeading(page, UNLOCK_HEADING, 30_000);
}

async function nameThisDevice(page: Page): Promise<void> {
  await page.getByRole('textbox', { name: 'Name of this device' }).fill(DEVICE_NAME);
  await page.getByRole('button', { name: 'Save the name' }).click();
  await page.getByText(`This device is now called “${DEVICE_NAME}”.`).waitFor();
}

/** From Settings, with the test inspector's passphrase. */
async function setUpDeviceUnlock(page: Page): Promise<void> {
  await page.getByLabel('Your passphrase', { exact: true }).fill(TEST_PERSON.passphrase);
  await page.getByRole('button', { name: 'Set up unlock with this device' }).click();
  await page.getByText(/Unlock with this device is set up/).waitFor({ timeout: 30_000 });
}

describe('unlock with this device', () => {
  let session: Session;
  beforeEach(async () => {
    session = await launchBrowser({ gate: 'by hand' });
  });
  afterEach(async () => {
    await session.close();
  });

  it('set up with the passphrase, unlocks with the device alone; the passphrase still works', async () => {
    const { page } = session;
    await addVirtualAuthenticator(page);
    await page.goto(`${localhostUrl()}/settings`);
    await setUpProtection(page);
    await expectHeading(page, 'Settings and about');
    await nameThisDevice(page);

    // Set up from Settings: the passphrase once, then the device's own check.
    const setUp = page.getByRole('button', { name: 'Set up unlock with this device' });
    await setUp.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Your passphrase', { exact: true }).fill('not the passphrase at all');
    await setUp.click();
    await page
      .locator('.govuk-error-summary')
      .getByText('The passphrase is not right')
      .waitFor({ timeout: 30_000 });
    await page.getByLabel('Your passphrase', { exact: true }).fill(TEST_PERSON.passphrase);
    await setUp.click();
    await page.getByText(/Unlock with this device is set up/).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Turn off unlock with this device' }).waitFor();

    // Locked: nothing of the space shows; the unlock screen offers the device.
    await lockNow(page);
    expect(await page.getByText(DEVICE_NAME).count()).toBe(0);
    const withDevice = page.getByRole('button', { name: 'Unlock with this device' });
    await withDevice.waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // One button, no passphrase typed: the screen asked for shows, with the data.
    await withDevice.click();
    await expectHeading(page, 'Settings and about', 30_000);
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Name of this device' }).inputValue())
      .toBe(DEVICE_NAME);

    // The passphrase remains a way in.
    await lockNow(page);
    await unlockAs(page);
    await expectHeading(page, 'Settings and about');
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Name of this device' }).inputValue())
      .toBe(DEVICE_NAME);
    expect(uncaughtErrors(page)).toEqual([]);
  });

  it('says plainly when the device’s check fails, and the passphrase still unlocks', async () => {
    const { page } = session;
    const { cdp, authenticatorId } = await addVirtualAuthenticator(page);
    await page.goto(`${localhostUrl()}/settings`);
    await setUpProtection(page);
    await setUpDeviceUnlock(page);
    await lockNow(page);

    // A face not recognised, a prompt dismissed: the browser says only "not allowed".
    await cdp.send('WebAuthn.setUserVerified', { authenticatorId, isUserVerified: false });
    await page.getByRole('button', { name: 'Unlock with this device' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Unlocking with this device was cancelled or took too long' })
      .waitFor({ timeout: 30_000 });
    await expectHeading(page, UNLOCK_HEADING);
    expect(await axeViolations(page)).toEqual([]);
    await unlockAs(page);
    await expectHeading(page, 'Settings and about');
    expect(uncaughtErrors(page)).toEqual([]);
  });

  it('turned off, the unlock screen no longer offers the device', async () => {
    const { page } = session;
    await addVirtualAuthenticator(page);
    await page.goto(`${localhostUrl()}/settings`);
    await setUpProtection(page);
    await setUpDeviceUnlock(page);
    await page.getByRole('button', { name: 'Turn off unlock with this device' }).click();
    await page.getByText(/Unlock with this device is turned off/).waitFor();
    await lockNow(page);
    await page.getByRole('button', { name: 'Unlock', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Unlock with this device' }).count()).toBe(0);
    expect(uncaughtErrors(page)).toEqual([]);
  });
});
