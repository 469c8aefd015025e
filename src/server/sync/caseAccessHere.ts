/**
 * What every case the server holds of an inspection may be for a caller (core's caseAccess over
 * the cases' records and their second readings), or only the cases named (`only`: a push asks of
 * the cases it brings, each case's access being its own), read inside the caller's transaction.
 */
import { type CaseAccess, caseAccess, type ModerationCase, type SyncCaller } from '../../core';
import type { Queryable } from '../store/database';

/** Each case's assignment and each second reading, of the cases named ($2) or all: one statement. */
const ACCESS_ROWS = `
  select id, record->>'inspectorId' as inspector_id, null::jsonb as reading from sync_cases
    where inspection_id = $1 and ($2::text[] is null or id = any($2))
  union all select id, null, record from sync_moderation
    where inspection_id = $1 and ($2::text[] is null or record->>'caseId' = any($2))`;

export async function caseAccessHere(
  tx: Queryable,
  inspectionId: string,
  caller: SyncCaller,
  only?: readonly string[],
): Promise<ReadonlyMap<string, CaseAccess>> {
  const { rows } = await tx.query<{
    id: string;
    inspector_id: string | null;
    reading: ModerationCase | null;
  }>(ACCESS_ROWS, [inspectionId, only ?? null]);
  const cases = rows.flatMap((r) => (r.reading ? [] : [{ id: r.id, inspectorId: r.inspector_id }]));
  const readings = rows.flatMap((r) => (r.reading ? [r.reading] : []));
  return caseAccess(caller, cases, readings);
}
