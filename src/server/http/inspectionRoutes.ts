/**
 * Inspections on the team server and their members. An administrator creates an inspection and
 * gives anyone a role in it; its lead may give and take roles in it too. Others are told the
 * inspection is not found (404), so an id says nothing about inspections one is not part of.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { newServerInspectionRequestSchema, roleRequestSchema, TEAM_ROLE_NAMES } from '../../core';
import { type AccountRow, accountById } from '../accounts/accountStore';
import { audit } from '../audit/auditLog';
import {
  allInspections,
  createInspection,
  inspectionById,
  membershipsOf,
  membersOf,
  removeRole,
  roleIn,
  type ServerInspection,
  setRole,
} from '../inspections/inspectionStore';
import type { Queryable } from '../store/database';
import { heldInspection } from '../sync/syncStore';
import { notFound, refusal } from './refusals';
import { body } from './requestBody';
import type { ServerOptions } from './serverOptions';
import { accountOf } from './signedIn';

type InspectionParams = { Params: { id: string } };
type MemberParams = { Params: { id: string; accountId: string } };

/** The inspection, if the account may manage its members (an administrator, or its lead). */
async function managedInspection(
  db: Queryable,
  request: FastifyRequest<InspectionParams>,
): Promise<{ account: AccountRow; inspection: ServerInspection }> {
  const account = accountOf(request);
  const inspection = await inspectionById(db, request.params.id);
  const role = inspection ? await roleIn(db, inspection.id, account.id) : null;
  if (!inspection || (!account.administrator && role === null))
    throw notFound((tr) => tr.t('server', 'That inspection was not found.'));
  if (!account.administrator && role !== 'lead') {
    throw refusal(403, (tr) =>
      tr.t('server', 'Only the inspection’s lead or an administrator may do that.'),
    );
  }
  return { account, inspection };
}

export function inspectionRoutes(app: FastifyInstance, options: ServerOptions): void {
  const { db } = options;
  const at = () => options.now().toISOString();

  app.get('/api/inspections', async (request) => {
    const account = accountOf(request);
    if (account.administrator) return allInspections(db);
    return (await membershipsOf(db, account.id)).map((m) => ({
      id: m.inspectionId,
      title: m.title,
      role: m.role,
    }));
  });

  // An administrator creates an inspection for a team (no role for them); a lead puts their own
  // on the server from their device, under its id there, and is its lead here, administrator
  // or not (who they are in its team: `memberId`).
  app.post('/api/inspections', async (request, reply) => {
    const by = accountOf(request);
    const wanted = body(newServerInspectionRequestSchema, request);
    const made = await db.transaction(async (tx) => {
      const inspection = await createInspection(tx, wanted, by.id, at());
      if (!inspection)
        throw refusal(409, (tr) =>
          tr.t('server', 'id: an inspection with this id is on the server already'),
        );
      if (!by.administrator || wanted.id !== undefined) {
        await setRole(tx, inspection.id, by.id, 'lead', wanted.memberId ?? null);
      }
      await audit(tx, {
        at: at(),
        accountId: by.id,
        accountEmail: by.email,
        action: 'inspection-created',
        inspectionId: inspection.id,
        detail: inspection.title,
      });
      return inspection;
    });
    return reply.code(201).send(made);
  });

  app.get<InspectionParams>('/api/inspections/:id/members', async (request) => {
    const { inspection } = await managedInspection(db, request);
    return membersOf(db, inspection.id);
  });

  // The inspection's own team list, once its lead has put it here: who each member is in it.
  app.get<InspectionParams>('/api/inspections/:id/team', async (request) => {
    const { inspection } = await managedInspection(db, request);
    const held = await heldInspection(db, inspection.id);
    return (held?.team ?? []).map(({ id, name, role }) => ({ id, name, role }));
  });

  app.put<MemberParams>('/api/inspections/:id/members/:accountId', async (request) => {
    const { account: by, inspection } = await managedInspection(db, request);
    const { role, memberId } = body(roleRequestSchema, request);
    return db.transaction(async (tx) => {
      const member = await accountById(tx, request.params.accountId);
      if (!member) throw notFound((tr) => tr.t('server', 'That account was not found.'));
      await setRole(tx, inspection.id, member.id, role, memberId ?? null);
      await audit(tx, {
        at: at(),
        accountId: by.id,
        accountEmail: by.email,
        action: 'role-given',
        inspectionId: inspection.id,
        detail: `${member.email}: ${TEAM_ROLE_NAMES[role]}`,
      });
      return membersOf(tx, inspection.id);
    });
  });

  app.delete<MemberParams>('/api/inspections/:id/members/:accountId', async (request, reply) => {
    const { account: by, inspection } = await managedInspection(db, request);
    await db.transaction(async (tx) => {
      const member = await accountById(tx, request.params.accountId);
      if (!member || !(await removeRole(tx, inspection.id, member.id)))
        throw notFound((tr) => tr.t('server', 'That member was not found.'));
      await audit(tx, {
        at: at(),
        accountId: by.id,
        accountEmail: by.email,
        action: 'role-removed',
        inspectionId: inspection.id,
        detail: member.email,
      });
    });
    return reply.code(204).send();
  });
}
