/**
 * Scoring journeys in a real browser: an inspection ready to score (tests/fixtures/
 * inspectionFixture.ts) put into the page's IndexedDB as the set-up screens would, what is
 * stored read back straight from IndexedDB, and keyboard helpers.
 */
import type { Page } from 'playwright-core';
import type { InspectionFixture } from '../../fixtures/inspectionFixture';
import { answerRecordsOf, readAnswers } from './answerRecords';

/**
 * Writes the fixture (and, if given, who is scoring on this device) with the plain IndexedDB
 * API. The app must have opened once on the page: it creates the database.
 */
export async function seedInspection(
  page: Page,
  fixture: InspectionFixture,
  options: { scorer?: string } = {},
): Promise<void> {
  await page.evaluate(
    async ({ data, records, scorer }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('case-audit');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const stores = [
          'frameworks',
          'inspections',
          'cases',
          'answerValues',
          'answerDetails',
          'meta',
        ];
        const tx = db.transaction(stores, 'readwrite');
        tx.objectStore('frameworks').put(data.framework);
        tx.objectStore('inspections').put(data.inspection);
        for (const c of data.cases) tx.objectStore('cases').put(c);
        for (const r of records.values) tx.objectStore('answerValues').put(r);
        for (const r of records.details) tx.objectStore('answerDetails').put(r);
        if (scorer) {
          tx.objectStore('meta').put({ key: `scorer:${data.inspection.id}`, value: scorer });
        }
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { data: fixture, records: answerRecordsOf(fixture.answers), scorer: options.scorer },
  );
}

export type StoredAnswer = { value: unknown; note: string; rev: number; by: string };

/** A table's rows straight from IndexedDB: what survived, whatever the screen says. */
export async function readStore<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('case-audit');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(name).objectStore(name).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return rows;
  }, store) as Promise<T[]>;
}

/** The stored answers of a case, by item id. */
export async function storedAnswers(
  page: Page,
  caseId: string,
): Promise<Record<string, StoredAnswer>> {
  const rows = await readAnswers<StoredAnswer & { caseId: string; itemId: string }>(page);
  return Object.fromEntries(rows.filter((r) => r.caseId === caseId).map((r) => [r.itemId, r]));
}

export function caseUrl(fixture: InspectionFixture, caseIndex = 0): string {
  return `/inspections/${fixture.inspection.id}/cases/${fixture.cases[caseIndex]!.id}`;
}

/** Presses Tab until `matches` holds for the focused element (keyboard only, as a user would). */
export async function tabTo(
  page: Page,
  matches: (el: { tag: string; id: string; text: string; label: string }) => boolean,
  limit = 60,
): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      const input = a as HTMLInputElement | null;
      return {
        tag: a?.tagName.toLowerCase() ?? '',
        id: a?.id ?? '',
        text: a?.textContent?.trim() ?? '',
        label: input?.labels?.[0]?.textContent?.trim() ?? '',
      };
    });
    if (matches(el)) return;
  }
  throw new Error('tabTo: never reached the element');
}

/** What the screen shows as saved right now: every question whose status says Saved. */
export type ShownAsSaved = { itemId: string; value: string | string[] | null; note: string | null };

export async function shownAsSaved(page: Page): Promise<ShownAsSaved[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-question]:not([data-kept])')]
      .filter((block) => block.querySelector('[data-save-state="saved"]'))
      .map((block) => {
        const checked = [...block.querySelectorAll<HTMLInputElement>('input:checked')].map(
          (i) => i.value,
        );
        const multiple = block.querySelector('input[type=checkbox]') !== null;
        const note = block.querySelector<HTMLTextAreaElement>('textarea[name^="note-"]');
        return {
          itemId: block.dataset.question!,
          value: multiple ? (checked.length ? checked : null) : (checked[0] ?? null),
          note: note ? note.value : null,
        };
      }),
  );
}
