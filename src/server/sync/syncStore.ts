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
  type Framework,
  frameworkForMerge,
  frameworkKey,
  type IncomingFile,
  type Inspection,
  type MergeState,
  type MergeWrites,
  type ModerationCase,
  mergeStateOf,
  packAmong,
  type StoredHistoryRow,
} from '../../core';
import { AUDIT_FROM_JSON, type AuditEntry } from '../audit/auditLog';
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

export type LoadedState =
  | { readonly status: 'ok'; readonly state: MergeState }
  | { readonly status: 'refused'; readonly message: string };

/**
 * Everything a merge reads of one inspection, in ONE statement (a merge reads it while it holds
 * the inspection's lock, so every round trip saved is time the next push does not wait): the
 * inspection, the framework the merge plans against (the one the inspection is pinned to, else
 * the pack's: `mergeFrameworkKey`) and those it moved from, the cases the files bring with their
 * answers and history, its open conflicts, which of the files were merged before, and the cases
 * the files bring that are held under another inspection.
 *
 * A case is brought by id, or by reference: a file from before names a case by an id made from
 * its reference, which the merge reads under the id held here. References match in lower case
 * as the merge lowers them (JavaScript's, whatever the database's locale): `$3` holds the files'
 * references so lowered, matched here against each held reference with its ASCII letters
 * lowered; a held reference with any other letter is read too, and `casesBrought` keeps those
 * that match. Other cases' records, answers and history are not read: a merge looks cases up by
 * the files' ids and references alone, and changes only those, so a push costs what it carries,
 * not what the inspection holds.
 */
const MERGE_STATE = `
  with brought as (
    select id from sync_cases
    where inspection_id = $1 and (id = any($2)
      or translate(record->>'ref', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') = any($3)
      or octet_length(record->>'ref') <> char_length(record->>'ref'))
    union select unnest($2::text[]))
  select 'inspection' as kind, record, seq from sync_inspections where id = $1
  union all select 'framework', jsonb_build_object('key', key,
      'framework', case when key = any($6) then null else framework end), 0 from sync_frameworks
    where key = coalesce((select concat(record->'framework'->>'id', '@',
      record->'framework'->>'version') from sync_inspections where id = $1), $5)
  union all select 'earlier', jsonb_build_object('key', key,
      'framework', case when key = any($6) then null else framework end), 0
    from sync_frameworks where key in (select jsonb_array_elements(record->'frameworkMoves')->>'from'
      from sync_inspections where id = $1)
  union all select 'case', record, seq from sync_cases
    where inspection_id = $1 and id in (select id from brought)
  union all select 'answer', record, seq from sync_answers
    where inspection_id = $1 and case_id in (select id from brought)
  union all select 'history', record, seq from sync_history
    where inspection_id = $1 and case_id in (select id from brought)
  union all select 'conflict', record, seq from sync_conflicts
    where inspection_id = $1 and status = 'open'
  union all select 'merged', to_jsonb(id), seq from sync_merged_files
    where inspection_id = $1 and id = any($4)
  union all select 'elsewhere', record, seq from sync_cases
    where id = any($2) and inspection_id is distinct from $1`;

type StateRow = { kind: string; record: unknown; seq: number };

/** A framework row of MERGE_STATE: the framework itself is left out when this process knows it. */
type FrameworkRow = { key: string; framework: Framework | null };

/**
 * Frameworks this process has read, by key (`id@version`). A framework version is stored once and
 * never changed (`on conflict do nothing` below), so a merge need not read its JSON (some 100 KB)
 * again: MERGE_STATE leaves out those named in `$6`. Bounded: the oldest read is forgotten first.
 */
const knownFrameworks = new Map<string, Framework>();
const MOST_FRAMEWORKS_KNOWN = 32;

/** The row's framework, or the one this process knew when it asked (`known`, taken then). */
function frameworkOf(row: FrameworkRow, known: ReadonlyMap<string, Framework>): Framework | null {
  if (row.framework !== null) {
    knownFrameworks.delete(row.key);
    knownFrameworks.set(row.key, row.framework);
    if (knownFrameworks.size > MOST_FRAMEWORKS_KNOWN) {
      knownFrameworks.delete(knownFrameworks.keys().next().value as string);
    }
    return row.framework;
  }
  return known.get(row.key) ?? null;
}

