/**
 * The embedded default: PGlite (PostgreSQL compiled to WebAssembly) keeping its files in a
 * folder. One process owns the folder; PGlite runs one query at a time, so transactions are
 * queued rather than interleaved.
 */
import { PGlite } from '@electric-sql/pglite';
import { type Database, INT8, type Queryable, type Rows, type SqlValue } from './database';

function queryable(db: Pick<PGlite, 'query' | 'exec'>): Queryable {
  return {
    async query<T extends Record<string, unknown>>(
      sql: string,
      params: readonly SqlValue[] = [],
    ): Promise<Rows<T>> {
      const result = await db.query<T>(sql, [...params]);
      return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
    },
    async exec(sql: string): Promise<void> {
      await db.exec(sql);
    },
  };
}

/** Opens (creating if need be) the PGlite database in `dataDir`; in memory when omitted. */
export async function openPgliteDatabase(dataDir?: string): Promise<Database> {
  const db = await PGlite.create(dataDir, { parsers: { [INT8]: Number } });
  return {
    engine: 'pglite',
    ...queryable(db),
    transaction: (work) => db.transaction((tx) => work(queryable(tx))),
    close: () => db.close(),
  };
}
