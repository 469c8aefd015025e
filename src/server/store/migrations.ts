/**
 * The server's tables, as numbered migrations applied in order and recorded in
 * `schema_migrations`. The same SQL runs on PGlite and PostgreSQL. Server processes starting
 * together against one database take an advisory lock first, so each migration runs once.
 * Times are ISO 8601 UTC text, as everywhere in Case Audit (they sort as they read). A migration
 * never changes once released: its SQL is written out, not built from today's code.
 */
import type { Database } from './database';

/** Any number the server's processes agree on, for the migration lock. */
const MIGRATION_LOCK = 4180_0001;

export const MIGRATIONS: readonly { readonly version: number; readonly sql: string }[] = [
  {
    version: 1,
    sql: `
      create table accounts (
        id text primary key,
        email text not null unique,
        name text not null,
        password_hash text not null,
        administrator boolean not null default false,
        disabled_at text,
        created_at text not null
      );
      -- A session is kept by the hash of its cookie's token: a copy of the table opens nothing.
      create table sessions (
        token_hash text primary key,
        account_id text not null references accounts (id) on delete cascade,
        csrf_token text not null,
        created_at text not null,
        expires_at text not null
      );
      create index sessions_by_account on sessions (account_id);
      -- The one-time link that creates the first administrator.
      create table setup_tokens (
        token_hash text primary key,
        created_at text not null,
        used_at text
      );
      -- Failed sign-ins by account and by address, for the wait before the next try.
      create table sign_in_failures (
        key text primary key,
        failures integer not null,
        last_failure_at text not null
      );
      create table inspections (
        id text primary key,
        title text not null,
        created_at text not null,
        created_by text not null references accounts (id)
      );
      create table memberships (
        inspection_id text not null references inspections (id) on delete cascade,
        account_id text not null references accounts (id) on delete cascade,
        -- core's TEAM_ROLES when this was written; a new role comes with a new migration.
        role text not null check (role in ('lead', 'inspector', 'second-reader', 'local-assessor')),
        primary key (inspection_id, account_id)
      );
      create table audit_log (
        seq bigserial primary key,
        at text not null,
        account_id text,
        account_email text,
        action text not null,
        inspection_id text,
        detail text not null default ''
      );
    `,
  },
  {
    version: 2,
    sql: `
      -- The team member an account is in the inspection's own team list (who a pack is for, whom
      -- work is from); null: the account's id.
      alter table memberships add column member_id text;
      -- Every stored change takes the next number; a pull asks for what came after its last.
      create sequence sync_seq;
      -- What the server holds of an inspection, as a device holds it: the records are the app's
      -- own (core's schemas), kept whole as JSON.
      create table sync_inspections (
        id text primary key references inspections (id) on delete cascade,
        record jsonb not null,
        seq bigint not null
      );
      create table sync_frameworks (key text primary key, framework jsonb not null);
      create table sync_cases (
        id text primary key,
        inspection_id text not null references inspections (id) on delete cascade,
        record jsonb not null,
        seq bigint not null
      );
      create index sync_cases_by_seq on sync_cases (inspection_id, seq);
      create table sync_answers (
        case_id text not null,
        item_id text not null,
        inspection_id text not null references inspections (id) on delete cascade,
        record jsonb not null,
        seq bigint not null,
        primary key (case_id, item_id)
      );
      create index sync_answers_by_seq on sync_answers (inspection_id, seq);
      -- Append-only, in the order the changes were taken.
      create table sync_history (
        seq bigint primary key,
        inspection_id text not null references inspections (id) on delete cascade,
        case_id text not null,
        record jsonb not null
      );
      create index sync_history_by_case on sync_history (inspection_id, case_id);
      create table sync_conflicts (
        id text primary key,
        inspection_id text not null references inspections (id) on delete cascade,
        status text not null,
        record jsonb not null,
        seq bigint not null
      );
      create index sync_conflicts_by_seq on sync_conflicts (inspection_id, seq);
      -- Pushes and files merged, by id: the same one again writes nothing.
      create table sync_merged_files (
        id text not null,
        inspection_id text not null references inspections (id) on delete cascade,
        record jsonb not null,
        seq bigint not null,
        primary key (inspection_id, id)
      );
      create table sync_moderation (
        id text primary key,
        inspection_id text not null references inspections (id) on delete cascade,
        record jsonb not null,
        seq bigint not null
      );
      create index sync_moderation_by_seq on sync_moderation (inspection_id, seq);
    `,
  },
];

/** Brings the database up to the latest migration; safe to run from several processes at once. */
export async function migrate(
  db: Database,
  now = () => new Date().toISOString(),
): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(
      'create table if not exists schema_migrations (version integer primary key, applied_at text not null)',
    );
    const done = new Set(
      (await tx.query<{ version: number }>('select version from schema_migrations')).rows.map(
        (row) => row.version,
      ),
    );
    const applied: number[] = [];
    for (const migration of MIGRATIONS) {
      if (done.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query('insert into schema_migrations (version, applied_at) values ($1, $2)', [
        migration.version,
        now(),
      ]);
      applied.push(migration.version);
    }
    return applied;
  });
}
