/**
 * Moving to an inspection's findings: while the inspection's page sits idle, the findings
 * screen's code is fetched and its worker started, so the click on "Findings" waits only for
 * the cases to be read and counted, not for code to load or a worker to start.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findingsFixture } from '../fixtures/findingsFixture';
import { expectHeading, openApp } from './support/app';
import { launchBrowser, type Session, uncaughtErrors } from './support/browser';
import { startPreview } from './support/globalSetup';
import { seedInspection } from './support/scoringSeed';

const fixture = findingsFixture();
const INSPECTION = `/inspections/${fixture.inspection.id}`;

/** Whether the findings screen's own script has been fetched by this page. */
function findingsCodeFetched(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .some((entry) => /\/assets\/Findings-[\w-]+\.js$/.test(entry.name)),
  );
}

async function poll(check: () => Promise<boolean> | boolean, timeoutMs = 10_000): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return check();
}

describe('findings made ready from the inspection page', () => {
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

  it('fetches the findings code and starts its worker before "Findings" is clicked', async () => {
    const { page } = session;
    const errors = uncaughtErrors(page);
    await openApp(page, '/', server.url);
    await seedInspection(page, fixture);

    await openApp(page, INSPECTION, server.url);
    expect(await poll(() => findingsCodeFetched(page))).toBe(true);
    expect(
      await poll(() => page.workers().some((worker) => worker.url().includes('findings.worker'))),
    ).toBe(true);

    await page
      .getByRole('navigation', { name: 'Inspection' })
      .getByRole('link', { name: 'Findings' })
      .click();
    await expectHeading(page, 'Findings');
    await page.getByText('Based on 18 complete cases of 20').waitFor();
    expect(errors).toEqual([]);
  });
});
