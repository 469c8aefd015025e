/**
 * A council's self-audit read against the published figures, in real Chromium with the network
 * off: 20 cases audited with the 2012 thematic framework; the findings screen shows each
 * question's figure beside the report's, with the difference in points, its interval and whether
 * it is more than chance would explain, and what the report said; the choice is kept in the
 * address; no axe violation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, expectHeading, openApp } from './support/app';
import { type Session, uncaughtErrors } from './support/browser';
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
});
