/**
 * The team bench's floor (scripts/bench/team.ts): the records a merge writes, written in one
 * bare IndexedDB transaction in the page, with the app's stores and indexes and strict
 * durability.
 */
import type { Page } from 'playwright-core';

/**
 * The floor: `cases` case records, `answers` answers and as many history entries, written in one
 * bare IndexedDB transaction. `rows`: one record per answer (the shape a work file holds them
 * in, and version 4's); `cases`: two records per case holding its answers (the app's layout).
 */
export async function floorOf(
  page: Page,
  cases: number,
  answers: number,
  layout: 'rows' | 'cases',
): Promise<number> {
  return page.evaluate(
    async ({ cases, answers, layout }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(`bench-floor-${layout}`, 1);
        open.onupgradeneeded = () => {
          const c = open.result.createObjectStore('cases', { keyPath: 'id' });
          c.createIndex('inspectionId', 'inspectionId');
          c.createIndex('ref', ['inspectionId', 'ref']);
          c.createIndex('inspector', ['inspectionId', 'inspectorId']);
          if (layout === 'rows') {
            const a = open.result.createObjectStore('answers', { keyPath: ['caseId', 'itemId'] });
            a.createIndex('caseId', 'caseId');
            a.createIndex('inspectionId', 'inspectionId');
          } else {
            for (const name of ['answerValues', 'answerDetails']) {
              const r = open.result.createObjectStore(name, { keyPath: 'caseId' });
              r.createIndex('inspectionId', 'inspectionId');
            }
          }
          const h = open.result.createObjectStore('answerHistory', {
            keyPath: 'seq',
            autoIncrement: true,
          });
          h.createIndex('item', ['caseId', 'itemId']);
          h.createIndex('caseId', 'caseId');
          h.createIndex('inspectionId', 'inspectionId');
        };
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const start = performance.now();
      await new Promise<void>((resolve, reject) => {
        const stores = layout === 'rows' ? ['answers'] : ['answerValues', 'answerDetails'];
        const tx = db.transaction(['cases', ...stores, 'answerHistory'], 'readwrite', {
          durability: 'strict',
        });
        const values: Record<string, Record<string, unknown>> = {};
        const details: Record<string, Record<string, unknown>> = {};
        for (let i = 0; i < cases; i++) {
          tx.objectStore('cases').put({
            id: `c${i}`,
            inspectionId: 'i',
            ref: `LAC-90-${i}`,
            areaId: 'a',
            stratumId: 's',
            inspectorId: 'ap',
            status: 'in-progress',
            role: 'sample',
            createdAt: '2026-03-04T17:00:00.000Z',
            updatedAt: '2026-03-04T17:00:00.000Z',
          });
        }
        for (let i = 0; i < answers; i++) {
          const row = {
            caseId: `c${i % cases}`,
            inspectionId: 'i',
            itemId: `item-${Math.floor(i / cases)}`,
            value: 'yes',
            note: 'Seen on p. 12',
            rev: 1,
            at: '2026-03-04T17:00:00.000Z',
            by: 'ap',
            device: 'ap-laptop',
          };
          if (layout === 'rows') tx.objectStore('answers').put(row);
          else {
            const { caseId, inspectionId: _i, itemId, value, ...detail } = row;
            values[caseId] = { ...values[caseId], [itemId]: value };
            details[caseId] = { ...details[caseId], [itemId]: detail };
          }
          tx.objectStore('answerHistory').add({
            ...row,
            via: 'import',
            source: 'lac-2012-thematic-work-ap-2026-03-04-1700.json',
            before: null,
          });
        }
        for (const caseId of Object.keys(values)) {
          tx.objectStore('answerValues').put({ caseId, inspectionId: 'i', values: values[caseId] });
          tx.objectStore('answerDetails').put({
            caseId,
            inspectionId: 'i',
            details: details[caseId],
          });
        }
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      return performance.now() - start;
    },
    { cases, answers, layout },
  );
}
