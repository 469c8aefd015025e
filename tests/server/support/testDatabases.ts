/**
 * The databases every team server test runs on: PGlite in memory, and a fresh database on the
 * test PostgreSQL (globalSetup.ts), each migrated to the latest schema; and, for a test that
 * restarts its PostgreSQL, a cluster of its own.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
// @ts-expect-error -- plain .mjs helper shared with the npm scripts
import { startPostgres } from '../../../scripts/postgres.mjs';
import type { Database } from '../../../src/server/store/database';
import { migrate } from '../../../src/server/store/migrations';
import { openPgliteDatabase } from '../../../src/server/store/pgliteDatabase';
import { openPostgresDatabase } from '../../../src/server/store/postgresDatabase';

export const ENGINES = ['pglite', 'postgresql'] as const;
export type Engine = (typeof ENGINES)[number];

export type TestDatabase = { db: Database; url: string | null; close: () => Promise<void> };

/** A new, empty database of that engine, migrated; `close` drops it. */
export async function openTestDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === 'pglite') {
    const db = await openPgliteDatabase();
    await migrate(db);
    return { db, url: null, close: () => db.close() };
  }
  const admin = inject('postgresUrl');
  const name = `t_${randomUUID().replaceAll('-', '')}`;
  const client = new pg.Client(admin);
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = admin.replace(/\/postgres$/, `/${name}`);
  const db = await openPostgresDatabase(url);
  await migrate(db);
  return {
    db,
    url,
    close: async () => {
      await db.close();
      const dropper = new pg.Client(admin);
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

/**
 * A PostgreSQL cluster of the test's own, with one empty database (not migrated: the servers
 * started on it do that), which `restart` restarts as a database restart in production would
 * (fast: connections cut, transactions in flight rolled back), without touching other tests.
 */
export async function openOwnPostgres(): Promise<
  TestDatabase & { url: string; restart: () => void }
> {
  const postgres = (await startPostgres()) as {
    url: string;
    restart: () => void;
    stop: () => void;
  };
  const client = new pg.Client(postgres.url);
  await client.connect();
  await client.query('create database load');
  await client.end();
  const url = postgres.url.replace(/\/postgres$/, '/load');
  const db = await openPostgresDatabase(url);
  return {
    db,
    url,
    restart: () => postgres.restart(),
    close: async () => {
      await db.close();
      postgres.stop();
    },
  };
}
