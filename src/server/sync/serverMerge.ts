/**
 * Merging on the team server: a push (an inspector's work) or a lead's pack, merged into what
 * the server holds of the inspection by core's merge, exactly as a lead's device merges a file
 * (db/exchange/mergeWork.ts), in ONE transaction that locks the inspection first (merges into
 * one inspection happen one at a time, across server processes). Conflicts are never decided
 * here: each is kept open for the lead, who resolves it on any device. Nothing is decided by
 * clocks.
 */
import { randomUUID } from 'node:crypto';
import {
  applyAssignment,
  applySecondReading,
  assignmentSkipped,
  emptyCounts,
  type FileCounts,
  type IncomingFile,
  type MergeContext,
  type MergeWrites,
  type ModerationCase,
  planMerge,
  planWritesNothing,
  type ValidationError,
} from '../../core';
import { type AuditEntry, audit } from '../audit/auditLog';
import type { Queryable } from '../store/database';
import {
  applyMergeWrites,
  currentSeq,
  loadMergeState,
  lockInspection,
  moderationRecords,
  writeModerationRecords,
} from './syncStore';

export type ServerMergeOutcome =
  | {
      readonly status: 'merged' | 'already-merged';
      readonly seq: number;
      readonly counts: FileCounts;
    }
  | { readonly status: 'not-found' }
  | { readonly status: 'refused'; readonly errors: readonly ValidationError[] };

/**
 * Second readings handed over: assignments from a lead (a pack, or their device's sync),
 * readings from work. Core's rules decide (a reading finished is locked, a new reader starts
 * afresh). Answers the highest sequence number written, null when nothing changed.
 */
export async function applyModeration(
  tx: Queryable,
  inspectionId: string,
  moderation: MergeWrites['moderation'],
  now: string,
): Promise<number | null> {
  if (moderation.length === 0) return null;
  const held = new Map((await moderationRecords(tx, inspectionId)).map((r) => [r.id, r]));
  const changed = new Map<string, ModerationCase>();
  for (const handOver of moderation) {
    if (handOver.kind === 'pack') {
      for (const a of handOver.assignments) {
        if (assignmentSkipped(inspectionId, a)) continue;
        const applied = applyAssignment(held.get(a.moderationId) ?? null, a, now);
        if (applied.kind !== 'unchanged') changed.set(applied.record.id, applied.record);
        if (applied.kind !== 'unchanged') held.set(applied.record.id, applied.record);
      }
    } else {
      for (const r of handOver.readings) {
        const applied = applySecondReading(inspectionId, held.get(r.moderationId) ?? null, r, now);
        if (applied.kind === 'merged') {
          changed.set(applied.record.id, applied.record);
          held.set(applied.record.id, applied.record);
        }
      }
    }
  }
  return writeModerationRecords(tx, inspectionId, [...changed.values()]);
}

/** What a merge taken records in the audit log. */
export type MergeRecord = (merged: {
  readonly status: 'merged' | 'already-merged';
  readonly counts: FileCounts;
}) => AuditEntry;

/**
 * Merges one incoming file into the inspection held on the server, inside `tx`, and records it
 * in the audit log (`record`) when taken. `locked`: `tx` already holds the inspection's lock.
 */
export async function mergeOnServer(
  tx: Queryable,
  inspectionId: string,
  incoming: IncomingFile,
  context: Omit<MergeContext, 'newCaseId'>,
  record: MergeRecord,
  locked = false,
): Promise<ServerMergeOutcome> {
  if (!locked && !(await lockInspection(tx, inspectionId))) return { status: 'not-found' };
  if (incoming.file.inspection.id !== inspectionId) {
    return {
      status: 'refused',
      errors: [{ path: 'inspection.id', message: 'is another inspection than the one addressed' }],
    };
  }
  const loaded = await loadMergeState(tx, inspectionId, [incoming]);
  if (loaded.status !== 'ok') {
    return { status: 'refused', errors: [{ path: '(the whole file)', message: loaded.message }] };
  }
  const plan = planMerge(loaded.state, [incoming], new Map(), {
    ...context,
    newCaseId: () => randomUUID(),
  });
  const [file] = plan.files;
  if (!file || file.status === 'refused') {
    return { status: 'refused', errors: file?.status === 'refused' ? file.errors : [] };
  }
  if (file.status === 'already-merged' || planWritesNothing(plan)) {
    const counts = file.status === 'ok' ? file.counts : emptyCounts();
    await audit(tx, record({ status: 'already-merged', counts }));
    return { status: 'already-merged', seq: await currentSeq(tx, inspectionId), counts };
  }
  const entry = record({ status: 'merged', counts: file.counts });
  const written = await applyMergeWrites(tx, inspectionId, plan.writes, entry);
  const readings = await applyModeration(tx, inspectionId, plan.writes.moderation, context.now);
  // The highest number written is the inspection's number now: it is locked (see writeLists).
  const seq = Math.max(written ?? 0, readings ?? 0) || (await currentSeq(tx, inspectionId));
  return { status: 'merged', seq, counts: file.counts };
}
