/**
 * Inspectors' devices, in browser profiles offline after their first visit: the lead exports a
 * pack for A. Patel, who opens it on their own profile and finds what an inspector does — their
 * own cases, their second readings, the findings, sending their work — and none of the lead's
 * tabs; the lead's tools are one step away (their page, or "Continue to the lead’s tools" at a
 * lead's page reached by its address). J. Morgan opens the pack for everyone: their own cases
 * come first once they say who they are, everyone's one step away. The lead's menu is unchanged.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectionFixture } from '../fixtures/inspectionFixture';
import { TEAM_FRAMEWORK } from '../fixtures/teamFixture';
import { axeViolations, expectHeading, openApp } from './support/app';
import { uncaughtErrors } from './support/browser';
import {
  continueToLeadTool,
  type Device,
  exportPack,
  followInspectionNav,
  importPack,
  loadInspection,
  startOfflineDevice,
} from './support/teamJourney';

const fixture = inspectionFixture({ framework: TEAM_FRAMEWORK, id: 'insp-team', caseCount: 4 });
const INSP = fixture.inspection.id;
const BASE = `/inspections/${INSP}`;
const LEAD_TABS = [
  'Cases',
  'Case list import',
  'Sample',
  'Team and assignment',
  'Moderation',
  'Team work',
  'Findings',
  'Recommendations',
  'Report',
  'Committee paper',
  'Exports',
  'Settings',
];

async function tabs(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: 'Inspection' });
  await nav.getByRole('link').first().waitFor();
  return (await nav.getByRole('link').allTextContents()).map((t) => t.trim());
}

/** The references in the case list as shown. */
async function caseRefs(page: Page): Promise<string[]> {
  await page.locator('.ca-case-table').waitFor();
  return (await page.locator('.ca-case-table__ref').allTextContents()).map((t) => t.trim());
}

describe('an inspector’s device', () => {
  let lead: Device;
  let ap: Device;
  let jm: Device;
  let pack: { path: string; name: string };
  let everyone: { path: string; name: string };

  beforeAll(async () => {
    lead = await startOfflineDevice('lead');
    ap = await startOfflineDevice('ap');
    jm = await startOfflineDevice('jm');
    await loadInspection(lead, fixture, 'lead');
    pack = await exportPack(lead.page, INSP, 'A. Patel (inspector)');
    everyone = await exportPack(lead.page, INSP, 'Everyone: every case');
  });
  afterAll(async () => {
    await Promise.all([lead?.close(), ap?.close(), jm?.close()]);
  });

  it('opens from a pack on their own cases, with an inspector’s menu and none of the lead’s tabs', async () => {
    const { page } = ap;
    expect(await importPack(page, pack.path)).toMatch(/2 new cases/);
    await page.getByRole('link', { name: `Open “${fixture.inspection.title}”` }).click();
    await expectHeading(page, fixture.inspection.title);
    expect(await tabs(page)).toEqual([
      'Your cases',
      'Your second readings',
      'Findings',
      'Send my work to the lead',
      'Lead’s tools',
    ]);
    // Their own cases: the list's filter is set to them.
    await page.waitForURL(/\?inspector=ap$/);
    expect(await caseRefs(page)).toEqual(['LAC-01-01', 'LAC-01-03']);
    expect(await page.getByLabel('Inspector').inputValue()).toBe('ap');
    expect(await axeViolations(page)).toEqual([]);

    await followInspectionNav(page, 'Send my work to the lead');
    await expectHeading(page, 'Export my work');
    await followInspectionNav(page, 'Your second readings');
    await expectHeading(page, 'Moderation');
    await page.getByText('No second reading is assigned to A. Patel.').waitFor();
  });

  it('keeps the lead’s tools one step away: their page lists them, each opening from there', async () => {
    const { page } = ap;
    await followInspectionNav(page, 'Lead’s tools');
    await expectHeading(page, 'Lead’s tools');
    await page.getByText(/These tools are for the lead inspector/).waitFor();
    const list = page.getByRole('list', { name: 'The lead’s tools' });
    expect(await list.getByRole('link').allTextContents()).toContain('Team and assignment');
    expect(await axeViolations(page)).toEqual([]);
    await list.getByRole('link', { name: 'Sample' }).click();
    await expectHeading(page, 'Sample');
  });

  it('says whose tool a lead’s page is when reached by its address, and goes on when asked', async () => {
    const { page } = ap;
    await openApp(page, `${BASE}/team`);
    await expectHeading(page, 'Lead’s tools');
    await page.getByText('Team and assignment is one of the lead’s tools').waitFor();
    expect(await page.getByRole('heading', { name: 'Team and assignment' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await continueToLeadTool(page, 'Team and assignment');
  });

  it('from a pack for everyone, shows everyone’s cases until they say who they are, then their own first', async () => {
    const { page } = jm;
    expect(await importPack(page, everyone.path)).toMatch(/4 new cases/);
    await page.getByRole('link', { name: `Open “${fixture.inspection.title}”` }).click();
    await expectHeading(page, fixture.inspection.title);
    expect(await tabs(page)).toContain('Lead’s tools');
    expect(await caseRefs(page)).toHaveLength(4);

    await followInspectionNav(page, 'Your second readings');
    await expectHeading(page, 'Moderation');
    await page.getByRole('radio', { name: 'J. Morgan', exact: true }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByTestId('moderation-scoring-as').filter({ hasText: 'J. Morgan' }).waitFor();

    await followInspectionNav(page, 'Your cases');
    await page.waitForURL(/\?inspector=jm$/);
    await page.getByText('Showing 2 cases of 4').waitFor();
    expect(await caseRefs(page)).toEqual(['LAC-02-02', 'LAC-02-04']);
    // Everyone's cases are still there, one step away.
    await page.getByRole('link', { name: 'Clear filters' }).click();
    await page.getByText('All 4 cases').waitFor();
    expect(await caseRefs(page)).toHaveLength(4);
  });

  it('leaves the lead’s own menu as it was', async () => {
    const { page } = lead;
    await openApp(page, BASE);
    await expectHeading(page, fixture.inspection.title);
    expect(await tabs(page)).toEqual(LEAD_TABS);
    expect(await caseRefs(page)).toHaveLength(4);
    await openApp(page, `${BASE}/team`);
    await expectHeading(page, 'Team and assignment');
    for (const device of [lead, ap, jm]) expect(uncaughtErrors(device.page)).toEqual([]);
  });
});
