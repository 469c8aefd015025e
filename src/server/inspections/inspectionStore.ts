/**
 * Inspections held on the team server and who takes part in each, in which role. An
 * administrator creates an inspection and gives roles; the inspection's lead may give roles in
 * it too. What a role may see and do of the cases is core's rule (the sync routes apply it).
 */
import { randomUUID } from 'node:crypto';
import type { TeamRole } from '../../core';
import type { Queryable } from '../store/database';

export type Membership = { inspectionId: string; title: string; role: TeamRole };

export type ServerInspection = { id: string; title: string; createdAt: string };

export async function membershipsOf(db: Queryable, accountId: string): Promise<Membership[]> {
  const { rows } = await db.query<{ inspection_id: string; title: string; role: TeamRole }>(
    `select m.inspection_id, i.title, m.role from memberships m
     join inspections i on i.id = m.inspection_id
     where m.account_id = $1 order by i.title, i.id`,
    [accountId],
  );
  return rows.map((r) => ({ inspectionId: r.inspection_id, title: r.title, role: r.role }));
}

export async function roleIn(
  db: Queryable,
  inspectionId: string,
  accountId: string,
): Promise<TeamRole | null> {
  const { rows } = await db.query<{ role: TeamRole }>(
    'select role from memberships where inspection_id = $1 and account_id = $2',
    [inspectionId, accountId],
  );
  return rows[0]?.role ?? null;
}

export async function inspectionById(db: Queryable, id: string): Promise<ServerInspection | null> {
  const { rows } = await db.query<{ id: string; title: string; created_at: string }>(
    'select id, title, created_at from inspections where id = $1',
    [id],
  );
  const row = rows[0];
  return row ? { id: row.id, title: row.title, createdAt: row.created_at } : null;
}

/** Every inspection (an administrator's view), newest first. */
export async function allInspections(db: Queryable): Promise<ServerInspection[]> {
  const { rows } = await db.query<{ id: string; title: string; created_at: string }>(
    'select id, title, created_at from inspections order by created_at desc, id',
  );
  return rows.map((r) => ({ id: r.id, title: r.title, createdAt: r.created_at }));
}

/** Null when an inspection with that id is already on the server. */
export async function createInspection(
  db: Queryable,
  inspection: { id?: string; title: string },
  by: string,
  now: string,
): Promise<ServerInspection | null> {
  const id = inspection.id ?? randomUUID();
  const { rowCount } = await db.query(
    `insert into inspections (id, title, created_at, created_by) values ($1, $2, $3, $4)
     on conflict (id) do nothing`,
    [id, inspection.title, now, by],
  );
  return rowCount === 1 ? { id, title: inspection.title, createdAt: now } : null;
}

export async function setRole(
  db: Queryable,
  inspectionId: string,
  accountId: string,
  role: TeamRole,
  memberId: string | null = null,
): Promise<void> {
  await db.query(
    `insert into memberships (inspection_id, account_id, role, member_id) values ($1, $2, $3, $4)
     on conflict (inspection_id, account_id)
     do update set role = excluded.role,
       member_id = coalesce(excluded.member_id, memberships.member_id)`,
    [inspectionId, accountId, role, memberId],
  );
}

/** The account's role in the inspection and the team member it is there (its id by default). */
export async function syncCallerIn(
  db: Queryable,
  inspectionId: string,
  accountId: string,
): Promise<{ role: TeamRole; memberId: string } | null> {
  const { rows } = await db.query<{ role: TeamRole; member_id: string | null }>(
    'select role, member_id from memberships where inspection_id = $1 and account_id = $2',
    [inspectionId, accountId],
  );
  const row = rows[0];
  return row ? { role: row.role, memberId: row.member_id ?? accountId } : null;
}

export async function removeRole(
  db: Queryable,
  inspectionId: string,
  accountId: string,
): Promise<boolean> {
  const { rowCount } = await db.query(
    'delete from memberships where inspection_id = $1 and account_id = $2',
    [inspectionId, accountId],
  );
  return rowCount === 1;
}

export type Member = {
  accountId: string;
  email: string;
  name: string;
  role: TeamRole;
  /** Who they are in the inspection's team list. */
  memberId: string;
};

export async function membersOf(db: Queryable, inspectionId: string): Promise<Member[]> {
  const { rows } = await db.query<{
    account_id: string;
    email: string;
    name: string;
    role: TeamRole;
    member_id: string | null;
  }>(
    `select m.account_id, a.email, a.name, m.role, m.member_id from memberships m
     join accounts a on a.id = m.account_id
     where m.inspection_id = $1 order by lower(a.name), a.email`,
    [inspectionId],
  );
  return rows.map((r) => ({
    accountId: r.account_id,
    email: r.email,
    name: r.name,
    role: r.role,
    memberId: r.member_id ?? r.account_id,
  }));
}
