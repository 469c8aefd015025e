import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations, expectHeading, openApp, waitForServiceWorker } from './support/app';
import { launchBrowser, type Session, uncaughtErrors } from './support/browser';
import { readSpaceTable } from './support/sealedSpace';

const TITLE = 'Example: looked-after children placed away from home (synthetic data)';

describe('the example inspection, offline', () => {
  let session: Session;
  beforeEach(async () => {
    session = await launchBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  it('loads from the empty screen, is labelled as example data, opens, and is removed in one click and a confirmation', async () => {
    const { page, context } = session;
    await openApp(page, '/');
    await waitForServiceWorker(page);
    await context.setOffline(true);

    // A fresh device: the empty state offers the example.
    await page.getByText('You have no inspections on this device yet').waitFor();
    await page.getByRole('button', { name: 'Load an example inspection' }).click();
    await page.getByText('The example inspection was loaded').waitFor();

    const row = page.getByRole('row').filter({ hasText: TITLE });
    await row.waitFor();
    expect(await row.getByText('Example data').isVisible()).toBe(true);
    expect((await row.getByRole('cell').last().textContent())?.trim()).toBe(
      '60 cases in the sample',
    );
    expect(await axeViolations(page)).toEqual([]);

    // Its own page says it is synthetic, and lists its cases with their mixed statuses.
    await page.getByRole('link', { name: TITLE }).first().click();
    await expectHeading(page, TITLE);
    const banner = page.getByRole('region', { name: 'Example data' });
    await banner.getByText('This is an example inspection: all of it is synthetic data').waitFor();
    await page.getByRole('heading', { name: 'Cases' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.locator('.ca-status-counts__item').allTextContents()).toEqual([
      '2 not started',
      '7 in progress',
      '51 complete',
      '0 moderated',
    ]);

    // Remove it from there: back to the empty list.
    await banner.getByRole('button', { name: 'Remove the example inspection' }).click();
    await banner.getByRole('button', { name: 'Yes, remove the example' }).click();
    await expectHeading(page, 'Inspections');
    await page.getByText('The example inspection was removed from this device').waitFor();
    await page.getByText('You have no inspections on this device yet').waitFor();
    const left: number[] = [];
    for (const table of [
      'inspections',
      'cases',
      'answerValues',
      'answerDetails',
      'answerHistory',
    ]) {
      left.push((await readSpaceTable(page, table)).length);
    }
    expect(left).toEqual([0, 0, 0, 0, 0]);
    expect(uncaughtErrors(page)).toEqual([]);
  });
});
