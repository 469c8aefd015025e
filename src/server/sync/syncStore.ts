/**
 * What the team server holds of each inspection, as a device holds it, in the `sync_*` tables:
 * the app's own records (core's schemas) kept whole as JSON, each stamped with the next number
 * of the server's sequence when written, so a pull can ask for what came after its last. Read
 * into core's merge state, and written from core's merge writes, inside the caller's
 * transaction.
 */
import {
  type AnswerRow,
  arrivingCaseIds,
  type Case,
  type ConflictRecord,
  earlierFrameworkKeys,
  type Framework,
  frameworkForMerge,
  frameworkKey,
  type IncomingFile,
  type Inspection,
  type MergeState,
  type MergeWrites,
  type ModerationCase,
  mergeFrameworkKey,
  mergeStateOf,
  packAmong,
  type StoredHistoryRow,
} from '../../core';
import type { Queryable } from '../store/database';

type RecordRow<T> = { record: T; seq: number };

/** Rows of `table` whose `column` is `value`, with their records. */
async function records<T>(
  tx: Queryable,
  sql: string,
  params: readonly (string | number | readonly string[])[],
): Promise<RecordRow<T>[]> {
  return (await tx.query<RecordRow<T>>(sql, params)).rows;
}

/** Locks the inspection for this transaction: merges into one inspection happen one at a time. */
export async function lockInspection(tx: Queryable, inspectionId: string): Promise<boolean> {
  const { rows } = await tx.query('select id from inspections where id = $1 for update', [
    inspectionId,
  ]);
  return rows.length === 1;
}

export async function heldInspection(
  tx: Queryable,
  inspectionId: string,
): Promise<Inspection | null> {
  const [row] = await records<Inspection>(
    tx,
    'select record, seq from sync_inspections where id = $1',
    [inspectionId],
  );
  return row?.record ?? null;
}

async function storedFramework(tx: Queryable, key: string | null): Promise<Framework | null> {
  if (key === null) return null;
  const { rows } = await tx.query<{ framework: Framework }>(
    'select framework from sync_frameworks where key = $1',
    [key],
  );
  return rows[0]?.framework ?? null;
}

export type LoadedState =
  | { readonly status: 'ok'; readonly state: MergeState }
  | { readonly status: 'refused'; readonly message: string };

/**
 * Ids of the held cases the files bring: by id, or by reference (a file from before names a case
 * by an id made from its reference, which the merge reads under the id held here).
 */
function casesBrought(files: readonly IncomingFile[], held: readonly Case[]): string[] {
  const byRef = new Map(held.map((c) => [c.ref.toLowerCase(), c.id]));
  const ids = new Set<string>();
  for (const kase of files.flatMap((f) => f.file.cases)) {
    ids.add(kase.id);
    const sameRef = byRef.get(kase.ref.toLowerCase());
    if (sameRef !== undefined) ids.add(sameRef);
  }
  return [...ids];
}

/** The merge state of one inspection, as a device's storage reads it (db/exchange/mergeWork.ts). */
export async function loadMergeState(
  tx: Queryable,
  inspectionId: string,
  files: readonly IncomingFile[],
): Promise<LoadedState> {
  const inspection = await heldInspection(tx, inspectionId);
  const pack = packAmong(files);
  const stored = await storedFramework(tx, mergeFrameworkKey(inspection, pack));
  const chosen = frameworkForMerge(inspection, pack, stored);
  if (chosen.status !== 'ok') return chosen;
  // One query at a time: a transaction is one connection, which runs them in turn anyway.
  const cases = await records<Case>(
    tx,
    'select record, seq from sync_cases where inspection_id = $1',
    [inspectionId],
  );
  const held = cases.map((r) => r.record);
  // Answers and history only of the cases the files bring: a merge reads and changes those
  // alone (other cases it matches by their records), so a push costs what it carries, not what
  // the inspection holds.
  const touched = casesBrought(files, held);
  const answers = await records<AnswerRow>(
    tx,
    'select record, seq from sync_answers where inspection_id = $1 and case_id = any($2)',
    [inspectionId, touched],
  );
  const history = await records<StoredHistoryRow>(
    tx,
    'select record, seq from sync_history where inspection_id = $1 and case_id = any($2) order by seq',
    [inspectionId, touched],
  );
  const conflicts = await records<ConflictRecord>(
    tx,
    "select record, seq from sync_conflicts where inspection_id = $1 and status = 'open'",
    [inspectionId],
  );
  // Whether these files were merged before is all a merge asks of the files merged.
  const merged = await tx.query<{ id: string }>(
    'select id from sync_merged_files where inspection_id = $1 and id = any($2)',
    [inspectionId, files.map((f) => f.id)],
  );
  const arrivingIds = arrivingCaseIds(files, held);
  const arriving = await records<Case>(
    tx,
    'select record, seq from sync_cases where id = any($1)',
    [arrivingIds],
  );
  const byId = new Map(arriving.map((r) => [r.record.id, r.record]));
  const earlier: { key: string; framework: Framework }[] = [];
  for (const key of earlierFrameworkKeys(inspection)) {
    const framework = await storedFramework(tx, key);
    if (framework) earlier.push({ key, framework });
  }
  return {
    status: 'ok',
    state: mergeStateOf({
      inspectionId,
      inspection,
      framework: chosen.framework,
      frameworkOnDevice: chosen.frameworkOnDevice,
      cases: held,
      answers: answers.map((r) => r.record),
      history: history.map((r) => ({ ...r.record, seq: r.seq })),
      arriving: arrivingIds.map((id) => byId.get(id)),
      openConflicts: conflicts.map((r) => r.record),
      mergedFiles: merged.rows.map((r) => r.id),
      earlierFrameworks: earlier,
    }),
  };
}

