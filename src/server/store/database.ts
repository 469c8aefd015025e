/**
 * The server's database, whichever holds it: PGlite in a folder (the default, nothing to
 * install) or a PostgreSQL server (`DATABASE_URL`). Both speak PostgreSQL, so the same SQL,
 * migrations and transactions run on either; the rest of the server sees only this interface.
 */

/**
 * PostgreSQL's bigint: read as a JavaScript number by both engines (server sequence numbers and
 * counts stay far below 2^53).
 */
export const INT8 = 20;

/** Values a query's placeholders ($1, $2 …) take. */
export type SqlValue = string | number | boolean | null | Date | Uint8Array | readonly string[];

export type Rows<T> = { readonly rows: T[]; readonly rowCount: number };

/** What queries run on: the database, or one transaction of it. */
export type Queryable = {
  query<T extends Record<string, unknown>>(
    sql: string,
    params?: readonly SqlValue[],
  ): Promise<Rows<T>>;
  /** Runs several statements with no parameters (a migration). */
  exec(sql: string): Promise<void>;
};

/**
 * The database could not be reached, or dropped the connection (restarted, shutting down,
 * starting up, the network between): nothing was done that was not rolled back, and the same
 * request may be made again. The API answers it 503 with Retry-After.
 */
export class DatabaseUnavailable extends Error {
  constructor(cause: unknown) {
    super(`The database is not available: ${cause instanceof Error ? cause.message : cause}`, {
      cause,
    });
  }
}

export type Database = Queryable & {
  /** Which engine, for logs and the benchmark. */
  readonly engine: 'pglite' | 'postgresql';
  /**
   * Runs `work` in one transaction (serializable isolation is not needed: every write that
   * depends on a read locks what it read), committed when it resolves, rolled back when it
   * throws. No partial writes: a request that fails leaves the database as it was.
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};
