/**
 * A device's first copy of an inspection from the team server: a pack, as a lead's device makes
 * one, scoped to the caller by the same rules as a pull (core's caseAccess and planPull): the
 * framework, the inspection's details, the cases they may see (blind ones without the first
 * reading) and the second readings they are asked to do. With it, the sequence number to pull
 * from next.
 */
import {
  buildPackFile,
  type Framework,
  frameworkKey,
  type PackFile,
  planPull,
  type SyncCaller,
} from '../../core';
import type { Queryable } from '../store/database';
import { caseAccessHere } from './caseAccessHere';
import { pullRows } from './pullRows';
import { SERVER_DEVICE, sha256 } from './serverFiles';
import { heldInspection } from './syncStore';

export async function packFor(
  tx: Queryable,
  inspectionId: string,
  caller: SyncCaller,
  callerName: string,
  now: string,
  appVersion = 'development',
): Promise<{ readonly seq: number; readonly pack: PackFile } | null> {
  const inspection = await heldInspection(tx, inspectionId);
  if (!inspection) return null;
  const { rows } = await tx.query<{ framework: Framework }>(
    'select framework from sync_frameworks where key = $1',
    [frameworkKey(inspection.framework)],
  );
  const framework = rows[0]?.framework;
  if (!framework) return null;
  const summary = { id: inspection.id, title: inspection.title, framework: inspection.framework };
  const access = await caseAccessHere(tx, inspectionId, caller);
  const plan = planPull(await pullRows(tx, summary, 0), {
    caller,
    access,
    since: 0,
    limit: Number.MAX_SAFE_INTEGER,
    server: SERVER_DEVICE,
  });
  const lead = caller.role === 'lead';
  const member = inspection.team.find((m) => m.id === caller.memberId);
  const pack = await buildPackFile(
    {
      for: lead
        ? { inspectorId: null, name: 'Everyone' }
        : { inspectorId: member ? member.id : null, name: member?.name ?? callerName },
      from: { by: SERVER_DEVICE.name, device: SERVER_DEVICE.device },
      framework,
      inspection,
      cases: plan.work?.cases ?? [],
      moderation: [...plan.assignments],
    },
    { exportedAt: now, appVersion },
    sha256,
  );
  return { seq: plan.seq, pack };
}
