/**
 * Merging team files on this device: inspectors' work on the lead's, a lead's pack on an
 * inspector's. The rules are core's (`planMerge`); this module reads what the device holds,
 * previews, and applies. Files are opened by teamFileOpening.ts; conflicts kept for later are
 * listed and resolved by mergeConflicts.ts.
 *
 * - Preview (`previewMerge`): the plan over what is stored now, in a read-only transaction.
 *   Nothing is written.
 * - Commit (`commitMerge`): ONE read-write transaction reads the device again, plans again with
 *   the lead's decisions, and writes everything — cases verbatim through the case status
 *   writer's `restoreCases`, answers and history verbatim through the answer writer's
 *   `restoreAnswers`, open conflicts, the files' content hashes in `imports`, and the
 *   moderation records through the moderation store — or nothing at all (a failure, a closed
 *   tab, a killed browser roll it back).
 * - Merging the same file again finds its hash in `imports` and writes nothing; were the hash
 *   lost, the plan itself would find nothing to do.
 */
import {
  arrivingCaseIds,
  earlierFrameworkKeys,
  type FilePlan,
  frameworkForMerge,
  frameworkKey,
  type IncomingFile,
  type MergeContext,
  type MergeDecision,
  type MergePlan,
  type MergeState,
  type MergeWrites,
  mergeFrameworkKey,
  mergeStateOf,
  packAmong,
  planMerge,
  planWritesNothing,
  plural,
} from '../../core';
import { answerTables, inspectionAnswers } from '../cases/answerStore';
import { restoreAnswers } from '../cases/answerWriter';
import { restoreCases } from '../cases/caseStatusWriter';
import { database, retrying } from '../connection';
import type { CaseAuditDatabase, FrameworkRecord } from '../database';
import { learnDeviceNames } from '../device/identityStore';
import { requestPersistenceOnFirstWrite } from '../device/storageStatus';
import { contentHash } from '../frameworks/frameworkStore';
import { keepPackAutoLock } from '../inspections/packAutoLock';
import { importModerationAssignments, mergeSecondReadings } from '../moderation/moderationExchange';
import { type Failed, failed } from '../writeOutcome';

// Reading what the device holds -----------------------------------------------------------------

const MERGE_TABLES = (db: CaseAuditDatabase) => [
  db.frameworks,
  db.inspections,
  db.cases,
  ...answerTables(db),
  db.answerHistory,
  db.conflicts,
  db.imports,
  db.moderation,
  db.meta,
];

type Loaded =
  | { readonly status: 'ok'; readonly state: MergeState }
  | { readonly status: 'refused'; readonly message: string };

/** What the device holds of an inspection, inside the caller's transaction. */
async function loadState(
  db: CaseAuditDatabase,
  inspectionId: string,
  files: readonly IncomingFile[],
): Promise<Loaded> {
  const inspection = (await db.inspections.get(inspectionId)) ?? null;
  const pack = packAmong(files);
  const key = mergeFrameworkKey(inspection, pack);
  const stored = key === null ? undefined : await db.frameworks.get(key);
  const chosen = frameworkForMerge(inspection, pack, stored?.framework ?? null);
  if (chosen.status !== 'ok') return chosen;
  const [cases, answers, history, openConflicts, mergedFiles] = await Promise.all([
    db.cases.where('inspectionId').equals(inspectionId).toArray(),
    inspectionAnswers(db, inspectionId),
    db.answerHistory.where('inspectionId').equals(inspectionId).toArray(),
    db.conflicts.where('[inspectionId+status]').equals([inspectionId, 'open']).toArray(),
    db.imports.where('inspectionId').equals(inspectionId).primaryKeys(),
  ]);
  const arriving = await db.cases.bulkGet(arrivingCaseIds(files, cases));
  const earlierFrameworks = await db.frameworks.bulkGet(earlierFrameworkKeys(inspection));
  return {
    status: 'ok',
    state: mergeStateOf({
      inspectionId,
      inspection,
      framework: chosen.framework,
      frameworkOnDevice: chosen.frameworkOnDevice,
      cases,
      answers,
      history,
      arriving,
      openConflicts,
      mergedFiles,
      earlierFrameworks,
    }),
  };
}

