/**
 * Pushes: a device's work under a push id, and a lead's pack or work file uploaded as they would
 * merge it on their device. Each is merged by core's merge in one transaction
 * (sync/serverMerge.ts); what a role may push is core's rule (pushRefusals). Every push is in
 * the audit log.
 */
import type { FastifyInstance } from 'fastify';
import {
  type IncomingFile,
  pushAsIncoming,
  pushRefusals,
  readPush,
  readTeamFileValue,
} from '../../core';
import { audit } from '../audit/auditLog';
import { caseAccessHere } from '../sync/caseAccessHere';
import { SERVER_DEVICE, sha256 } from '../sync/serverFiles';
import { mergeOnServer } from '../sync/serverMerge';
import { badRequest, Refusal } from './refusals';
import type { ServerOptions } from './serverOptions';
import { callerIn, type Params, refusedMerge } from './syncCaller';

export function syncPushRoutes(app: FastifyInstance, options: ServerOptions): void {
  const { db } = options;
  const now = () => options.now().toISOString();

  app.post<Params>('/api/inspections/:id/push', async (request) => {
    const read = await readPush(request.body, sha256);
    if (read.status !== 'ok') throw badRequest(read);
    const push = read.value;
    return db.transaction(async (tx) => {
      const { account, caller } = await callerIn(tx, request);
      const refusals = pushRefusals(
        push,
        caller,
        await caseAccessHere(tx, request.params.id, caller),
      );
      if (refusals.length > 0) {
        const [first] = refusals;
        throw new Refusal(403, { error: `${first?.path}: ${first?.message}`, problems: refusals });
      }
      const outcome = await mergeOnServer(tx, request.params.id, pushAsIncoming(push), {
        now: now(),
        by: caller.memberId,
        device: SERVER_DEVICE.device,
      });
      if (outcome.status !== 'merged' && outcome.status !== 'already-merged') refusedMerge(outcome);
      await audit(tx, {
        at: now(),
        accountId: account.id,
        accountEmail: account.email,
        action: 'push',
        inspectionId: request.params.id,
        detail: `${outcome.status}: ${push.work.cases.length} cases, ${outcome.counts.answersTaken} answers taken, ${outcome.counts.conflicts} conflicts (push ${push.pushId})`,
      });
      return { status: outcome.status, seq: outcome.seq, counts: outcome.counts };
    });
  });

  app.post<Params>('/api/inspections/:id/files', async (request, reply) => {
    const read = await readTeamFileValue(request.body, sha256);
    if (read.status !== 'ok') throw badRequest(read);
    if (read.value.kind === 'inspection') {
      throw new Refusal(400, {
        error: 'kind: an inspection file is opened on a device; send a pack or a work file',
      });
    }
    const file = read.value.file;
    return db.transaction(async (tx) => {
      const { account, caller } = await callerIn(tx, request);
      if (caller.role !== 'lead') {
        throw new Refusal(403, { error: 'Only the inspection’s lead may merge files here.' });
      }
      const incoming: IncomingFile = {
        id: file.checksum,
        name: `${file.kind === 'pack' ? 'Pack' : 'Work file'} uploaded by ${account.name}`,
        file,
      };
      const outcome = await mergeOnServer(tx, request.params.id, incoming, {
        now: now(),
        by: caller.memberId,
        device: SERVER_DEVICE.device,
      });
      if (outcome.status !== 'merged' && outcome.status !== 'already-merged') refusedMerge(outcome);
      await audit(tx, {
        at: now(),
        accountId: account.id,
        accountEmail: account.email,
        action: 'push',
        inspectionId: request.params.id,
        detail: `${file.kind} file ${outcome.status}: ${outcome.counts.answersTaken} answers taken, ${outcome.counts.conflicts} conflicts`,
      });
      return reply.send({ status: outcome.status, seq: outcome.seq, counts: outcome.counts });
    });
  });
}