/** The rows of MERGE_STATE, by kind. */
function rowsByKind(rows: readonly StateRow[], known: ReadonlyMap<string, Framework>) {
  const of = <T>(kind: string) => rows.filter((r) => r.kind === kind) as RecordRow<T>[];
  return {
    inspection: of<Inspection>('inspection')[0]?.record ?? null,
    framework: of<FrameworkRow>('framework').map((r) => frameworkOf(r.record, known))[0] ?? null,
    earlier: of<FrameworkRow>('earlier').flatMap((r) => {
      const framework = frameworkOf(r.record, known);
      return framework ? [{ key: r.record.key, framework }] : [];
    }),
    cases: of<Case>('case').map((r) => r.record),
    answers: of<AnswerRow>('answer').map((r) => r.record),
    history: of<StoredHistoryRow>('history').map((r) => ({ ...r.record, seq: r.seq })),
    conflicts: of<ConflictRecord>('conflict').map((r) => r.record),
    merged: of<string>('merged').map((r) => r.record),
    elsewhere: of<Case>('elsewhere').map((r) => r.record),
  };
}

/**
 * Ids of the cases the files bring: by id, or by reference among `held` (which holds every case
 * held here that either names).
 */
function casesBrought(files: readonly IncomingFile[], held: readonly Case[]): Set<string> {
  const byRef = new Map(held.map((c) => [c.ref.toLowerCase(), c.id]));
  const ids = new Set<string>();
  for (const kase of files.flatMap((f) => f.file.cases)) {
    ids.add(kase.id);
    const sameRef = byRef.get(kase.ref.toLowerCase());
    if (sameRef !== undefined) ids.add(sameRef);
  }
  return ids;
}

/**
 * The merge state of one inspection, as a device's storage reads it (db/exchange/mergeWork.ts),
 * but of its cases only those the files bring (MERGE_STATE).
 */
export async function loadMergeState(
  tx: Queryable,
  inspectionId: string,
  files: readonly IncomingFile[],
): Promise<LoadedState> {
  const incoming = files.flatMap((f) => f.file.cases);
  const pack = packAmong(files);
  const known = new Map(knownFrameworks);
  const { rows } = await tx.query<StateRow>(MERGE_STATE, [
    inspectionId,
    [...new Set(incoming.map((c) => c.id))],
    [...new Set(incoming.map((c) => c.ref.toLowerCase()))],
    files.map((f) => f.id),
    pack ? frameworkKey(pack.framework) : null,
    [...known.keys()],
  ]);
  const read = rowsByKind(rows, known);
  const { inspection } = read;
  const chosen = frameworkForMerge(inspection, pack, read.framework);
  if (chosen.status !== 'ok') return chosen;
  const brought = casesBrought(files, read.cases);
  const byId = new Map(read.elsewhere.map((c) => [c.id, c]));
  return {
    status: 'ok',
    state: mergeStateOf({
      inspectionId,
      inspection,
      framework: chosen.framework,
      frameworkOnDevice: chosen.frameworkOnDevice,
      cases: read.cases.filter((c) => brought.has(c.id)),
      answers: read.answers.filter((a) => brought.has(a.caseId)),
      history: read.history.filter((h) => brought.has(h.caseId)),
      arriving: arrivingCaseIds(files, read.cases).map((id) => byId.get(id)),
      openConflicts: read.conflicts,
      mergedFiles: read.merged,
      earlierFrameworks: read.earlier,
    }),
  };
}

const json = (value: unknown) => JSON.stringify(value);

/**
 * Each kind of record a merge writes: one insert of a JSON array ($n), every row taking the next
 * sequence number in the array's order (history's order is the order it happened), answering
 * the inspection and sequence number of each row written.
 */
const WRITES = {
  cases: `insert into sync_cases (id, inspection_id, record, seq)
     select value->>'id', value->>'inspectionId', value, nextval('sync_seq')
     from jsonb_array_elements($n::jsonb)
     on conflict (id) do update set inspection_id = excluded.inspection_id,
       record = excluded.record, seq = excluded.seq`,
  answers: `insert into sync_answers (case_id, item_id, inspection_id, record, seq)
     select value->>'caseId', value->>'itemId', value->>'inspectionId', value, nextval('sync_seq')
     from jsonb_array_elements($n::jsonb)
     on conflict (case_id, item_id) do update set inspection_id = excluded.inspection_id,
       record = excluded.record, seq = excluded.seq`,
  history: `insert into sync_history (seq, inspection_id, case_id, record)
     select nextval('sync_seq'), value->>'inspectionId', value->>'caseId', value
     from jsonb_array_elements($n::jsonb) with ordinality order by ordinality`,
  conflicts: `insert into sync_conflicts (id, inspection_id, status, record, seq)
     select value->>'id', value->>'inspectionId', value->>'status', value, nextval('sync_seq')
     from jsonb_array_elements($n::jsonb)
     on conflict (id) do update set status = excluded.status, record = excluded.record,
       seq = excluded.seq`,
  files: `insert into sync_merged_files (id, inspection_id, record, seq)
     select value->>'id', value->>'inspectionId', value, nextval('sync_seq')
     from jsonb_array_elements($n::jsonb)
     on conflict do nothing`,
  moderation: `insert into sync_moderation (id, inspection_id, record, seq)
     select value->>'id', value->>'inspectionId', value, nextval('sync_seq')
     from jsonb_array_elements($n::jsonb)
     on conflict (id) do update set record = excluded.record, seq = excluded.seq`,
} as const;

