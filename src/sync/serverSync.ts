/**
 * Syncing one inspection on this device with the team server: this device's work pushed (the
 * same "my work" a file would carry, under a push id kept until the server answers, so a retry
 * is merged once), then the changes since the last pull merged in the team worker as any file
 * is (conflicts kept for the lead), the second readings asked of this person taken, and, on the
 * lead's device, the conflicts the server kept. The lead's device also sends the second readings
 * it assigned and the conflicts it decided. How far it got is saved after each step, so a
 * closed tab or a lost network resumes where it stopped. Nothing is lost on a failure: the work
 * stays on the device and the next sync sends it.
 */
import {
  type DeviceSync,
  decisionsToSend,
  type Inspection,
  leadActionBy,
  newDeviceSync,
  plural,
  pushIdFor,
} from '../core';
import { deviceId, scorerFor } from '../db/device/identityStore';
import { webSha256 } from '../db/exchange/inspectionExport';
import { makePack, makeWork } from '../db/exchange/teamExport';
import { allAssignmentsOf, importModerationAssignments } from '../db/moderation/moderationExchange';
import { deviceSyncOf, saveDeviceSync } from '../db/sync/deviceSyncStore';
import { decidedConflictsOf, keepServerConflicts } from '../db/sync/serverConflicts';
import type { Failed } from '../db/writeOutcome';
import {
  fetchPack,
  pullChanges,
  pushAssignments,
  pushDecisions,
  pushWork,
  putInspection,
  uploadPack,
} from '../teamClient/syncCalls';
import { signedInNow } from '../teamClient/teamClient';
import { teamWorker } from '../workers/teamWorkBridge';

export type SyncOutcome =
  | { readonly status: 'synced'; readonly sent: number; readonly received: number }
  | { readonly status: 'failed'; readonly message: string };

function now(): string {
  return new Date().toISOString();
}

async function who(inspection: Pick<Inspection, 'id' | 'team'>) {
  const [device, scorer] = await Promise.all([deviceId(), scorerFor(inspection.id)]);
  return {
    device,
    scorer,
    context: { now: now(), by: leadActionBy(inspection.team, scorer), device },
  };
}

async function failed(
  inspectionId: string,
  sync: DeviceSync,
  message: string,
): Promise<SyncOutcome> {
  await saveDeviceSync(inspectionId, { ...sync, outcome: { text: message, failed: true } });
  return { status: 'failed', message };
}

/** Pushes this device's work; the number of cases sent, or why not. */
async function push(
  inspection: Inspection,
  sync: DeviceSync,
  appVersion: string,
): Promise<{ sync: DeviceSync; sent: number } | { message: string }> {
  const { device, scorer } = await who(inspection);
  if (scorer === null) return { sync, sent: 0 };
  const made = await makeWork(inspection.id, {
    scorer,
    device,
    exportedAt: now(),
    appVersion,
    stamp: 'sync',
  });
  if (made.status !== 'ok') return { message: made.message };
  if (made.cases === 0 && made.file.moderation.length === 0) return { sync, sent: 0 };
  // What the work holds, without the moment it was made: the same work is not sent again.
  const { cases, moderation } = made.file;
  const content = await webSha256(JSON.stringify({ cases, moderation }));
  if (content === sync.pushedWork) return { sync, sent: 0 };
  const pushId = pushIdFor(sync, content, () => crypto.randomUUID());
  const waiting = { ...sync, pendingPush: { pushId, checksum: content } };
  await saveDeviceSync(inspection.id, waiting);
  const reply = await pushWork(inspection.id, { pushId, work: made.file });
  if (reply.status !== 'ok') return { message: reply.error };
  return { sync: { ...waiting, pendingPush: null, pushedWork: content }, sent: made.cases };
}

/**
 * On the lead's device, the second readings assigned here, sent when they have changed since
 * last sent: the server gives each reader theirs, blind.
 */
async function pushAssignmentsIfLead(
  inspection: Inspection,
  sync: DeviceSync,
): Promise<DeviceSync | { message: string }> {
  const role = signedInNow()?.memberships.find((m) => m.inspectionId === inspection.id)?.role;
  if (role !== 'lead') return sync;
  const assignments = await allAssignmentsOf(inspection.id);
  const hash = await webSha256(JSON.stringify(assignments));
  if (hash === (sync.assignmentsSent ?? (assignments.length === 0 ? hash : null))) return sync;
  const reply = await pushAssignments(inspection.id, assignments);
  if (reply.status !== 'ok') return { message: reply.error };
  const next = { ...sync, assignmentsSent: hash };
  await saveDeviceSync(inspection.id, next);
  return next;
}

/**
 * On the lead's device, the conflicts decided here not yet sent: the server records each on the
 * conflict it kept (the decision's answer went with the work, pushed first).
 */
async function pushDecisionsIfLead(
  inspection: Inspection,
  sync: DeviceSync,
): Promise<DeviceSync | { message: string }> {
  const role = signedInNow()?.memberships.find((m) => m.inspectionId === inspection.id)?.role;
  if (role !== 'lead') return sync;
  const sent = sync.decisionsSent ?? [];
  const decisions = decisionsToSend(await decidedConflictsOf(inspection.id), sent);
  if (decisions.length === 0) return sync;
  const reply = await pushDecisions(inspection.id, decisions);
  if (reply.status !== 'ok') return { message: reply.error };
  const next = { ...sync, decisionsSent: [...sent, ...decisions.map((d) => d.conflictId)] };
  await saveDeviceSync(inspection.id, next);
  return next;
}

