import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations, openApp, screenShown, waitForServiceWorker } from './support/app';
import { launchBrowser, type Session, uncaughtErrors } from './support/browser';
import { readSpaceTable } from './support/sealedSpace';

/** The six YOT areas of the built-in 2012 thematic framework (seed 000). */
const AREAS = [
  'Blackpool',
  'Halton & Warrington',
  'Shropshire, Telford & Wrekin',
  'Somerset',
  'West London',
  'Wrexham',
];

/** 600 synthetic cases: 50 host and 50 home in each area, references like LAC-03-07. */
function populationCsv(): string {
  const lines = ['Case ref,YOT,Host or home,Age'];
  AREAS.forEach((area, a) => {
    for (let i = 1; i <= 100; i++) {
      const ref = `LAC-${String(a + 1).padStart(2, '0')}-${String(i).padStart(2, '0')}`;
      lines.push(`${ref},"${area}",${i % 2 === 0 ? 'home' : 'host'},${11 + (i % 8)}`);
    }
  });
  return `${lines.join('\r\n')}\r\n`;
}

const BAD_CSV = [
  'Case ref,YOT,Host or home',
  'LAC-01-01,Blackpool,host',
  'LAC-01-02,Atlantis,home',
  'LAC-01-01,Somerset,home',
].join('\n');

function csv(name: string, text: string) {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') };
}

