/**
 * A PostgreSQL server (`DATABASE_URL`), through node-postgres' pool. Several server processes
 * may share it: consistency comes from transactions and row locks, never from process memory.
 */
import pg from 'pg';
import { type Database, INT8, type Queryable, type Rows, type SqlValue } from './database';

function queryable(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<T extends Record<string, unknown>>(
      sql: string,
      params: readonly SqlValue[] = [],
    ): Promise<Rows<T>> {
      const result = await client.query<T>(sql, [...params]);
      return { rows: result.rows, rowCount: result.rowCount ?? result.rows.length };
    },
    async exec(sql: string): Promise<void> {
      // No parameters: node-postgres sends it as one simple query, several statements allowed.
      await client.query(sql);
    },
  };
}

export async function openPostgresDatabase(url: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8
          ? Number
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client losing its connection (the database restarted) must not end the process.
  pool.on('error', (error) => console.error('PostgreSQL connection lost:', error.message));
  await pool.query('select 1');
  return {
    engine: 'postgresql',
    ...queryable(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work(queryable(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
