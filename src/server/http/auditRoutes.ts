/** The audit log, downloaded by an administrator as CSV. */
import type { FastifyInstance } from 'fastify';
import { serverAuditCsv } from '../../core';
import { auditRows } from '../audit/auditLog';
import type { ServerOptions } from './serverOptions';
import { administratorOf } from './signedIn';

export function auditRoutes(app: FastifyInstance, options: ServerOptions): void {
  app.get('/api/audit.csv', async (request, reply) => {
    administratorOf(request);
    const rows = await auditRows(options.db);
    const csv = serverAuditCsv(
      rows.map((r) => ({
        seq: r.seq,
        at: r.at,
        accountEmail: r.account_email,
        accountId: r.account_id,
        action: r.action,
        inspectionId: r.inspection_id,
        detail: r.detail,
      })),
    );
    const day = options.now().toISOString().slice(0, 10);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="case-audit-server-audit-${day}.csv"`)
      .send(csv);
  });
}
