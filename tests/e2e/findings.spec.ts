/**
 * The findings screen in Chromium, offline: an inspection of 20 cases stored straight into
 * IndexedDB (tests/fixtures/findingsFixture.ts, figures worked by hand there), its figures
 * checked, a breakdown chosen, a figure followed down to its cases, a rating overridden with a
 * reason, and the override still there after a reload. No axe violations on the findings, the
 * cases behind a figure, or the override form with its errors.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findingsFixture } from '../fixtures/findingsFixture';
import { axeViolations, expectHeading, openApp, waitForServiceWorker } from './support/app';
import { launchBrowser, type Session, uncaughtErrors } from './support/browser';
import { startPreview } from './support/globalSetup';
import { seedInspection } from './support/scoringSeed';

const fixture = findingsFixture();
const FINDINGS = `/inspections/${fixture.inspection.id}/findings`;

/** The cells of the standard-table row of a question, by its id. */
async function questionCells(page: Page, itemId: string): Promise<string[]> {
  const row = page
    .locator('.ca-findings__table tr')
    .filter({ has: page.locator('.ca-findings__id', { hasText: new RegExp(`^${itemId}$`) }) });
  return (await row.locator('td').allTextContents()).map((t) => t.trim());
}

describe('findings', () => {
  let session: Session;
  let server: Awaited<ReturnType<typeof startPreview>>;
  beforeEach(async () => {
    session = await launchBrowser();
    server = await startPreview();
  });
  afterEach(async () => {
    await session.close();
    await server.close().catch(() => undefined);
  });

  it('shows the figures offline, breaks them down, drills down to the cases and keeps an override', async () => {
    const { page, context } = session;
    await openApp(page, '/', server.url);
    await waitForServiceWorker(page);
    await seedInspection(page, fixture);
    await context.setOffline(true);
    await server.close();

    await page.goto(`${server.url}${FINDINGS}`);
    await expectHeading(page, 'Findings');
    await page.getByText('Based on 18 complete cases of 20').waitFor();

    // Worked by hand in the fixture: 9 of 16 (N/A 2 left out), Wilson 95% 33–77%.
    expect(await questionCells(page, 'alloc')).toEqual([
      expect.stringMatching(/^Yes: 56% \(9\/16\)/),
      '33–77%',
      'N/A 2',
      'Too few',
    ]);
    expect((await questionCells(page, 'emh'))[0]).toMatch(/^Yes: 83% \(15\/18\)/);
    expect((await questionCells(page, 'rev'))[0]).toMatch(/^Yes: 72% \(13\/18\)/);
    // Stated as its sentence states it: 3 of the 5 answered No; a small base, marked.
    expect((await questionCells(page, 'rev-why'))[0]).toMatch(/^No: 60% \(3\/5\) † small base/);
    await page.getByText('Overall: Good').waitFor();
    await page.getByText('6 of 9 points: Good (6–7).').waitFor();
    // The chart is one image whose text names every figure.
    const chart = page.getByRole('img', {
      name: /^Allocation\. Was the case allocated promptly\?: Yes: 56% \(9\/16\)/,
    });
    expect(await chart.count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // Break down by area: each cell its own base, and the choice kept in the address.
    await page.getByLabel('Break down by').selectOption({ label: 'Area' });
    await page.getByRole('button', { name: 'Show these findings' }).click();
    const byArea = page.getByRole('group', { name: 'Allocation by area' });
    await byArea.waitFor();
    expect(new URL(page.url()).search).toBe('?by=area');
    const cells = (await byArea.locator('tbody tr').first().locator('td').allTextContents()).map(
      (t) => t.replace(/\s+/g, ' ').trim(),
    );
    expect(cells).toEqual([
      '56% (9/16) – which cases? alloc, All cases',
      '50% (4/8) † small base – which cases? alloc, North YOT',
      '63% (5/8) † small base – which cases? alloc, South YOT',
    ]);
    expect(await axeViolations(page)).toEqual([]);

    // Which cases? North YOT's 50% (4/8): four no, four yes, one N/A, with the evidence notes.
    await byArea.getByRole('link', { name: /^50% \(4\/8\)/ }).click();
    await expectHeading(page, 'Was the case allocated promptly?');
    const negative = page.locator('#negative tbody tr');
    await negative.first().waitFor();
    expect(await negative.count()).toBe(4);
    expect(
      (await negative.first().locator('th, td').allTextContents()).map((t) => t.trim()),
    ).toEqual([
      'LAC-01-01',
      'North YOT',
      'A. Patel',
      'No',
      'Allocated 11 working days after the transfer (case record p. 1)',
    ]);
    expect(await page.locator('#positive tbody tr').count()).toBe(4);
    expect(await page.locator('#notApplicable tbody tr').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // Override Assessment's Outstanding with Good: a reason is required.
    await page.getByRole('link', { name: 'Back to the findings' }).click();
    await expectHeading(page, 'Findings');
    await page.getByRole('link', { name: 'Override the rating of Assessment' }).first().click();
    await expectHeading(page, 'Override the rating of Assessment');
    await page.getByRole('radio', { name: 'Good', exact: true }).check();
    await page.getByRole('button', { name: 'Save the rating' }).click();
    await page.getByRole('alert').getByText('There is a problem').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page
      .getByLabel('Reason for this rating')
      .fill('Assessments were timely but rarely analysed the impact of being looked after.');
    await page.getByRole('button', { name: 'Save the rating' }).click();
    await expectHeading(page, 'Findings');
    await page.getByText('Assessment is now rated Good, with your reason.').waitFor();

    const overridden = async () => {
      const row = page
        .getByRole('table', { name: 'Ratings of the standards' })
        .getByRole('row')
        .filter({ hasText: 'Assessment' });
      await row.getByText('Overridden').waitFor();
      expect(await row.textContent()).toMatch(
        /Good \(2 points\)Overridden \(computed: Outstanding — lowest key question: .* at Yes: 83% \(15\/18\), Large majority\)\. Reason: Assessments were timely/,
      );
      // 1 + 2 + 2 = 5 points.
      await page.getByText('Overall: Requires improvement').waitFor();
    };
    await overridden();

    // Still there after a reload, still offline.
    await page.reload();
    await expectHeading(page, 'Findings');
    await overridden();
    expect(uncaughtErrors(page)).toEqual([]);
  });
});
