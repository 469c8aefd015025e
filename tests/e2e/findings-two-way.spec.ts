/**
 * Two-way tables in Chromium, offline: the example inspection's findings broken down by area
 * then stratum, a question's table read cell by cell, each figure with its base and the
 * small-base mark, the choice kept in the address; no axe violations.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations, expectHeading, screenShown } from './support/app';
import { launchBrowser, type Session, uncaughtErrors } from './support/browser';
import { openExampleFindingsOffline } from './support/exampleFindings';

const QUESTION =
  'Was there sufficient contact between the home and host YOTs before the child was placed in the host area?';

describe('two-way tables on the findings screen', () => {
  let session: Session;
  beforeEach(async () => {
    session = await launchBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  it('breaks the example inspection down by area then stratum, each cell with its base', async () => {
    const { page } = session;
    await openExampleFindingsOffline(session);
    await page.getByText(/^Based on 51 complete cases of 60/).waitFor();

    await page.getByLabel('Break down by').selectOption({ label: 'Area' });
    await page.getByLabel('Then by').selectOption({ label: 'Stratum' });
    await page.getByRole('button', { name: 'Show these findings' }).click();
    const group = page.getByRole('group', { name: `${QUESTION} by area and stratum` });
    await group.waitFor();
    expect(new URL(page.url()).search).toBe('?by=area,stratum');

    const header = (await group.locator('thead th').allTextContents()).map((t) =>
      t.replace(/\s+/g, ' ').trim(),
    );
    expect(header).toEqual([
      'Area (rows); Stratum (columns)',
      'Host cases25 cases',
      'Home cases26 cases',
      'All stratum groups',
    ]);
    // Northbridge: 2 of the 5 host cases and 3 of the 5 home cases counted, small bases.
    const northbridge = group.locator('tbody tr').filter({ hasText: 'Northbridge' });
    expect(
      (await northbridge.locator('td').allTextContents()).map((t) =>
        t
          .replace(/\s+/g, ' ')
          .replace(/ – which cases\?.*$/, '')
          .trim(),
      ),
    ).toEqual(['40% (2/5) † small base', '60% (3/5) † small base', '50% (5/10)']);
    // Sections off screen are not laid out until scrolled to (content-visibility), so axe would
    // measure their links as having no size: lay every section out before checking.
    await page.evaluate(() => {
      for (const section of document.querySelectorAll<HTMLElement>('.ca-findings__section')) {
        section.style.contentVisibility = 'visible';
      }
    });
    expect(await axeViolations(page)).toEqual([]);

    // The cell's figure leads to its five cases, with the same figure.
    await northbridge.getByRole('link', { name: /^40% \(2\/5\)/ }).click();
    await expectHeading(page, QUESTION);
    expect((await page.locator('.ca-findings-cases__figure').textContent())?.trim()).toMatch(
      /^No: 40% \(2\/5\) † small base$/,
    );
    await page
      .getByText(/Northbridge, Host cases/)
      .first()
      .waitFor();
    await page.goBack();

    // The address keeps the choice: a reload shows the same table.
    await page.reload();
    await screenShown(page);
    await group.waitFor();
    expect(await page.getByLabel('Then by').inputValue()).toBe('stratum');
    expect(uncaughtErrors(page)).toEqual([]);
  });
});
