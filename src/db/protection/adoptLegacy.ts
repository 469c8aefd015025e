/**
 * Adopting the database from before protection ("case-audit", plain) into the first person's
 * space at set-up: every table is read whole, every case id made from its case reference is
 * given a random id wherever it appears (core's `caseIdMoves`), and everything is written into
 * the space in ONE transaction. Only once that has committed is the old database deleted: a
 * browser killed before leaves it exactly as it was, and the next set-up adopts it again. The
 * same transaction notes in the space that the copy is done, so a browser killed after the
 * commit but before the deletion never copies it twice: the next attempt only deletes it.
 */
import Dexie, { type Table } from 'dexie';
import { type Case, caseIdMoves, moderationIdOf } from '../../core';
import type { CaseAuditDatabase } from '../database';
import { LEGACY_DATABASE } from './databaseNames';
import { LegacyCaseAuditDatabase } from './legacyDatabase';

type Row = Record<string, unknown>;

/** In the space's `meta`: the old database has been copied in (when, and how much). */
const ADOPTED_KEY = 'legacy-adopted';
type Moves = ReadonlyMap<string, string>;

export type AdoptOptions = {
  /** The old database's name (tests use their own). */
  readonly legacyName?: string;
  /** Makes each new case id; random unless a test says otherwise. */
  readonly newId?: () => string;
};

/** Every string in `value` that is an old case id, as its new one (other values as they are). */
function moved(value: unknown, moves: Moves): unknown {
  if (typeof value === 'string') return moves.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => moved(v, moves));
  if (value !== null && typeof value === 'object' && !(value instanceof Uint8Array)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, moved(v, moves)]));
  }
  return value;
}

/** A record's case id field, moved. */
function withCaseId(row: Row, field: string, moves: Moves): Row {
  const id = row[field];
  return typeof id === 'string' && moves.has(id) ? { ...row, [field]: moves.get(id) } : row;
}

/** A second reading's id is made from its case's id (core's `moderationIdOf`). */
function movedModeration(row: Row, moves: Moves): Row {
  const caseId = row.caseId as string;
  const next = moves.get(caseId);
  if (next === undefined) return row;
  const id = row.id === moderationIdOf(caseId) ? moderationIdOf(next) : row.id;
  return { ...row, id, caseId: next, data: moved(row.data, moves) };
}

/** A conflict's id starts with its case's id (core/merge/caseConflicts.ts). */
function movedConflict(row: Row, moves: Moves): Row {
  const caseId = row.caseId as string;
  const next = moves.get(caseId);
  if (next === undefined) return row;
  const id = String(row.id);
  return {
    ...row,
    id: id.startsWith(`${caseId}|`) ? `${next}${id.slice(caseId.length)}` : id,
    caseId: next,
  };
}

/** A table's records as the space stores them, every old case id moved. */
function adopted(table: string, rows: readonly Row[], moves: Moves): Row[] {
  switch (table) {
    case 'cases':
      return rows.map((row) => withCaseId(row, 'id', moves));
    case 'answerValues':
    case 'answerDetails':
      return rows.map((row) => withCaseId(row, 'caseId', moves));
    case 'answerHistory':
      // Added in their order without their old keys: the space numbers them itself.
      return [...rows]
        .sort((a, b) => Number(a.seq) - Number(b.seq))
        .map(({ seq: _seq, ...row }) => withCaseId(row, 'caseId', moves));
    case 'moderation':
      return rows.map((row) => movedModeration(row, moves));
    case 'conflicts':
      return rows.map((row) => movedConflict(row, moves));
    case 'frameworks':
    case 'frameworkDrafts':
      return [...rows];
    default:
      // meta (markers of open cases), reports, imports, inspections, and any later table.
      return rows.map((row) => moved(row, moves) as Row);
  }
}

/** Everything of the old database, read in one transaction. */
async function readAll(legacy: LegacyCaseAuditDatabase): Promise<Map<string, Row[]>> {
  const tables = legacy.tables as Table<Row, unknown>[];
  return legacy.transaction('r', tables, async () => {
    const out = new Map<string, Row[]>();
    for (const table of tables) out.set(table.name, await table.toArray());
    return out;
  });
}

/**
 * Copies the old database into `target` (a person's space), every case id made from a case
 * reference replaced by a random one, in one transaction; then deletes the old database.
 * Returns how many inspections and cases came over (none when there was no old database).
 */
export async function adoptLegacyDatabase(
  target: CaseAuditDatabase,
  options: AdoptOptions = {},
): Promise<{ inspections: number; cases: number }> {
  const name = options.legacyName ?? LEGACY_DATABASE;
  if (!(await Dexie.exists(name))) return { inspections: 0, cases: 0 };
  if (await target.meta.get(ADOPTED_KEY)) {
    // Copied already; only the deletion was cut short.
    await Dexie.delete(name);
    return { inspections: 0, cases: 0 };
  }
  const legacy = new LegacyCaseAuditDatabase(name);
  let contents: Map<string, Row[]>;
  try {
    contents = await readAll(legacy);
  } finally {
    legacy.close();
  }
  const cases = (contents.get('cases') ?? []) as unknown as Case[];
  const moves = caseIdMoves(cases, options.newId ?? (() => crypto.randomUUID()));
  const names = [...contents.keys(), 'meta'].filter(
    (table, i, all) => all.indexOf(table) === i && target.tables.some((t) => t.name === table),
  );
  const inspections = contents.get('inspections')?.length ?? 0;
  const copied = await target.transaction('rw', names, async () => {
    // Another tab may have copied it meanwhile.
    if (await target.meta.get(ADOPTED_KEY)) return false;
    // Queued together: storage never waits on a round trip between tables.
    await Promise.all(
      names.map((table) => {
        const rows = adopted(table, contents.get(table) ?? [], moves);
        if (rows.length === 0) return Promise.resolve();
        const into = target.table(table);
        return table === 'answerHistory' ? into.bulkAdd(rows) : into.bulkPut(rows);
      }),
    );
    await target.meta.put({
      key: ADOPTED_KEY,
      value: { at: new Date().toISOString(), inspections, cases: cases.length },
    });
    return true;
  });
  // Committed: only now may the old copy go.
  await Dexie.delete(name);
  return copied ? { inspections, cases: cases.length } : { inspections: 0, cases: 0 };
}