const json = (value: unknown) => JSON.stringify(value);

/**
 * Writes records given as one JSON array in one statement each, every row taking the next
 * sequence number in the array's order (history's order is the order it happened).
 */
async function writeAll(tx: Queryable, sql: string, list: readonly unknown[]): Promise<void> {
  if (list.length > 0) await tx.query(sql, [json(list)]);
}

/** A merge's writes, each record stamped with the next sequence number. */
export async function applyMergeWrites(
  tx: Queryable,
  inspectionId: string,
  writes: MergeWrites,
): Promise<void> {
  if (writes.framework) {
    await tx.query(
      `insert into sync_frameworks (key, framework) values ($1, $2::jsonb)
       on conflict (key) do nothing`,
      [frameworkKey(writes.framework), json(writes.framework)],
    );
  }
  if (writes.inspection) {
    await tx.query(
      `insert into sync_inspections (id, record, seq) values ($1, $2::jsonb, nextval('sync_seq'))
       on conflict (id) do update set record = excluded.record, seq = excluded.seq`,
      [inspectionId, json(writes.inspection)],
    );
  }
  await writeAll(
    tx,
    `insert into sync_cases (id, inspection_id, record, seq)
     select value->>'id', value->>'inspectionId', value, nextval('sync_seq')
     from jsonb_array_elements($1::jsonb)
     on conflict (id) do update set inspection_id = excluded.inspection_id,
       record = excluded.record, seq = excluded.seq`,
    writes.cases,
  );
  await writeAll(
    tx,
    `insert into sync_answers (case_id, item_id, inspection_id, record, seq)
     select value->>'caseId', value->>'itemId', value->>'inspectionId', value, nextval('sync_seq')
     from jsonb_array_elements($1::jsonb)
     on conflict (case_id, item_id) do update set inspection_id = excluded.inspection_id,
       record = excluded.record, seq = excluded.seq`,
    writes.answers,
  );
  await writeAll(
    tx,
    `insert into sync_history (seq, inspection_id, case_id, record)
     select nextval('sync_seq'), value->>'inspectionId', value->>'caseId', value
     from jsonb_array_elements($1::jsonb) with ordinality order by ordinality`,
    writes.history,
  );
  await writeConflicts(tx, writes.conflicts);
  await writeAll(
    tx,
    `insert into sync_merged_files (id, inspection_id, record, seq)
     select value->>'id', value->>'inspectionId', value, nextval('sync_seq')
     from jsonb_array_elements($1::jsonb)
     on conflict do nothing`,
    writes.files,
  );
}

/** Conflict records, new or changed, each stamped with the next sequence number. */
export async function writeConflicts(
  tx: Queryable,
  list: readonly ConflictRecord[],
): Promise<void> {
  await writeAll(
    tx,
    `insert into sync_conflicts (id, inspection_id, status, record, seq)
     select value->>'id', value->>'inspectionId', value->>'status', value, nextval('sync_seq')
     from jsonb_array_elements($1::jsonb)
     on conflict (id) do update set status = excluded.status, record = excluded.record,
       seq = excluded.seq`,
    list,
  );
}

/** The inspection's conflicts on the cases named, open or resolved. */
export async function conflictsOnCases(
  tx: Queryable,
  inspectionId: string,
  caseIds: readonly string[],
): Promise<ConflictRecord[]> {
  const rows = await records<ConflictRecord>(
    tx,
    `select record, seq from sync_conflicts
     where inspection_id = $1 and record->>'caseId' = any($2)`,
    [inspectionId, caseIds],
  );
  return rows.map((r) => r.record);
}

export async function moderationRecords(
  tx: Queryable,
  inspectionId: string,
): Promise<ModerationCase[]> {
  const rows = await records<ModerationCase>(
    tx,
    'select record, seq from sync_moderation where inspection_id = $1',
    [inspectionId],
  );
  return rows.map((r) => r.record);
}

export async function writeModerationRecords(
  tx: Queryable,
  list: readonly ModerationCase[],
): Promise<void> {
  await writeAll(
    tx,
    `insert into sync_moderation (id, inspection_id, record, seq)
     select value->>'id', value->>'inspectionId', value, nextval('sync_seq')
     from jsonb_array_elements($1::jsonb)
     on conflict (id) do update set record = excluded.record, seq = excluded.seq`,
    list,
  );
}

/**
 * The inspection's sequence number now: what a pull of it that saw everything has seen. Read
 * from the inspection's own rows (by their indexes), so it costs the same however much else the
 * server holds; other inspections' numbers say nothing to a pull of this one.
 */
export async function currentSeq(tx: Queryable, inspectionId: string): Promise<number> {
  const { rows } = await tx.query<{ seq: number }>(
    `select coalesce(greatest(
       (select seq from sync_inspections where id = $1),
       (select max(seq) from sync_cases where inspection_id = $1),
       (select max(seq) from sync_answers where inspection_id = $1),
       (select max(seq) from sync_history where inspection_id = $1),
       (select max(seq) from sync_conflicts where inspection_id = $1),
       (select max(seq) from sync_moderation where inspection_id = $1),
       (select max(seq) from sync_merged_files where inspection_id = $1)), 0)::int8 as seq`,
    [inspectionId],
  );
  return rows[0]?.seq ?? 0;
}
