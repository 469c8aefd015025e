/**
 * Pulls: a device's first copy of an inspection (a pack scoped to the caller) and the changes
 * since a sequence number, as far as the caller's role allows (core's caseAccess and planPull):
 * a second reader never receives the first reading of a case they read. Every pull is in the
 * audit log.
 */
import type { FastifyInstance } from 'fastify';
import { planPull, pullQuerySchema, pullResponseOf, readApiBody } from '../../core';
import { audit } from '../audit/auditLog';
import { caseAccessHere } from '../sync/caseAccessHere';
import { packFor } from '../sync/packFor';
import { pullRows } from '../sync/pullRows';
import { SERVER_DEVICE, sha256 } from '../sync/serverFiles';
import { heldInspection } from '../sync/syncStore';
import { badRequest, notFound } from './refusals';
import type { ServerOptions } from './serverOptions';
import { callerIn, type Params } from './syncCaller';

/** At most this many changed cases, readings and conflicts in one pull; the device pulls again. */
const PULL_LIMIT = 500;

export function syncPullRoutes(app: FastifyInstance, options: ServerOptions): void {
  const { db } = options;
  const now = () => options.now().toISOString();

  app.get<Params>('/api/inspections/:id/pack', async (request) => {
    return db.transaction(async (tx) => {
      const { account, caller } = await callerIn(tx, request);
      const made = await packFor(
        tx,
        request.params.id,
        caller,
        account.name,
        now(),
        options.appVersion,
      );
      if (!made) {
        throw notFound((tr) =>
          tr.t(
            'server',
            'That inspection’s cases were not found (the lead has not put them here yet).',
          ),
        );
      }
      await audit(tx, {
        at: now(),
        accountId: account.id,
        accountEmail: account.email,
        action: 'pull',
        inspectionId: request.params.id,
        detail: `pack of ${made.pack.cases.length} cases, up to ${made.seq}`,
      });
      return made;
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
      const access = await caseAccessHere(tx, held.id, caller);
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
