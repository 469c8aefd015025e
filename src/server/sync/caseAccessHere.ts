/**
 * What every case the server holds of an inspection may be for a caller (core's caseAccess over
 * the cases' records and the inspection's second readings), or only the cases named (`only`: a
 * push asks of the cases it brings, each case's access being its own), read inside the caller's
 * transaction.
 */
import { type CaseAccess, caseAccess, type SyncCaller } from '../../core';
import type { Queryable } from '../store/database';
import { moderationRecords } from './syncStore';

export async function caseAccessHere(
  tx: Queryable,
  inspectionId: string,
  caller: SyncCaller,
  only?: readonly string[],
): Promise<ReadonlyMap<string, CaseAccess>> {
  const { rows } = await tx.query<{ id: string; inspector_id: string | null }>(
    `select id, record->>'inspectorId' as inspector_id from sync_cases
     where inspection_id = $1 and ($2::text[] is null or id = any($2))`,
    [inspectionId, only ?? null],
  );
  const cases = rows.map((r) => ({ id: r.id, inspectorId: r.inspector_id }));
  return caseAccess(caller, cases, await moderationRecords(tx, inspectionId));
}
