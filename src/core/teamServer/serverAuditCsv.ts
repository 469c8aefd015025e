/**
 * The team server's audit log as a spreadsheet: one row per event, oldest first. Columns:
 * `seq`, `when` (ISO 8601, UTC), `account_email`, `account_id`, `action`, `inspection_id`,
 * `detail`. Cells that a spreadsheet would read as a formula are escaped as in the audit trail.
 */
import Papa from 'papaparse';
import { FORMULA_START } from '../exchange/auditTrailCsv';

export const SERVER_AUDIT_COLUMNS = [
  'seq',
  'when',
  'account_email',
  'account_id',
  'action',
  'inspection_id',
  'detail',
] as const;

export type ServerAuditEvent = {
  readonly seq: number;
  readonly at: string;
  readonly accountEmail: string | null;
  readonly accountId: string | null;
  readonly action: string;
  readonly inspectionId: string | null;
  readonly detail: string;
};

export function serverAuditCsv(events: readonly ServerAuditEvent[]): string {
  const text = Papa.unparse(
    {
      fields: [...SERVER_AUDIT_COLUMNS],
      data: events.map((e) => [
        e.seq,
        e.at,
        e.accountEmail ?? '',
        e.accountId ?? '',
        e.action,
        e.inspectionId ?? '',
        e.detail,
      ]),
    },
    { newline: '\r\n', escapeFormulae: FORMULA_START },
  );
  return `${text}\r\n`;
}
