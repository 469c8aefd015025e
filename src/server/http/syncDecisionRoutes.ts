/**
 * A lead's decisions on the conflicts the server kept open: the decision's answer has come as
 * work (a push); this records what the lead kept on the server's conflict (core's rule,
 * recordDecisions: the first decision stands), so the lead's other devices close it too, and
 * writes each decision to the audit log.
 */
import type { FastifyInstance } from 'fastify';
import { decisionsPushSchema, recordDecisions } from '../../core';
import { audit } from '../audit/auditLog';
import { conflictsOnCases, currentSeq, lockInspection, writeConflicts } from '../sync/syncStore';
import { notFound, refusal } from './refusals';
import { body } from './requestBody';
import type { ServerOptions } from './serverOptions';
import { callerIn, type Params } from './syncCaller';

const KEPT = { mine: 'the answer the server held', theirs: 'the answer that came second' };

export function syncDecisionRoutes(app: FastifyInstance, options: ServerOptions): void {
  const { db } = options;

  app.post<Params>('/api/inspections/:id/decisions', async (request) => {
    const { decisions } = body(decisionsPushSchema, request);
    return db.transaction(async (tx) => {
      const { account, caller } = await callerIn(tx, request);
      if (caller.role !== 'lead') {
        throw refusal(403, (tr) =>
          tr.t('server', 'Only the inspection’s lead may decide conflicts.'),
        );
      }
      const inspectionId = request.params.id;
      if (!(await lockInspection(tx, inspectionId))) {
        throw notFound((tr) => tr.t('server', 'That inspection was not found.'));
      }
      const held = await conflictsOnCases(tx, inspectionId, [
        ...new Set(decisions.map((d) => d.caseId)),
      ]);
      const recorded = recordDecisions(held, decisions);
      await writeConflicts(tx, inspectionId, recorded);
      const at = options.now().toISOString();
      for (const conflict of recorded) {
        const keep = conflict.resolution?.keep === 'theirs' ? 'theirs' : 'mine';
        await audit(tx, {
          at,
          accountId: account.id,
          accountEmail: account.email,
          action: 'decision',
          inspectionId,
          detail: `Conflict on case ${conflict.caseId}, ${conflict.itemId}: kept ${KEPT[keep]} (${conflict[keep]?.device ?? 'no answer'}), decided by ${conflict.resolution?.by} on ${conflict.resolution?.device}`,
        });
      }
      return { seq: await currentSeq(tx, inspectionId), recorded: recorded.length };
    });
  });
}
