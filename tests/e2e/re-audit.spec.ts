/**
 * A council's re-audit, in real Chromium with the network off: two self-audits of 20 cases each
 * on the 2012 thematic framework (March 2026 and March 2027), compared question by question with
 * the change, its interval and whether it is more than chance, and a chart of the change; then the
 * later audit repeated from its settings (same settings, its register carried forward, a new
 * sample to draw), which compares with the audit it repeats by default.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLacExample, type CaseWithAnswers, type Framework } from '../../src/core';
import { axeViolations, expectHeading, openApp } from './support/app';
import { type Session, uncaughtErrors } from './support/browser';
import { browserWithLacExample, LAC_FRAMEWORK_FILE, seedCases } from './support/reportSeed';

/** "55% (11/20)": the share of `cases` answering `value` to `itemId`, as the app prints it. */
function shareOf(cases: readonly CaseWithAnswers[], itemId: string, value: string): string {
  const n = cases.filter((c) => c.answers[itemId]?.value === value).length;
  return `${Math.round((100 * n) / cases.length)}% (${n}/${cases.length})`;
}

describe('a re-audit compared with the audit before', () => {
  let session: Session;
  let first: CaseWithAnswers[] = [];
  let later: CaseWithAnswers[] = [];

  beforeAll(async () => {
    ({ session } = await browserWithLacExample('audit-2026', {}, (example) => {
      first = example.cases.slice(0, 20);
      return {
        ...example,
        inspection: { ...example.inspection, kind: 'self-audit', title: 'Northshire audit 2026' },
        cases: first,
      };
    }));
    // A year on: another 20 cases, audited on the same framework version.
    const framework = JSON.parse(readFileSync(LAC_FRAMEWORK_FILE, 'utf8')) as Framework;
    const next = buildLacExample(framework, {
      inspectionId: 'audit-2027',
      now: '2027-03-09T09:00:00.000Z',
      fieldwork: { start: '2027-03-01', end: '2027-03-05' },
      title: 'Northshire audit 2027',
    });
    later = next.cases.slice(40, 60);
    await seedCases(session.page, { ...next.inspection, kind: 'self-audit' }, later);
    await session.context.setOffline(true);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('compares each question then and now, with the change and a chart of it', async () => {
    const { page } = session;
    await openApp(page, '/inspections/audit-2027/findings');
    await expectHeading(page, 'Findings');
    await page.getByRole('link', { name: 'Compare with an earlier audit' }).click();
    await expectHeading(page, 'Compare with an earlier audit');
    // The earlier audit is chosen for the lead: the most recent before this one.
    const choice = page.getByLabel('Compare with');
    expect(await choice.locator('option:checked').textContent()).toContain('Northshire audit 2026');
    const row = page
      .getByRole('row')
      .filter({ hasText: 'Was the case allocated promptly by the host YOT?' })
      .first();
    await row.waitFor({ timeout: 30_000 });
    const cells = (await row.locator('td, th').allTextContents()).map((c) => c.trim());
    expect(cells).toContain(shareOf(first, 'alloc-prompt', 'yes'));
    expect(cells).toContain(shareOf(later, 'alloc-prompt', 'yes'));
    expect(cells.some((c) => /^(Yes|No)$/.test(c))).toBe(true);
    expect(cells.some((c) => /^z = /.test(c))).toBe(true);
    const charts = page.getByRole('img', { name: /then .* now/ });
    expect(await charts.count()).toBeGreaterThan(0);
    expect((await page.locator('main').textContent()) ?? '').toContain('Newcombe');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('repeats the later audit with its settings and register, to draw a new sample', async () => {
    const { page } = session;
    await openApp(page, '/inspections/audit-2027/register');
    await expectHeading(page, 'Recommendations register');
    await page.getByRole('button', { name: 'Add the framework’s recommendations (8)' }).click();
    await page.getByText('8 recommendations added.').waitFor();

    await openApp(page, '/inspections/audit-2027/edit');
    await page.getByRole('button', { name: 'Repeat this audit' }).click();
    await page.waitForURL(/\/inspections\/[^/]+\/sample$/);
    const repeatId = decodeURIComponent(page.url().split('/inspections/')[1]!.split('/')[0]!);
    expect(repeatId).not.toBe('audit-2027');
    // The new audit's Sample tab, under its own title.
    await page.locator('main').getByText('Northshire audit 2027 (repeat)').first().waitFor();
    // Kept across a reload: the repeat, and the register it carried forward.
    await page.reload();
    await openApp(page, `/inspections/${repeatId}/register`);
    await page.getByRole('table', { name: '8 recommendations' }).waitFor();
    await openApp(page, `/inspections/${repeatId}/compare`);
    await expectHeading(page, 'Compare with an earlier audit');
    expect(await page.getByLabel('Compare with').locator('option:checked').textContent()).toContain(
      'Northshire audit 2027',
    );
    expect(uncaughtErrors(page)).toEqual([]);
  });
});
