/**
 * Answers as the app stores them (src/db/cases/answerStore.ts): two records per case,
 * `answerValues` and `answerDetails`. Browser tests write and read them with the plain
 * IndexedDB API, so these helpers turn answer rows into the two records and back.
 */
import type { Page } from 'playwright-core';

export type AnswerRow = {
  caseId: string;
  inspectionId: string;
  itemId: string;
  value: unknown;
  note: string;
  rev: number;
  at: string;
  by: string;
  device: string;
};

type ValuesRecord = { caseId: string; inspectionId: string; values: Record<string, unknown> };
type DetailsRecord = { caseId: string; inspectionId: string; details: Record<string, unknown> };

/** Answer rows → the two records of each case, ready to `put` into the two stores. */
export function answerRecordsOf(rows: readonly AnswerRow[]): {
  values: ValuesRecord[];
  details: DetailsRecord[];
} {
  const values = new Map<string, ValuesRecord>();
  const details = new Map<string, DetailsRecord>();
  for (const { caseId, inspectionId, itemId, value, ...detail } of rows) {
    if (!values.has(caseId)) {
      values.set(caseId, { caseId, inspectionId, values: {} });
      details.set(caseId, { caseId, inspectionId, details: {} });
    }
    values.get(caseId)!.values[itemId] = value;
    details.get(caseId)!.details[itemId] = detail;
  }
  return { values: [...values.values()], details: [...details.values()] };
}

/** Every stored answer of the page's database, one row per answer. */
export async function readAnswers<T = AnswerRow>(page: Page): Promise<T[]> {
  const [values, details] = (await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('case-audit');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['answerValues', 'answerDetails']);
    // No named function in here: a compiler may name it with a helper the page does not have.
    const both = await Promise.all(
      ['answerValues', 'answerDetails'].map(
        (name) =>
          new Promise<unknown[]>((resolve, reject) => {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    db.close();
    return both;
  })) as [ValuesRecord[], DetailsRecord[]];
  const detailsOf = new Map(details.map((d) => [d.caseId, d.details]));
  return values.flatMap((v) =>
    Object.entries(v.values).map(
      ([itemId, value]) =>
        ({
          caseId: v.caseId,
          inspectionId: v.inspectionId,
          itemId,
          value,
          ...(detailsOf.get(v.caseId)?.[itemId] as object),
        }) as T,
    ),
  );
}
