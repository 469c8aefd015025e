/**
 * An inspection with answered cases, written straight into a page's IndexedDB (as the set-up
 * and scoring screens would leave it), for the report and export journeys and their bench.
 */
import type { Page } from 'playwright-core';
import type { CaseWithAnswers, Inspection } from '../../../src/core';
import { answerRecordsOf } from './answerRecords';
import { openApp } from './app';

/** Writes the inspection, its cases, answers and a history entry per answer into the page's IndexedDB. */
export async function seedCases(
  page: Page,
  inspection: Inspection,
  cases: readonly CaseWithAnswers[],
  /** The app's address (default: the e2e run's server). */
  url?: string,
) {
  // The built-in frameworks are seeded by the Frameworks screen; visit it once.
  await openApp(page, '/frameworks', url);
  await page.getByRole('table').waitFor();
  const rows = cases.map(({ answers, ...kase }) => {
    const rows = Object.entries(answers).map(([itemId, a]) => ({
      ...a,
      caseId: kase.id,
      inspectionId: kase.inspectionId,
      itemId,
    }));
    return { kase, answers: rows, records: answerRecordsOf(rows) };
  });
  await page.evaluate(
    async ({ inspection, rows }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('case-audit');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(
          ['inspections', 'cases', 'answerValues', 'answerDetails', 'answerHistory'],
          'readwrite',
        );
        tx.objectStore('inspections').put(inspection);
        for (const row of rows) {
          tx.objectStore('cases').put(row.kase);
          for (const r of row.records.values) tx.objectStore('answerValues').put(r);
          for (const r of row.records.details) tx.objectStore('answerDetails').put(r);
          for (const a of row.answers) {
            tx.objectStore('answerHistory').add({
              ...a,
              via: 'import',
              source: 'test data',
              before: null,
            });
          }
        }
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { inspection, rows },
  );
}
