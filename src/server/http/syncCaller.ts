/**
 * Who is syncing: the caller's role in the inspection and the team member they are there, or
 * 404 (an inspection one has no part in is not found); and a merge the server refused, as the
 * refusal the device is sent.
 */
import type { FastifyRequest } from 'fastify';
import type { SyncCaller, ValidationError } from '../../core';
import type { AccountRow } from '../accounts/accountStore';
import { syncCallerIn } from '../inspections/inspectionStore';
import type { Queryable } from '../store/database';
import type { ServerMergeOutcome } from '../sync/serverMerge';
import { badRequest, notFound } from './refusals';
import { accountOf } from './signedIn';

export type Params = { Params: { id: string } };

/** The caller's role in the inspection, or 404 (an inspection one has no part in is not found). */
export async function callerIn(
  tx: Queryable,
  request: FastifyRequest<Params>,
): Promise<{
  account: AccountRow;
  caller: SyncCaller;
}> {
  const account = accountOf(request);
  const caller = await syncCallerIn(tx, request.params.id, account.id);
  if (!caller) throw notFound((tr) => tr.t('server', 'That inspection was not found.'));
  return { account, caller };
}

export function refusedMerge(outcome: ServerMergeOutcome): never {
  if (outcome.status === 'not-found') {
    throw notFound((tr) => tr.t('server', 'That inspection was not found.'));
  }
  const errors: readonly ValidationError[] = outcome.status === 'refused' ? outcome.errors : [];
  throw badRequest({ status: 'invalid', errors });
}
