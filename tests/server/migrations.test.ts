/**
 * The server's schema migrations: applied once, in order, even when two server processes start
 * together against one PostgreSQL; starting again applies nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../src/server/store/migrations';
import { openPostgresDatabase } from '../../src/server/store/postgresDatabase';
import { openTestDatabase, type TestDatabase } from './support/testDatabases';

describe('the server’s migrations', () => {
  let database: TestDatabase | null = null;
  afterEach(async () => {
    await database?.close();
    database = null;
  });

  it('are applied once when two processes start together on one PostgreSQL', async () => {
    database = await openTestDatabase('postgresql');
    // The test database is migrated already: drop its tables to start from nothing.
    await database.db.exec('drop schema public cascade; create schema public;');
    const second = await openPostgresDatabase(database.url!);
    try {
      const [a, b] = await Promise.all([migrate(database.db), migrate(second)]);
      expect([...a, ...b].sort()).toEqual(MIGRATIONS.map((m) => m.version));
      expect(await migrate(second)).toEqual([]);
    } finally {
      await second.close();
    }
  });

  it('apply nothing to an up-to-date PGlite database', async () => {
    database = await openTestDatabase('pglite');
    expect(await migrate(database.db)).toEqual([]);
  });
});

describe('the roles the database takes', () => {
  it('are core’s roles, every one', async () => {
    const { TEAM_ROLES } = await import('../../src/core');
    const { MIGRATIONS: all } = await import('../../src/server/store/migrations');
    const sql = all.map((m) => m.sql).join('\n');
    const listed = /check \(role in \(([^)]*)\)\)/.exec(sql)?.[1] ?? '';
    expect(listed.split(',').map((r) => r.trim().replaceAll("'", ''))).toEqual([...TEAM_ROLES]);
  });
});
