/**
 * A council's self-audit read against the published figures, in real Chromium with the network
 * off: 20 cases audited with the 2012 thematic framework; the findings screen shows each
 * question's figure beside the report's, with the difference in points, its interval and whether
 * it is more than chance would explain, and what the report said; the choice is kept in the
 * address; no axe violation. The framework's page gives the figures as a file; a changed file is
 * imported (a wrong one refused with its place named, nothing stored) and used by the findings,
 * then removed to bring back the shipped figures.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, expectHeading, openApp } from './support/app';
import { type Session, uncaughtErrors } from './support/browser';
import { download } from './support/documents';
import { browserWithLacExample } from './support/reportSeed';

describe('a self-audit beside the published figures', () => {
  let session: Session;
  let inspectionId: string;

  beforeAll(async () => {
    // A council's own audit of 20 of its cases, on the inspectorate's framework.
    ({ session, inspectionId } = await browserWithLacExample('insp-self-audit', {}, (example) => ({
      ...example,
      inspection: {
        ...example.inspection,
        kind: 'self-audit',
        title: 'Northshire self-audit 2026',
      },
      cases: example.cases.slice(0, 20),
    })));
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows each figure beside the published one, offline, with the difference and what the report said', async () => {
    const { page, context } = session;
    await context.setOffline(true);
    await openApp(page, `/inspections/${inspectionId}/findings`);
    await expectHeading(page, 'Findings');
    const section = page.getByRole('region', { name: 'Published figures' });
    const shown = section.getByLabel('Show the published figures beside this audit’s');
    // A self-audit shows them from the start.
    expect(await shown.isChecked()).toBe(true);
    const main = page.locator('main');
    // "38% not allocated promptly" (paragraph 3.4), put on this audit's side: 62% were.
    await main
      .getByText('Published: 62% (37/60), the other side of the report’s “38%”, paragraph 3.4', {
        exact: false,
      })
      .first()
      .waitFor({ timeout: 30_000 });
    const text = (await main.textContent()) ?? '';
    expect(text).toContain(
      'This audit: 50% (10/20) · Difference: −12 points (95% interval −35 to +12): not more than chance would explain',
    );
    // Words allowing several counts are compared at both ends.
    expect(text).toContain('The report’s words (“very few”) allow 1 to 6 of 60');
    expect(text).toContain('Newcombe');
    await main
      .getByText('What the report said (Was the case allocated promptly by the host YOT?)')
      .click();
    await main
      .getByText(/38% of cases had not been allocated promptly/)
      .first()
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await shown.uncheck();
    await page.waitForURL(/published=off/);
    expect(await main.getByText(/^Published: /).count()).toBe(0);
    await context.setOffline(false);
    expect(uncaughtErrors(page)).toEqual([]);
  });

  it('downloads the published figures, imports a changed file (refusing a wrong one) and removes it', async () => {
    const { page } = session;
    await openApp(page, '/frameworks/hmip-lac-placed-away-2012@1.0.1');
    const section = page.getByRole('region', { name: 'Published figures' });
    await section.getByText('Shipped with the app').waitFor({ timeout: 30_000 });
    const shipped = await download(page, 'Download the published figures');
    expect(shipped.name).toBe('hmip-lac-placed-away-2012-1.0.1-benchmarks.json');
    const set = JSON.parse(readFileSync(shipped.path, 'utf8'));
    const folder = mkdtempSync(join(tmpdir(), 'case-audit-benchmarks-'));
    const file = (name: string, value: unknown) => {
      const path = join(folder, name);
      writeFileSync(path, JSON.stringify(value));
      return path;
    };
    const input = section.getByLabel('Published figures file (JSON)');
    // A base of zero: refused whole, the place named, nothing stored.
    const broken = structuredClone(set);
    broken.figures[3].base = 0;
    await input.setInputFiles(file('broken.json', broken));
    await section.getByRole('button', { name: 'Import published figures' }).click();
    await page.getByText('figures[3].base: a base must be at least 1').first().waitFor();
    expect((await section.textContent()) ?? '').toContain('Shipped with the app');

    // The council's own reading of the report: allocated promptly 25 of 60, not 37.
    const changed = structuredClone(set);
    changed.title = 'Published figures, as Northshire reads them';
    const prompt = changed.figures.find(
      (f: { itemId: string; positive: number | null }) =>
        f.itemId === 'alloc-prompt' && f.positive !== null,
    );
    prompt.positive = prompt.base - 25;
    await input.setInputFiles(file('northshire.json', changed));
    await section.getByRole('button', { name: 'Import published figures' }).click();
    await page.getByText(`Published figures imported: ${set.figures.length} figures`).waitFor();
    expect((await section.textContent()) ?? '').toContain('Imported from northshire.json');
    expect(await axeViolations(page)).toEqual([]);

    await openApp(page, `/inspections/${inspectionId}/findings?published=on`);
    await page
      .locator('main')
      .getByText('Published: 42% (25/60)', { exact: false })
      .first()
      .waitFor({ timeout: 30_000 });

    await openApp(page, '/frameworks/hmip-lac-placed-away-2012@1.0.1');
    await page.getByRole('button', { name: 'Remove the imported figures' }).click();
    await page.getByText('Imported figures removed').waitFor();
    await page
      .getByRole('region', { name: 'Published figures' })
      .getByText('Shipped with the app')
      .waitFor();
    expect(uncaughtErrors(page)).toEqual([]);
  });
});
