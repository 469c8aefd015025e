/**
 * Inspections analysed together, in Chromium and offline: two inspections on the same
 * framework version (the findings fixture stored twice, as two councils) and one on another
 * version; the two chosen from the inspections list, their figures shown over both and by
 * inspection, kept in the address through a reload, and downloaded as the findings CSV with
 * the inspection as its breakdown. No axe violations on the chooser or the figures.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findingsFixture, findingsFramework } from '../fixtures/findingsFixture';
import type { InspectionFixture } from '../fixtures/inspectionFixture';
import {
  axeViolations,
  expectHeading,
  openApp,
  screenShown,
  waitForServiceWorker,
} from './support/app';
import { launchBrowser, type Session, uncaughtErrors } from './support/browser';
import { pdfText } from './support/documents';
import { startPreview } from './support/globalSetup';
import { seedInspection } from './support/scoringSeed';

function council(id: string, title: string, version?: string): InspectionFixture {
  const fixture = findingsFixture(id);
  if (version === undefined) return { ...fixture, inspection: { ...fixture.inspection, title } };
  const framework = { ...findingsFramework(), version };
  return {
    ...fixture,
    framework: { ...fixture.framework, key: `${framework.id}@${version}`, version, framework },
    inspection: { ...fixture.inspection, title, framework: { id: framework.id, version } },
  };
}

/** The cells of the row of a by-inspection table for a question, by its id. */
async function questionCells(page: Page, itemId: string): Promise<string[]> {
  const row = page
    .locator('.ca-findings__crosstab tr')
    .filter({ has: page.locator('.ca-findings__id', { hasText: new RegExp(`^${itemId}$`) }) });
  return (await row.locator('td').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
}

describe('inspections analysed together', () => {
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

  it('chooses two inspections on one framework version and shows their figures by inspection', async () => {
    const { page, context } = session;
    await openApp(page, '/', server.url);
    await waitForServiceWorker(page);
    await seedInspection(page, council('cardiff', 'Cardiff'));
    await seedInspection(page, council('powys', 'Powys'));
    await seedInspection(page, council('newport', 'Newport', '2.0.0'));
    await context.setOffline(true);
    await server.close();

    await page.goto(`${server.url}/inspections`);
    await expectHeading(page, 'Inspections');
    await page.getByRole('link', { name: 'Analyse inspections together' }).click();
    await expectHeading(page, 'Analyse inspections together');
    await page.getByRole('checkbox', { name: /Cardiff/ }).check();
    // Another framework version cannot be ticked with it, and says why.
    expect(await page.getByRole('checkbox', { name: /Newport/ }).isDisabled()).toBe(true);
    await page.getByText(/Cannot be chosen with the inspections ticked/).waitFor();
    await page.getByRole('checkbox', { name: /Powys/ }).check();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Analyse together' }).click();

    await page.getByText('Based on 36 complete cases of 40, from 2 inspections').waitFor();
    expect(new URL(page.url()).search).toBe('?ids=cardiff,powys');
    // alloc: 9 of 16 yes in each council, so 18 of 32 over both.
    expect(await questionCells(page, 'alloc')).toEqual([
      expect.stringMatching(/^Yes: 56% \(18\/32\)/),
      expect.stringMatching(/^Yes: 56% \(9\/16\)/),
      expect.stringMatching(/^Yes: 56% \(9\/16\)/),
    ]);
    expect(await axeViolations(page)).toEqual([]);

    // The choice is in the address: a reload shows the same figures, still offline.
    await page.reload();
    await screenShown(page);
    await page.getByText('Based on 36 complete cases of 40, from 2 inspections').waitFor();

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download these findings (CSV)' }).click(),
    ]);
    const csv = readFileSync((await file.path())!, 'utf8').split('\r\n');
    expect(csv[0]).toMatch(/^question_id,option,counted,breakdown,group,numerator,base,/);
    const alloc = csv.filter((line) => line.startsWith('alloc,'));
    expect(alloc.map((line) => line.split(',').slice(3, 7))).toEqual([
      ['', 'all', '18', '32'],
      ['inspection', 'cardiff', '9', '16'],
      ['inspection', 'powys', '9', '16'],
    ]);

    // The printable summary, drawn as the report is: each question over both and in each.
    const [pdf] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Download a printable summary (PDF)' }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/^findings-.*-2-inspections-\d{4}-\d{2}-\d{2}\.pdf$/);
    const text = (await pdfText((await pdf.path())!)).join(' ');
    expect(text).toContain('Findings of 2 inspections together');
    expect(text).toMatch(/All inspections \(36\)\s+Cardiff \(18\)\s+Powys \(18\)/);
    expect(text).toMatch(/56% \(18\/32\)\s+56% \(9\/16\)\s+56% \(9\/16\)/);
    expect(uncaughtErrors(page)).toEqual([]);
  });
});
