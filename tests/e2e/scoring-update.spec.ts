/**
 * A new version of the app arrives while typed work is not saved yet (here: the device is out
 * of storage space, so saves keep failing and retrying). The update waits and says so; once the
 * work is saved, the inspector can update, and nothing typed is lost.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inspectionFixture } from '../fixtures/inspectionFixture';
import { openApp, screenShown, waitForServiceWorker } from './support/app';
import { launchBrowser, type Session } from './support/browser';
import { serveUpdatableCopy, type UpdatableServer } from './support/newVersion';
import { caseUrl, seedInspection, storedAnswers } from './support/scoringSeed';

const fixture = inspectionFixture();
const CASE = fixture.cases[0]!.id;

describe('an app update while a case has unsaved typing', () => {
  let session: Session;
  let server: UpdatableServer;
  beforeEach(async () => {
    session = await launchBrowser();
    server = await serveUpdatableCopy();
  });
  afterEach(async () => {
    await session.close();
    await server.close();
  });

  it('waits, says why, and never reloads over the unsaved note', async () => {
    const { page } = session;
    await openApp(page, '/', server.url);
    await waitForServiceWorker(page);
    await seedInspection(page, fixture, { scorer: 'ap' });
    await openApp(page, `${caseUrl(fixture)}/standards/assessment`, server.url);

    // The device runs out of space: every write fails.
    await page.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      (window as unknown as { restorePut: () => void }).restorePut = () => {
        IDBObjectStore.prototype.put = put;
      };
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.locator('#a1-note').fill('Typed while the disk was full');
    await page
      .locator('#a1-status', {
        hasText: 'Not saved — retrying: the device is out of storage space',
      })
      .waitFor({ timeout: 10_000 });

    // A new version is published and found.
    await page.evaluate(() => {
      (window as unknown as { marker: string }).marker = 'same page';
    });
    await server.publishNewVersion(page);
    await page
      .getByText('A new version is available — reload when you are ready.')
      .waitFor({ timeout: 30_000 });
    await page
      .getByText(
        'You have changes that are still being saved. The update will wait until they are saved.',
      )
      .waitFor();
    const update = page.getByRole('button', { name: 'Reload and update' });
    expect(await update.isDisabled()).toBe(true);

    // It waits: no reload while the note is unsaved.
    await page.waitForTimeout(3_000);
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe(
      'same page',
    );

    // Space is freed: the retry saves the note, and the update may go ahead.
    await page.evaluate(() => (window as unknown as { restorePut: () => void }).restorePut());
    await page.locator('#a1-status[data-save-state="saved"]').waitFor({ timeout: 40_000 });
    await page
      .getByText('Your work is saved on this device and will still be here after reloading.')
      .waitFor();
    await Promise.all([page.waitForEvent('load', { timeout: 30_000 }), update.click()]);
    // The reload locks: the app's screen shows once the gate is passed again.
    await screenShown(page);
    expect(
      await page.evaluate(() => (window as unknown as { marker?: string }).marker),
    ).toBeUndefined();
    expect((await storedAnswers(page, CASE)).a1?.note).toBe('Typed while the disk was full');
    await page.locator('#a1-note').waitFor();
    expect(await page.locator('#a1-note').inputValue()).toBe('Typed while the disk was full');
  });
});
