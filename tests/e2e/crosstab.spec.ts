/**
 * The cross-tab screen in Chromium, offline: the example inspection's findings, then Cross-tab,
 * gender by the first question — a count, its row percentage with its base, and the test in
 * words (51 complete cases: boys 17 yes, 19 no; girls 6 yes, 9 no; χ² = 0.22 on 1 df,
 * p = 0.64); the choice kept in the address; no axe violations.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations, expectHeading, screenShown } from './support/app';
import { launchBrowser, type Session, uncaughtErrors } from './support/browser';
import { openExampleFindingsOffline } from './support/exampleFindings';

const QUESTION =
  'Was there sufficient contact between the home and host YOTs before the child was placed in the host area?';

describe('cross-tabs', () => {
  let session: Session;
  beforeEach(async () => {
    session = await launchBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  it('cross-tabulates two variables of the example inspection, with the test in words', async () => {
    const { page } = session;
    await openExampleFindingsOffline(session);
    await page.getByRole('link', { name: /^Cross-tab/ }).click();
    await expectHeading(page, 'Cross-tab');

    await page.getByLabel('Rows').selectOption({ label: 'Gender' });
    await page.getByLabel('Columns').selectOption({ label: QUESTION });
    await page.getByRole('button', { name: 'Show the cross-tab' }).click();
    const table = page.getByRole('table');
    await table.waitFor();
    expect(new URL(page.url()).search).toBe(`?rows=gender&cols=pre-placement-contact`);

    const male = table.locator('tbody tr').filter({ hasText: 'Male' });
    const first = (await male.locator('td').first().textContent())?.replace(/\s+/g, ' ').trim();
    expect(first).toBe('17Row: 47% (17/36)Column: 74% (17/23)');
    await page
      .getByText(
        'χ² = 0.22, 1 degree of freedom, p = 0.64: no evidence of association at the 5% level.',
      )
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // The address keeps the choice: a reload shows the same table.
    await page.reload();
    await screenShown(page);
    await table.waitFor();
    expect(await page.getByLabel('Rows').inputValue()).toBe('gender');
    expect(uncaughtErrors(page)).toEqual([]);
  });
});
