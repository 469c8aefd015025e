/**
 * Pushes: a device's work under a push id, and a lead's pack or work file uploaded as they would
 * merge it on their device. Each is merged by core's merge in a transaction that locks the
 * inspection (sync/serverMerge.ts), pushes to one inspection taking turns, those waiting
 * together (sync/mergeTurns.ts); what a role may push is core's rule (pushRefusals). Every push
 * is in the audit log.
 */
import type { FastifyInstance } from 'fastify';
import {
  assignmentsPushSchema,
  type IncomingFile,
  pushAsIncoming,
  pushRefusals,
  readPush,
  readTeamFileValue,
} from '../../core';
import type { AccountRow } from '../accounts/accountStore';
import { audit } from '../audit/auditLog';
import { caseAccessHere } from '../sync/caseAccessHere';
import { mergeTurns } from '../sync/mergeTurns';
import { SERVER_DEVICE, sha256 } from '../sync/serverFiles';
import {
  applyModeration,
  mergeOnServer,
  type ServerMerge,
  type ServerMergeOutcome,
} from '../sync/serverMerge';
import { currentSeq, lockInspection } from '../sync/syncStore';
import { badRequest, notFound, Refusal, refusal } from './refusals';
import { body } from './requestBody';
import type { ServerOptions } from './serverOptions';
import { callerIn, type Params, refusedMerge } from './syncCaller';

type By = { account: AccountRow; memberId: string; now: string; what: string };

/** One push or file to merge into the inspection, recorded in the audit log when taken. */
function serverMerge(inspectionId: string, incoming: IncomingFile, by: By): ServerMerge {
  return {
    incoming,
    context: { now: by.now, by: by.memberId, device: SERVER_DEVICE.device },
    record: (merged) => ({
      at: by.now,
      accountId: by.account.id,
      accountEmail: by.account.email,
      action: 'push',
      inspectionId,
      detail: `${merged.status}: ${by.what}, ${merged.counts.answersTaken} answers taken, ${merged.counts.conflicts} conflicts`,
    }),
  };
}

/** What a merge answers; a merge refused is refused whole. */
function answered(outcome: ServerMergeOutcome) {
  if (outcome.status !== 'merged' && outcome.status !== 'already-merged') refusedMerge(outcome);
  return { status: outcome.status, seq: outcome.seq, counts: outcome.counts };
}

export function syncPushRoutes(app: FastifyInstance, options: ServerOptions): void {
  const { db } = options;
  const now = () => options.now().toISOString();
  const inTurn = mergeTurns(db);

  // The lead's device tells the server the second readings assigned: each reader then pulls
  // theirs, blind. Applied as a pack's assignments are (a finished reading stays locked).
  app.post<Params>('/api/inspections/:id/assignments', async (request) => {
    const { assignments } = body(assignmentsPushSchema, request);
    return db.transaction(async (tx) => {
      const { account, caller } = await callerIn(tx, request);
      if (caller.role !== 'lead') {
        throw refusal(403, (tr) =>
          tr.t('server', 'Only the inspection’s lead may assign second readings.'),
        );
      }
      if (!(await lockInspection(tx, request.params.id))) {
        throw notFound((tr) => tr.t('server', 'That inspection was not found.'));
      }
      const handOver = { kind: 'pack' as const, fileId: '', fileName: '', assignments };
      const at = now();
      await applyModeration(tx, request.params.id, [handOver], () => at);
      await audit(tx, {
        at: now(),
        accountId: account.id,
        accountEmail: account.email,
        action: 'push',
        inspectionId: request.params.id,
        detail: `${assignments.length} second readings assigned`,
      });
      return { seq: await currentSeq(tx, request.params.id) };
    });
  });

  app.post<Params>('/api/inspections/:id/push', async (request) => {
    const read = await readPush(request.body, sha256);
    if (read.status !== 'ok') throw badRequest(read);
    const push = read.value;
    // Who pushes and what they may change is read before the merge, outside its turn.
    const { account, caller } = await callerIn(db, request);
    // A lead may push to any case: what the others may is asked of the cases pushed alone.
    const access =
      caller.role === 'lead'
        ? new Map()
        : await caseAccessHere(
            db,
            request.params.id,
            caller,
            push.work.cases.map((c) => c.id),
          );
    const refusals = pushRefusals(push, caller, access);
    if (refusals.length > 0) {
      const [first] = refusals;
      throw new Refusal(403, { error: `${first?.path}: ${first?.message}`, problems: refusals });
    }
    const merge = serverMerge(request.params.id, pushAsIncoming(push), {
      account,
      memberId: caller.memberId,
      now: now(),
      what: `${push.work.cases.length} cases (push ${push.pushId})`,
    });
    return answered(await inTurn(request.params.id, merge));
  });

  app.post<Params>('/api/inspections/:id/files', async (request, reply) => {
    const read = await readTeamFileValue(request.body, sha256);
    if (read.status !== 'ok') throw badRequest(read);
    if (read.value.kind === 'inspection') {
      throw refusal(400, (tr) =>
        tr.t(
          'server',
          'kind: an inspection file is opened on a device; send a pack or a work file',
        ),
      );
    }
    const file = read.value.file;
    return db.transaction(async (tx) => {
      const { account, caller } = await callerIn(tx, request);
      if (caller.role !== 'lead') {
        throw refusal(403, (tr) =>
          tr.t('server', 'Only the inspection’s lead may merge files here.'),
        );
      }
      const incoming: IncomingFile = {
        id: file.checksum,
        name: `${file.kind === 'pack' ? 'Pack' : 'Work file'} uploaded by ${account.name}`,
        file,
      };
      const merge = serverMerge(request.params.id, incoming, {
        account,
        memberId: caller.memberId,
        now: now(),
        what: `a ${file.kind} file`,
      });
      const [outcome] = await mergeOnServer(tx, request.params.id, [merge]);
      return reply.send(answered(outcome!));
    });
  });
}
