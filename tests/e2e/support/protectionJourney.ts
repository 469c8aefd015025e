/**
 * Steps of the protection journeys: a case scored through the real screens with words that are
 * easy to look for, the profile folder searched for them byte by byte, and the person's space
 * inspected without the app.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { expectHeading, openApp } from './app';
import { addCaseAndStartScoring, createInspectionWith } from './frameworkJourney';

/** The built-in framework the journeys score with, its first standard and question. */
export const FRAMEWORK = 'hmip-lac-placed-away-2012@1.0.1';
export const STANDARD = 'transfer';
export const QUESTION = 'pre-placement-contact';

/** An inspection made through the screens, with one case added by its reference; their ids. */
export async function startInspection(
  page: Page,
  options: { title: string; reference: string },
): Promise<{ inspectionId: string; caseId: string; caseUrl: string }> {
  const inspectionId = await createInspectionWith(page, {
    title: options.title,
    kind: 'Thematic inspection',
    framework: FRAMEWORK,
    firstArea: 'Blackpool',
    member: 'A. Patel',
  });
  const caseId = await addCaseAndStartScoring(page, inspectionId, {
    reference: options.reference,
    area: 'Blackpool',
    stratum: 'Home cases',
    scorer: 'A. Patel',
  });
  return { inspectionId, caseId, caseUrl: `/inspections/${inspectionId}/cases/${caseId}` };
}

/** The first question's answer box on the first standard. */
export function question(page: Page) {
  return page.locator(`[data-question="${QUESTION}"]`);
}

export function noteBox(page: Page) {
  return page.locator(`textarea[name="note-${QUESTION}"]`);
}

/** Answers the first question "Yes" with an evidence note, and waits until it says Saved. */
export async function answerWithNote(page: Page, caseUrl: string, note: string): Promise<void> {
  await openApp(page, `${caseUrl}/standards/${STANDARD}`);
  await question(page).getByRole('radio', { name: 'Yes', exact: true }).check();
  await noteBox(page).fill(note);
  await noteBox(page).blur();
  await page.locator(`#${QUESTION}-status[data-save-state="saved"]`).waitFor({ timeout: 30_000 });
}

/** Writes the report's summary and waits until it is saved. */
export async function writeReportSummary(
  page: Page,
  inspectionId: string,
  text: string,
): Promise<void> {
  await openApp(page, `/inspections/${inspectionId}/report`);
  await expectHeading(page, 'Report');
  const summary = page.getByRole('textbox', { name: 'Summary' });
  await summary.fill(text);
  await summary.blur();
  await page.locator('[data-save-state="saved"]').first().waitFor({ timeout: 30_000 });
}

export type Found = { text: string; encoding: 'UTF-8' | 'UTF-16LE'; file: string };

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return entry.isFile() ? [path] : [];
  });
}

/**
 * Every file of the folder read as bytes and searched for each text, in UTF-8 and in UTF-16
 * (little-endian, as Chromium keeps two-byte strings): where each was found.
 */
export function searchFolder(
  dir: string,
  texts: readonly string[],
): { found: Found[]; files: number; bytes: number } {
  const needles = texts.flatMap((text) => [
    { text, encoding: 'UTF-8' as const, bytes: Buffer.from(text, 'utf8') },
    { text, encoding: 'UTF-16LE' as const, bytes: Buffer.from(text, 'utf16le') },
  ]);
  const found: Found[] = [];
  let bytes = 0;
  const files = filesUnder(dir);
  for (const file of files) {
    let content: Buffer;
    try {
      if (statSync(file).size === 0) continue;
      content = readFileSync(file);
    } catch {
      continue; // a lock file or socket Chromium left behind
    }
    bytes += content.length;
    for (const needle of needles) {
      if (content.includes(needle.bytes)) {
        found.push({ text: needle.text, encoding: needle.encoding, file: relative(dir, file) });
      }
    }
  }
  return { found, files: files.length, bytes };
}

/**
 * A record with the text written by the page into a database of its own, unsealed: what the
 * search must find if the app stored case content as it is (so a search that finds nothing
 * means something).
 */
export async function storeInPlainText(page: Page, text: string): Promise<void> {
  await page.evaluate(async (note) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('plain-text-control', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('notes', { keyPath: 'id' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('notes', 'readwrite', { durability: 'strict' });
      tx.objectStore('notes').put({ id: 'control', note });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, text);
}

/** The names of the databases the page's origin has. */
export async function databaseNames(page: Page): Promise<string[]> {
  return page.evaluate(async () =>
    (await indexedDB.databases()).map((d) => d.name ?? '').filter((name) => name !== ''),
  );
}