// Preview and commit ------------------------------------------------------------------------------

export type PreviewOutcome =
  | { readonly status: 'ok'; readonly files: readonly FilePlan[] }
  | { readonly status: 'refused'; readonly message: string };

/** A case arriving from a file made before case ids were random gets a random id here. */
function randomIds(who: MergeContext): MergeContext {
  return who.newCaseId ? who : { ...who, newCaseId: () => crypto.randomUUID() };
}

/** The whole plan (writes included) over what is stored now, as a commit would make it. */
export async function planMergeHere(
  inspectionId: string,
  files: readonly IncomingFile[],
  decisions: ReadonlyMap<string, MergeDecision>,
  who: MergeContext,
): Promise<
  | { readonly status: 'ok'; readonly plan: MergePlan }
  | { readonly status: 'refused'; readonly message: string }
> {
  const db = database();
  return db.transaction('r', MERGE_TABLES(db), async () => {
    const loaded = await loadState(db, inspectionId, files);
    if (loaded.status !== 'ok') return loaded;
    return {
      status: 'ok' as const,
      plan: planMerge(loaded.state, files, decisions, randomIds(who)),
    };
  });
}

/** What merging the files would do, over what is stored now. Writes nothing. */
export async function previewMerge(
  inspectionId: string,
  files: readonly IncomingFile[],
  decisions: ReadonlyMap<string, MergeDecision>,
  who: MergeContext,
): Promise<PreviewOutcome> {
  const planned = await planMergeHere(inspectionId, files, decisions, who);
  return planned.status === 'ok' ? { status: 'ok', files: planned.plan.files } : planned;
}

export type MergeProgress = {
  readonly phase: 'reading' | 'writing';
  readonly done: number;
  readonly total: number;
};

export type CommitOutcome =
  | {
      readonly status: 'merged';
      readonly files: readonly FilePlan[];
      /** Whether anything was written at all (merging only known files writes nothing). */
      readonly wrote: boolean;
      readonly moderation: readonly string[];
    }
  | { readonly status: 'refused'; readonly message: string }
  | Failed;

/** Writes a plan's records inside the caller's transaction. */
async function applyWrites(
  db: CaseAuditDatabase,
  inspectionId: string,
  writes: MergeWrites,
  context: MergeContext,
  /** A pack that brings the inspection here: whom it is for, the scorer on this device. */
  recipient: string | null,
  onProgress: (done: number, total: number) => void,
  /** Content hashes of the packs' frameworks, by `id@version`, made before the transaction. */
  hashes: ReadonlyMap<string, string> = new Map(),
): Promise<string[]> {
  if (writes.framework) {
    const f = writes.framework;
    const hash = hashes.get(frameworkKey(f));
    const record: FrameworkRecord = {
      key: frameworkKey(f),
      id: f.id,
      version: f.version,
      title: f.title,
      builtIn: false,
      addedAt: context.now,
      framework: f,
      ...(hash === undefined ? {} : { hash }),
    };
    await db.frameworks.put(record);
  }
  if (writes.inspection) await db.inspections.put(writes.inspection);
  const total = writes.cases.length + writes.answers.length + writes.history.length;
  let casesDone = 0;
  let answersDone = 0;
  const report = () => onProgress(casesDone + answersDone, total);
  // Queued together, so storage never waits on a round trip between them.
  const requests: Promise<unknown>[] = [
    restoreCases(writes.cases, 'replace', (done) => {
      casesDone = done;
      report();
    }),
  ];
  requests.push(
    restoreAnswers(writes.answers, writes.history, (done) => {
      answersDone = done;
      report();
    }),
  );
  if (writes.conflicts.length > 0) requests.push(db.conflicts.bulkPut([...writes.conflicts]));
  if (writes.files.length > 0) requests.push(db.imports.bulkPut([...writes.files]));
  await Promise.all(requests);
  const notes: string[] = [];
  const now = () => new Date(context.now);
  for (const handOver of writes.moderation) {
    if (handOver.kind === 'pack') {
      const r = await importModerationAssignments(inspectionId, handOver.assignments, now);
      if (r.added + r.updated > 0) {
        notes.push(`${handOver.fileName}: ${plural(r.added + r.updated, 'second reading')} to do`);
      }
    } else {
      const r = await mergeSecondReadings(inspectionId, handOver.readings, now);
      if (r.merged.length > 0) {
        notes.push(`${handOver.fileName}: ${plural(r.merged.length, 'second reading')} merged`);
      }
      for (const skipped of r.skipped) notes.push(`${handOver.fileName}: ${skipped.message}`);
    }
  }
  // A pack that brings an inspection here also says who scores in it on this device.
  if (recipient !== null && !(await db.meta.get(`scorer:${inspectionId}`))) {
    await db.meta.put({ key: `scorer:${inspectionId}`, value: recipient });
  }
  return notes;
}

