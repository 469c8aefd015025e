/**
 * Version 5's upgrade: the `answers` table (one row per [caseId+itemId]) becomes two records per
 * case, `answerValues` and `answerDetails` (src/db/cases/answerStore.ts says why).
 *
 * It runs inside the browser's upgrade transaction, so it is all or nothing: a browser closed
 * midway, or a row that cannot be moved, leaves the version-4 database exactly as it was, and
 * the next start tries again. Rows are read a page at a time in key order, so every case's
 * answers arrive together and memory stays bounded at any size.
 */
import type { Transaction } from 'dexie';
import type { AnswerValue } from '../../core';
import type { AnswerDetail, AnswerDetailsRecord, AnswerValuesRecord } from './answerRecords';

/** A version-4 answer row, read as it is stored. */
type LegacyAnswerRow = AnswerDetail & {
  caseId: unknown;
  inspectionId: unknown;
  itemId: unknown;
  value: AnswerValue;
};

/** Rows read per request: large enough to be quick, small enough to bound memory. */
const PAGE = 10_000;

/** Thrown for a row that cannot be kept: the upgrade stops and version 4 stays as it was. */
export class AnswerMigrationError extends Error {
  override name = 'AnswerMigrationError';
}

function byItem<T>(): Record<string, T> {
  // No prototype: an item may be called "constructor" or "__proto__" and is still an item.
  return Object.create(null) as Record<string, T>;
}

export async function moveAnswersToCaseRecords(tx: Transaction): Promise<void> {
  const from = tx.table<LegacyAnswerRow, [string, string]>('answers');
  const valuesTable = tx.table<AnswerValuesRecord, string>('answerValues');
  const detailsTable = tx.table<AnswerDetailsRecord, string>('answerDetails');
  let after: [string, string] | null = null;
  // The case being read when a page ends: its answers may go on in the next page.
  let open = null as { values: AnswerValuesRecord; details: AnswerDetailsRecord } | null;
  for (;;) {
    const page: LegacyAnswerRow[] = await (after === null
      ? from.orderBy(':id')
      : from.where(':id').above(after)
    )
      .limit(PAGE)
      .toArray();
    const values: AnswerValuesRecord[] = [];
    const details: AnswerDetailsRecord[] = [];
    for (const row of page) {
      const { caseId, inspectionId, itemId, value, ...detail } = row;
      if (typeof caseId !== 'string' || typeof itemId !== 'string') {
        throw new AnswerMigrationError(
          `An answer stored on this device cannot be read (case ${String(caseId)}, item ${String(itemId)}).`,
        );
      }
      if (open?.values.caseId !== caseId) {
        if (open) {
          values.push(open.values);
          details.push(open.details);
        }
        const inspection = typeof inspectionId === 'string' ? inspectionId : '';
        open = {
          values: { caseId, inspectionId: inspection, values: byItem() },
          details: { caseId, inspectionId: inspection, details: byItem() },
        };
      }
      open.values.values[itemId] = value;
      open.details.details[itemId] = detail;
      after = [caseId, itemId];
    }
    if (page.length < PAGE && open) {
      values.push(open.values);
      details.push(open.details);
      open = null;
    }
    // The case open at the end of a page is carried over, written once its last answer is read.
    await Promise.all([valuesTable.bulkPut(values), detailsTable.bulkPut(details)]);
    if (page.length < PAGE) return;
  }
}
