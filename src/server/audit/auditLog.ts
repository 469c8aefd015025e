/**
 * The server's audit log: every sign-in (and refused one), push, pull, role change and decision,
 * appended in the same transaction as what it records, never changed. An administrator
 * downloads it as CSV.
 */
import type { Queryable } from '../store/database';

export const AUDIT_ACTIONS = [
  'sign-in',
  'sign-in-refused',
  'sign-out',
  'first-administrator',
  'account-created',
  'account-disabled',
  'account-enabled',
  'administrator-granted',
  'administrator-removed',
  'inspection-created',
  'role-given',
  'role-removed',
  'push',
  'pull',
  'decision',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditEntry = {
  readonly at: string;
  readonly accountId: string | null;
  readonly accountEmail: string | null;
  readonly action: AuditAction;
  readonly inspectionId?: string | null;
  /** Plain words: what changed, never a password or token. */
  readonly detail?: string;
};

export async function audit(db: Queryable, entry: AuditEntry): Promise<void> {
  await db.query(
    `insert into audit_log (at, account_id, account_email, action, inspection_id, detail)
     values ($1, $2, $3, $4, $5, $6)`,
    [
      entry.at,
      entry.accountId,
      entry.accountEmail,
      entry.action,
      entry.inspectionId ?? null,
      entry.detail ?? '',
    ],
  );
}

/**
 * The same insert for entries given as one JSON array in parameter `$n`, as a part of a larger
 * statement: a merge writes its entry with its records, in one round trip while it holds the
 * inspection's lock (sync/syncStore.ts).
 */
export const AUDIT_FROM_JSON = `insert into audit_log
    (at, account_id, account_email, action, inspection_id, detail)
  select value->>'at', value->>'accountId', value->>'accountEmail', value->>'action',
    value->>'inspectionId', coalesce(value->>'detail', '')
  from jsonb_array_elements($n::jsonb) with ordinality order by ordinality`;

export type AuditRow = {
  seq: number;
  at: string;
  account_id: string | null;
  account_email: string | null;
  action: string;
  inspection_id: string | null;
  detail: string;
};

export async function auditRows(db: Queryable): Promise<AuditRow[]> {
  return (await db.query<AuditRow>('select * from audit_log order by seq')).rows;
}
