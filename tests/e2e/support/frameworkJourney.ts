/**
 * Putting a framework just added to the library to work, as a lead would through the screens: an
 * inspection created with it (its suggested areas filled in from the framework), then a case
 * added and opened for scoring by the one team member.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { openApp } from './app';

/** Creates the inspection and returns its id; `firstArea` is the framework's first suggested area. */
export async function createInspectionWith(
  page: Page,
  options: { title: string; kind: string; framework: string; firstArea: string; member: string },
): Promise<string> {
  await openApp(page, '/');
  await page.getByRole('link', { name: 'Create an inspection' }).click();
  await page.getByLabel('Title').fill(options.title);
  await page.getByLabel(options.kind).check();
  await page.getByLabel('Framework').selectOption(options.framework);
  expect(await page.getByLabel('Area 1').inputValue()).toBe(options.firstArea);
  await page.getByLabel('Team member 1: name or initials').fill(options.member);
  await page.getByRole('button', { name: 'Create the inspection' }).click();
  await page.getByRole('heading', { level: 1, name: options.title }).waitFor();
  return /\/inspections\/([^/?#]+)/.exec(page.url())![1]!;
}

/** Adds a case in an area (and stratum), opens it with `scorer` scoring, and returns its id. */
export async function addCaseAndStartScoring(
  page: Page,
  inspectionId: string,
  options: { reference: string; area: string; stratum?: string; scorer: string },
): Promise<string> {
  const { reference } = options;
  await openApp(page, `/inspections/${inspectionId}/add-case`);
  await page.getByLabel('Case reference').fill(reference);
  await page.getByLabel('Area').selectOption({ label: options.area });
  if (options.stratum !== undefined) {
    await page.getByLabel('Stratum').selectOption({ label: options.stratum });
  }
  await page.getByRole('button', { name: 'Add the case' }).click();
  await page.getByText(`${reference} was added to the inspection`).waitFor();
  await openApp(page, `/inspections/${inspectionId}`);
  await page.getByRole('link', { name: new RegExp(reference) }).click();
  await page.getByLabel(options.scorer).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { level: 1, name: `Case ${reference}` }).waitFor();
  // The heading shows beside the scorer question too; "Scoring as" only once the choice is
  // stored and read back, so a page load that follows cannot cut the write short.
  await page.getByTestId('scoring-as').filter({ hasText: options.scorer }).waitFor();
  return /\/cases\/([^/?#]+)/.exec(page.url())![1]!;
}