/** Keeps the device names of the files merged (or merged before); refused files teach nothing. */
function learnNames(files: readonly IncomingFile[], plans: readonly FilePlan[]): Promise<void> {
  const taken = new Set(plans.filter((p) => p.status !== 'refused').map((p) => p.fileId));
  return learnDeviceNames(files.filter((f) => taken.has(f.id)).map((f) => f.file.devices)).catch(
    () => undefined,
  );
}

/**
 * Merges the files in ONE transaction, with the lead's decisions (conflicts without one are
 * kept for later). Refused files and files already merged are left out; the rest all go in, or
 * (on any failure) none of them.
 */
export async function commitMerge(
  inspectionId: string,
  files: readonly IncomingFile[],
  decisions: ReadonlyMap<string, MergeDecision>,
  who: MergeContext,
  onProgress: (progress: MergeProgress) => void = () => undefined,
): Promise<CommitOutcome> {
  try {
    // A pack may bring its framework to this device: hashed here, as a transaction cannot wait.
    const packs = files.flatMap((f) => (f.file.kind === 'pack' ? [f.file.framework] : []));
    const hashes = new Map(
      await Promise.all(packs.map(async (f) => [frameworkKey(f), await contentHash(f)] as const)),
    );
    const outcome = await retrying((db) =>
      db.transaction('rw', MERGE_TABLES(db), async (): Promise<CommitOutcome> => {
        onProgress({ phase: 'reading', done: 0, total: 0 });
        const loaded = await loadState(db, inspectionId, files);
        if (loaded.status !== 'ok') return loaded;
        const plan = planMerge(loaded.state, files, decisions, randomIds(who));
        if (planWritesNothing(plan)) {
          return { status: 'merged', files: plan.files, wrote: false, moderation: [] };
        }
        const pack = files.find((f) => f.file.kind === 'pack');
        const recipient =
          !loaded.state.inspection && pack?.file.kind === 'pack' ? pack.file.for.inspectorId : null;
        const notes = await applyWrites(
          db,
          inspectionId,
          plan.writes,
          who,
          recipient,
          (done, total) => onProgress({ phase: 'writing', done, total }),
          hashes,
        );
        // The lead's auto-lock setting travels with the pack's details (the newer pack's wins).
        const held = loaded.state.inspection;
        if (
          pack?.file.kind === 'pack' &&
          plan.files.some((p) => p.fileId === pack.id && p.status !== 'refused') &&
          (!held || pack.file.inspection.updatedAt >= held.updatedAt)
        ) {
          await keepPackAutoLock(db, pack.file);
        }
        return { status: 'merged', files: plan.files, wrote: true, moderation: notes };
      }),
    );
    if (outcome.status === 'merged' && outcome.wrote) void requestPersistenceOnFirstWrite('import');
    if (outcome.status === 'merged') await learnNames(files, outcome.files);
    return outcome;
  } catch (error) {
    return failed(error);
  }
}