/**
 * Writes the lists given, in ONE statement (each insert a part of it: a merge writes while it
 * holds the inspection's lock), and answers the highest sequence number written to
 * `inspectionId`'s rows, null when none was. Under the inspection's lock nothing else writes its
 * rows, so that number is its sequence number now (`currentSeq`) without another round trip.
 */
async function writeLists(
  tx: Queryable,
  inspectionId: string,
  lists: readonly { sql: string; list: readonly unknown[]; sequenced?: false }[],
): Promise<number | null> {
  const written = lists.filter((l) => l.list.length > 0);
  if (written.length === 0) return null;
  const parts = written.map((l, n) => {
    const answer = l.sequenced === false ? '' : ' returning inspection_id, seq';
    return `w${n} as (${l.sql.replace('$n', `$${n + 2}`)}${answer})`;
  });
  const seqs = written.flatMap((l, n) =>
    l.sequenced === false ? [] : [`select seq from w${n} where inspection_id = $1`],
  );
  // Nothing sequenced (the audit log alone): $1 is still named, so its type is known.
  if (seqs.length === 0) seqs.push('select null::int8 as seq where $1::text is null');
  const { rows } = await tx.query<{ seq: number | null }>(
    `with ${parts.join(',\n')} select max(seq)::int8 as seq from (${seqs.join(' union all ')}) s`,
    [inspectionId, ...written.map((l) => json(l.list))],
  );
  return rows[0]?.seq ?? null;
}

/**
 * A merge's writes, each record stamped with the next sequence number, with the audit log's
 * entries for the files merged: the highest number written to the inspection's rows (see `writeLists`), null
 * when none was.
 */
export async function applyMergeWrites(
  tx: Queryable,
  inspectionId: string,
  writes: MergeWrites,
  entries: readonly AuditEntry[],
): Promise<number | null> {
  if (writes.framework) {
    await tx.query(
      `insert into sync_frameworks (key, framework) values ($1, $2::jsonb)
       on conflict (key) do nothing`,
      [frameworkKey(writes.framework), json(writes.framework)],
    );
  }
  let inspectionSeq: number | null = null;
  if (writes.inspection) {
    const { rows } = await tx.query<{ seq: number }>(
      `insert into sync_inspections (id, record, seq) values ($1, $2::jsonb, nextval('sync_seq'))
       on conflict (id) do update set record = excluded.record, seq = excluded.seq
       returning seq`,
      [inspectionId, json(writes.inspection)],
    );
    inspectionSeq = rows[0]?.seq ?? null;
  }
  const seq = await writeLists(tx, inspectionId, [
    { sql: WRITES.cases, list: writes.cases },
    { sql: WRITES.answers, list: writes.answers },
    { sql: WRITES.history, list: writes.history },
    { sql: WRITES.conflicts, list: writes.conflicts },
    { sql: WRITES.files, list: writes.files },
    { sql: AUDIT_FROM_JSON, list: entries, sequenced: false },
  ]);
  return seq ?? inspectionSeq;
}

/** Conflict records of the inspection, new or changed, each stamped with the next sequence number. */
export async function writeConflicts(
  tx: Queryable,
  inspectionId: string,
  list: readonly ConflictRecord[],
): Promise<void> {
  await writeLists(tx, inspectionId, [{ sql: WRITES.conflicts, list }]);
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

/** Second readings written: the highest sequence number written to the inspection's, if any. */
export async function writeModerationRecords(
  tx: Queryable,
  inspectionId: string,
  list: readonly ModerationCase[],
): Promise<number | null> {
  return writeLists(tx, inspectionId, [{ sql: WRITES.moderation, list }]);
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
