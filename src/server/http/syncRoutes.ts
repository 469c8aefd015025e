/**
 * Sync: a device pushes its work (answers, notes, statuses with their history, second readings)
 * and pulls what others changed, by the server's sequence number; a lead uploads a pack or a
 * work file as they would merge it on their device. Every merge is core's (sync/serverMerge.ts);
 * what each role may push and pull is core's (caseAccess, pushRefusals, planPull): a second
 * reader never receives the first reading of a case they read, by any route.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  caseAccess,
  type IncomingFile,
  planPull,
  pullQuerySchema,
  pullResponseOf,
  pushAsIncoming,
  pushRefusals,
  readApiBody,
  readPush,
  readTeamFileValue,
  type SyncCaller,
  type ValidationError,
} from '../../core';
import type { AccountRow } from '../accounts/accountStore';
import { audit } from '../audit/auditLog';
import { syncCallerIn } from '../inspections/inspectionStore';
import type { Queryable } from '../store/database';
import { pullRows } from '../sync/pullRows';
import { mergeOnServer, type ServerMergeOutcome } from '../sync/serverMerge';
import { heldInspection, moderationRecords } from '../sync/syncStore';
import { badRequest, notFound, Refusal } from './refusals';
import type { ServerOptions } from './serverOptions';
import { accountOf } from './signedIn';

/** The server, as the device that made a pulled work file. */
export const SERVER_DEVICE = { name: 'Team server', device: 'team-server' } as const;

/** At most this many changed cases, readings and conflicts in one pull; the device pulls again. */
const PULL_LIMIT = 500;

const sha256 = async (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

type Params = { Params: { id: string } };

/** The caller's role in the inspection, or 404 (an inspection one has no part in is not found). */
async function callerIn(
  tx: Queryable,
  request: FastifyRequest<Params>,
): Promise<{
  account: AccountRow;
  caller: SyncCaller;
}> {
  const account = accountOf(request);
  const caller = await syncCallerIn(tx, request.params.id, account.id);
  if (!caller) throw notFound('That inspection');
  return { account, caller };
}

/** What every case held may be for the caller (with its record's id and assigned inspector). */
async function accessHere(tx: Queryable, inspectionId: string, caller: SyncCaller) {
  const { rows } = await tx.query<{ id: string; inspector_id: string | null }>(
    "select id, record->>'inspectorId' as inspector_id from sync_cases where inspection_id = $1",
    [inspectionId],
  );
  const cases = rows.map((r) => ({ id: r.id, inspectorId: r.inspector_id }));
  return caseAccess(caller, cases, await moderationRecords(tx, inspectionId));
}

function refusedMerge(outcome: ServerMergeOutcome): never {
  if (outcome.status === 'not-found') throw notFound('That inspection');
  const errors: readonly ValidationError[] = outcome.status === 'refused' ? outcome.errors : [];
  throw badRequest({ status: 'invalid', errors });
}

export function syncRoutes(app: FastifyInstance, options: ServerOptions): void {
  const { db } = options;
  const now = () => options.now().toISOString();

  app.post<Params>('/api/inspections/:id/push', async (request) => {
    const read = await readPush(request.body, sha256);
    if (read.status !== 'ok') throw badRequest(read);
    const push = read.value;
    return db.transaction(async (tx) => {
      const { account, caller } = await callerIn(tx, request);
      const refusals = pushRefusals(push, caller, await accessHere(tx, request.params.id, caller));
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

  app.get<Params>('/api/inspections/:id/pull', async (request) => {
    const query = readApiBody(pullQuerySchema, {
      ...(request.query as object),
      inspectionId: request.params.id,
    });
    if (query.status !== 'ok') throw badRequest(query);
    const { since } = query.value;
    return db.transaction(async (tx) => {
      const { account, caller } = await callerIn(tx, request);
      const held = await heldInspection(tx, request.params.id);
      if (!held) return { seq: since, more: false };
      const inspection = { id: held.id, title: held.title, framework: held.framework };
      const access = await accessHere(tx, held.id, caller);
      const plan = planPull(await pullRows(tx, inspection, since), {
        caller,
        access,
        since,
        limit: PULL_LIMIT,
        server: SERVER_DEVICE,
      });
      const made = { exportedAt: now(), appVersion: options.appVersion ?? 'development' };
      await audit(tx, {
        at: now(),
        accountId: account.id,
        accountEmail: account.email,
        action: 'pull',
        inspectionId: held.id,
        detail: `since ${since}: ${plan.work?.cases.length ?? 0} cases, up to ${plan.seq}${plan.more ? ', more to come' : ''}`,
      });
      return pullResponseOf(plan, made, sha256);
    });
  });
}
