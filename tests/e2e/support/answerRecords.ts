/**
 * Answers as the app stores them (src/db/cases/answerStore.ts): two records per case,
 * `answerValues` and `answerDetails`. Browser tests write and read them in the person's space
 * (support/sealedSpace.ts), so these helpers turn answer rows into the two records and back.
 */
import type { Page } from 'playwright-core';
import { readSpaceTable } from './sealedSpace';

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

/** Every stored answer of the test inspector's space, one row per answer. */
export async function readAnswers<T = AnswerRow>(page: Page): Promise<T[]> {
  const values = await readSpaceTable<ValuesRecord>(page, 'answerValues');
  const details = await readSpaceTable<DetailsRecord>(page, 'answerDetails');
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
