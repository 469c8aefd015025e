/**
 * A PostgreSQL server (`DATABASE_URL`), through node-postgres' pool. Several server processes
 * may share it: consistency comes from transactions and row locks, never from process memory.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import {
  type Database,
  DatabaseUnavailable,
  INT8,
  type Queryable,
  type Rows,
  type SqlValue,
} from './database';

/** PostgreSQL's codes for a connection lost or refused (class 08, and 57P01–57P03: shut down, starting up). */
const CONNECTION_CODE = /^(08|57P0[123])/;
/** Node's, for a server not listening or a connection cut. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND']);
/** node-postgres' own, which carry no code. */
const CONNECTION_MESSAGE = /Connection terminated|not queryable|Connection closed/i;

/** Whether `error` says the database was out of reach rather than that a statement was wrong. */
export function connectionLost(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (CONNECTION_CODE.test(code) || NETWORK_CODES.has(code))) {
    return true;
  }
  return CONNECTION_MESSAGE.test(error.message);
}

/** Runs `work`, a connection lost thrown as DatabaseUnavailable (the request may be made again). */
async function reaching<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw connectionLost(error) ? new DatabaseUnavailable(error) : error;
  }
}

const names = new Map<string, string>();

/**
 * A statement with parameters is prepared once on each connection, under a name made from its
 * text, and then only executed: PostgreSQL parses and plans it once, not at every request.
 */
function statementName(sql: string): string {
  let name = names.get(sql);
  if (name === undefined) {
    name = `s${createHash('sha256').update(sql).digest('hex').slice(0, 24)}`;
    names.set(sql, name);
  }
  return name;
}

function queryable(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<T extends Record<string, unknown>>(
      sql: string,
      params: readonly SqlValue[] = [],
    ): Promise<Rows<T>> {
      const values = [...params];
      const result = await reaching(() =>
        client.query<T>(values.length > 0 ? { name: statementName(sql), text: sql, values } : sql),
      );
      return { rows: result.rows, rowCount: result.rowCount ?? result.rows.length };
    },
    async exec(sql: string): Promise<void> {
      // No parameters: node-postgres sends it as one simple query, several statements allowed.
      await reaching(() => client.query(sql));
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
      const client = await reaching(() => pool.connect());
      // A connection lost while the transaction is between statements is reported here (else
      // it would end the process); the client is then closed, not given back to the pool.
      let lost: Error | undefined;
      const onLost = (error: Error) => {
        lost = error;
      };
      client.on('error', onLost);
      const tx = queryable(client);
      try {
        await tx.query('begin');
        const result = await work(tx);
        await tx.query('commit');
        return result;
      } catch (error) {
        if (error instanceof DatabaseUnavailable) lost ??= error;
        else await client.query('rollback').catch((failed: Error) => (lost ??= failed));
        throw error;
      } finally {
        client.off('error', onLost);
        client.release(lost);
      }
    },
    close: () => pool.end(),
  };
}
