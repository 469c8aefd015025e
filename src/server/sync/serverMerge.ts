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
  type MergeState,
  type MergeWrites,
  type ModerationCase,
  planMerge,
  type ValidationError,
} from '../../core';
import type { AuditEntry } from '../audit/auditLog';
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
  /** When each file's hand-over is taken, by the file's id. */
  nowOf: (fileId: string) => string,
): Promise<number | null> {
  if (moderation.length === 0) return null;
  const held = new Map((await moderationRecords(tx, inspectionId)).map((r) => [r.id, r]));
  const changed = new Map<string, ModerationCase>();
  for (const handOver of moderation) {
    const now = nowOf(handOver.fileId);
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

/** One file to merge into the inspection: what it is, whose it is, and what it records. */
export type ServerMerge = {
  readonly incoming: IncomingFile;
  readonly context: Omit<MergeContext, 'newCaseId'>;
  readonly record: MergeRecord;
};

const REFUSED_ELSEWHERE: ServerMergeOutcome = {
  status: 'refused',
  errors: [{ path: 'inspection.id', message: 'is another inspection than the one addressed' }],
};

/**
 * Merges the files given into the inspection held on the server, inside `tx`, as if each were
 * merged alone in the order given (core's merge takes them in turn, each over what the one
 * before changed, each under its own context), and records each taken in the audit log. The
 * inspection is read ONCE and written ONCE for them all: merges into one inspection wait for its
 * lock, and round trips made while holding it are what the next push waits for. A file refused
 * writes nothing and the others go on. `locked`: `tx` already holds the inspection's lock.
 * Answers each file's outcome, in the order given; `seq` is the inspection's number after them all.
 */
export async function mergeOnServer(
  tx: Queryable,
  inspectionId: string,
  merges: readonly ServerMerge[],
  locked = false,
): Promise<ServerMergeOutcome[]> {
  if (!locked && !(await lockInspection(tx, inspectionId))) {
    return merges.map(() => ({ status: 'not-found' }));
  }
  const here = merges.filter((m) => m.incoming.file.inspection.id === inspectionId);
  const outcomes = new Map<ServerMerge, ServerMergeOutcome>();
  if (here.length > 0) {
    const loaded = await loadMergeState(
      tx,
      inspectionId,
      here.map((m) => m.incoming),
    );
    if (loaded.status === 'ok') {
      const merged = await planAndWrite(tx, inspectionId, here, loaded.state);
      for (const [n, m] of here.entries()) outcomes.set(m, merged[n]!);
    } else if (here.length === 1) {
      const errors = [{ path: '(the whole file)', message: loaded.message }];
      outcomes.set(here[0]!, { status: 'refused', errors });
    } else {
      // Read together, the files could not be planned against one framework: each alone says why.
      for (const m of here) outcomes.set(m, (await mergeOnServer(tx, inspectionId, [m], true))[0]!);
    }
  }
  return merges.map((m) => outcomes.get(m) ?? REFUSED_ELSEWHERE);
}

/** Plans the merges over `state` in their order and writes what they change, in one statement. */
async function planAndWrite(
  tx: Queryable,
  inspectionId: string,
  merges: readonly ServerMerge[],
  state: MergeState,
): Promise<ServerMergeOutcome[]> {
  const byFile = new Map(merges.map((m) => [m.incoming, m]));
  const plan = planMerge(
    state,
    merges.map((m) => m.incoming),
    new Map(),
    {
      order: 'as-given',
      contextOf: (incoming) => ({ ...byFile.get(incoming)!.context, newCaseId: randomUUID }),
    },
  );
  const entries: AuditEntry[] = [];
  const taken = plan.files.map((file, n) => {
    if (file.status === 'refused') return file;
    const status = file.status === 'ok' ? ('merged' as const) : ('already-merged' as const);
    const counts = file.status === 'ok' ? file.counts : emptyCounts();
    entries.push(merges[n]!.record({ status, counts }));
    return { status, counts };
  });
  const written = await applyMergeWrites(tx, inspectionId, plan.writes, entries);
  // Each second reading handed over is stamped with its own push's time, as alone.
  const nowOf = new Map(merges.map((m) => [m.incoming.id, m.context.now]));
  const readings = await applyModeration(
    tx,
    inspectionId,
    plan.writes.moderation,
    (fileId) => nowOf.get(fileId)!,
  );
  // The highest number written is the inspection's number now: it is locked (see writeLists).
  const seq = Math.max(written ?? 0, readings ?? 0) || (await currentSeq(tx, inspectionId));
  return taken.map(
    (t): ServerMergeOutcome =>
      t.status === 'refused' ? { status: 'refused', errors: t.errors } : { ...t, seq },
  );
}