async function h1(page: Page, name: string | RegExp) {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Counts rows in this device's IndexedDB directly, to prove nothing was stored. */
async function stored(page: Page): Promise<{ cases: number; population: number }> {
  const cases = await readSpaceTable(page, 'cases');
  const chunks = await readSpaceTable<{ entries: unknown[] }>(page, 'populationChunks');
  return {
    cases: cases.length,
    population: chunks.reduce((sum, chunk) => sum + chunk.entries.length, 0),
  };
}

async function drawnRefs(page: Page): Promise<string> {
  return (await page.locator('.ca-drawn').textContent()) ?? '';
}

async function draw(page: Page, seed: string) {
  await page.getByLabel('Seed', { exact: true }).fill(seed);
  await page.getByRole('button', { name: 'Draw the sample' }).click();
  await page.locator('#draw-heading').waitFor();
  // Wait for this draw's result (the heading takes focus when it arrives).
  await page.waitForFunction(() => document.activeElement?.id === 'draw-heading');
}

describe('setting up an inspection, offline', () => {
  let session: Session;
  beforeEach(async () => {
    session = await launchBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  it('creates an inspection, imports a population, draws and creates the sample, assigns and filters cases', async () => {
    const { page, context } = session;
    await openApp(page, '/');
    await waitForServiceWorker(page);
    await context.setOffline(true);

    // Create the inspection: first with nothing filled in, then properly.
    await page.getByRole('link', { name: 'Create an inspection' }).click();
    await h1(page, 'Create an inspection');
    await page.getByRole('button', { name: 'Create the inspection' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Title').fill('Looked after children placed away from home');
    await page.getByLabel('Thematic inspection').check();
    await page.getByLabel('Framework').selectOption('hmip-lac-placed-away-2012@1.0.1');
    expect(await page.getByLabel('Area 3').inputValue()).toBe('Shropshire, Telford & Wrekin');
    await page.getByLabel('Team member 1: name or initials').fill('R. Okafor');
    await page.getByRole('button', { name: 'Add another team member' }).click();
    await page.getByLabel('Team member 2: name or initials').fill('A. Patel');
    await page.getByRole('button', { name: 'Add another team member' }).click();
    await page.getByLabel('Team member 3: name or initials').fill('J. Morgan');
    await page.getByRole('button', { name: 'Create the inspection' }).click();
    await h1(page, 'Looked after children placed away from home');
    await page.getByText('This inspection has no cases yet').waitFor();

    // A bad list: every problem shown, nothing stored.
    const subnav = page.getByRole('navigation', { name: 'Inspection' });
    await subnav.getByRole('link', { name: 'Case list import' }).click();
    await h1(page, 'Import a case list');
    await page.getByLabel('Upload a case list').setInputFiles(csv('bad.csv', BAD_CSV));
    await page.getByRole('button', { name: 'Upload and check' }).click();
    await page.getByText('What is in each column?').waitFor();
    await page.getByLabel('The cases to read').check();
    await page.getByRole('button', { name: 'Check the list' }).click();
    const problems = page.locator('.govuk-error-summary__list li');
    await problems.first().waitFor();
    expect(await problems.allTextContents()).toEqual([
      expect.stringMatching(/^row 3, column YOT: "Atlantis" is not one of this inspection's areas/),
      'row 4, column Case ref: LAC-01-01 is already on row 2; each case must appear once',
    ]);
    expect(await axeViolations(page)).toEqual([]);
    expect(await stored(page)).toEqual({ cases: 0, population: 0 });

    // The population list: 600 cases in 6 areas × host and home.
    await page.getByRole('button', { name: 'Choose a different file' }).click();
    await page
      .getByLabel('Upload a case list')
      .setInputFiles(csv('population.csv', populationCsv()));
    await page.getByRole('button', { name: 'Upload and check' }).click();
    await page.getByText('What is in each column?').waitFor();
    expect(await page.getByLabel('Import column “Host or home” as').inputValue()).toBe('stratum');
    await page.getByLabel('A population to sample from').check();
    await page.getByRole('button', { name: 'Check the list' }).click();
    await page.getByRole('button', { name: 'Store the population of 600 cases' }).click();
    await page.getByText('The population list of 600 cases is stored').waitFor();
    expect(await stored(page)).toEqual({ cases: 0, population: 600 });

    // Draw 5 host + 5 home cases in each of the 6 areas; the same seed gives the same sample.
    await page.getByRole('link', { name: 'Draw the sample from this population' }).click();
    await h1(page, 'Sample');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('The same number in every cell').fill('5');
    await page.getByRole('button', { name: 'Fill in every cell' }).click();
    await draw(page, 'e2e-seed-1');
    expect(await page.locator('#draw-heading').textContent()).toBe('Sample drawn: 60 cases');
    const first = await drawnRefs(page);
    expect(first).toMatch(/^Blackpool, Host cases: LAC-01-\d\d/);
    await draw(page, 'another-seed');
    expect(await drawnRefs(page)).not.toBe(first);
    await draw(page, 'e2e-seed-1');
    expect(await drawnRefs(page)).toBe(first);
    await page
      .getByText(/^This is the same sample as drawn on .* \(seed e2e-seed-1\)\.$/)
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Create these 60 cases' }).click();
    await page.getByText('60 cases and 0 reserves were added to the inspection').waitFor();
    expect(await stored(page)).toEqual({ cases: 60, population: 600 });

    // Assign in bulk: Blackpool to A. Patel, Somerset to J. Morgan.
    await page.getByRole('link', { name: 'Assign the cases to inspectors' }).click();
    await h1(page, 'Team and assignment');
    await page.getByLabel('Cases in').selectOption({ label: 'Blackpool' });
    await page.getByLabel('Assign to').selectOption({ label: 'A. Patel' });
    await page.getByRole('button', { name: 'Assign 10 cases to A. Patel' }).click();
    await page.getByText('10 cases in Blackpool assigned to A. Patel').waitFor();
    await page.getByLabel('Cases in').selectOption({ label: 'Somerset' });
    await page.getByLabel('Assign to').selectOption({ label: 'J. Morgan' });
    await page.getByRole('button', { name: 'Assign 10 cases to J. Morgan' }).click();
    await page.getByText('10 cases in Somerset assigned to J. Morgan').waitFor();

    // The case list, filtered by inspector and by area; the filter survives a reload.
    await subnav.getByRole('link', { name: 'Cases' }).click();
    await page.getByRole('heading', { name: 'Cases', exact: true }).waitFor();
    await page.getByText('All 60 cases').waitFor();
    await page.getByLabel('Inspector').selectOption({ label: 'A. Patel' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByText('Showing 10 cases of 60').waitFor();
    expect(page.url()).toMatch(/\?inspector=a-patel$/);
    const refs = page.locator('.ca-case-table tbody tr td:first-child');
    expect((await refs.allTextContents()).every((ref) => ref.startsWith('LAC-01-'))).toBe(true);
    expect(await page.locator('.ca-status-counts__item').allTextContents()).toEqual([
      '10 not started',
      '0 in progress',
      '0 complete',
      '0 moderated',
    ]);
    await page.reload();
    await screenShown(page);
    await page.getByText('Showing 10 cases of 60').waitFor();

    await page.getByLabel('Inspector').selectOption({ label: 'Everyone' });
    await page.getByLabel('Area').selectOption({ label: 'Somerset' });
    await page.getByLabel('Stratum').selectOption({ label: 'Home cases' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByText('Showing 5 cases of 60').waitFor();
    const cells = page.locator('.ca-case-table tbody tr td:nth-child(4)');
    expect(await cells.allTextContents()).toEqual(Array(5).fill('J. Morgan'));

    await page.getByLabel('Area').selectOption({ label: 'Wrexham' });
    await page.getByLabel('Stratum').selectOption({ label: 'All strata' });
    await page.getByLabel('Inspector').selectOption({ label: 'Not assigned' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByText('Showing 10 cases of 60').waitFor();
    expect(await page.locator('.ca-status-counts__item').first().textContent()).toBe(
      '10 not started',
    );
    expect(uncaughtErrors(page)).toEqual([]);
  });
});