/** Merges what the server sent (a pack or work file's text) in the team worker. */
async function mergeSent(inspection: Inspection, text: string): Promise<string | null> {
  const { context } = await who(inspection);
  const outcome = await teamWorker.call('mergeServerFile', {
    inspectionId: inspection.id,
    text,
    who: context,
  });
  return outcome.status === 'merged' ? null : notMerged(outcome);
}

/** Why what the server sent was not merged, in words. */
function notMerged(outcome: { status: 'refused'; message: string } | Failed): string {
  return outcome.status === 'refused'
    ? outcome.message
    : `This device could not save what the team server sent (${outcome.detail}).`;
}

/** Pulls and merges every change since the last pull; the cases received, or why not. */
async function pull(
  inspection: Inspection,
  start: DeviceSync,
): Promise<{ sync: DeviceSync; received: number } | { message: string }> {
  let sync = start;
  let received = 0;
  for (let page = 0; page < 1000; page++) {
    const reply = await pullChanges(inspection.id, sync.seq);
    if (reply.status !== 'ok') return { message: reply.error };
    const { work, assignments, conflicts, seq, more } = reply.value;
    if (work) {
      const problem = await mergeSent(inspection, JSON.stringify(work));
      if (problem) return { message: problem };
      received += work.cases.length;
    }
    if (assignments) await importModerationAssignments(inspection.id, assignments);
    if (conflicts) await keepServerConflicts(inspection.id, conflicts);
    sync = { ...sync, seq };
    await saveDeviceSync(inspection.id, sync);
    if (!more) break;
  }
  return { sync, received };
}

/** Syncs one inspection this device syncs with the team server. */
export async function syncInspection(
  inspection: Inspection,
  appVersion: string,
): Promise<SyncOutcome> {
  const start = await deviceSyncOf(inspection.id);
  if (!start)
    return { status: 'failed', message: 'This inspection does not sync with the team server.' };
  const pushed = await push(inspection, start, appVersion);
  if ('message' in pushed) return failed(inspection.id, start, pushed.message);
  const assigned = await pushAssignmentsIfLead(inspection, pushed.sync);
  if ('message' in assigned) return failed(inspection.id, pushed.sync, assigned.message);
  const decided = await pushDecisionsIfLead(inspection, assigned);
  if ('message' in decided) return failed(inspection.id, assigned, decided.message);
  const pulled = await pull(inspection, decided);
  if ('message' in pulled) return failed(inspection.id, pushed.sync, pulled.message);
  const text =
    pushed.sent === 0 && pulled.received === 0
      ? 'Up to date: nothing new to send or receive.'
      : `Sent ${plural(pushed.sent, 'case')}; received ${plural(pulled.received, 'case')}.`;
  await saveDeviceSync(inspection.id, {
    ...pulled.sync,
    syncedAt: now(),
    outcome: { text, failed: false },
  });
  return { status: 'synced', sent: pushed.sent, received: pulled.received };
}

/**
 * The first copy of an inspection from the team server (a pack scoped to this person), merged
 * as a pack file is; from then on the inspection syncs.
 */
export async function copyFromServer(
  inspection: Pick<Inspection, 'id' | 'team'>,
): Promise<SyncOutcome> {
  const reply = await fetchPack(inspection.id);
  if (reply.status !== 'ok') return { status: 'failed', message: reply.error };
  const { context } = await who(inspection);
  const outcome = await teamWorker.call('mergeServerFile', {
    inspectionId: inspection.id,
    text: JSON.stringify(reply.value.pack),
    who: context,
  });
  if (outcome.status !== 'merged') return { status: 'failed', message: notMerged(outcome) };
  await saveDeviceSync(inspection.id, {
    ...newDeviceSync(reply.value.seq),
    syncedAt: now(),
    outcome: { text: `Copied ${plural(reply.value.pack.cases.length, 'case')}.`, failed: false },
  });
  return { status: 'synced', sent: 0, received: reply.value.pack.cases.length };
}

/**
 * A lead's own inspection put on the team server: created there under its id (they are its lead
 * there), then the pack for everyone merged into it, as it would be on a device. From then on
 * it syncs. Already there (put by an administrator, or from another device): the pack merges in.
 */
export async function putOnServer(
  inspection: Inspection,
  appVersion: string,
): Promise<SyncOutcome> {
  const { device, scorer } = await who(inspection);
  const created = await putInspection({
    id: inspection.id,
    title: inspection.title,
    memberId: scorer,
  });
  if (created.status !== 'ok' && !(created.status === 'refused' && created.httpStatus === 409)) {
    return { status: 'failed', message: created.error };
  }
  const made = await makePack(inspection.id, {
    inspectorId: null,
    by: leadActionBy(inspection.team, scorer),
    device,
    exportedAt: now(),
    appVersion,
    stamp: 'sync',
  });
  if (made.status !== 'ok') return { status: 'failed', message: made.message };
  const reply = await uploadPack(inspection.id, made.file);
  if (reply.status !== 'ok') return { status: 'failed', message: reply.error };
  await saveDeviceSync(inspection.id, {
    ...newDeviceSync(reply.value.seq),
    syncedAt: now(),
    outcome: { text: `Put ${plural(made.cases, 'case')} on the team server.`, failed: false },
  });
  return { status: 'synced', sent: made.cases, received: 0 };
}
