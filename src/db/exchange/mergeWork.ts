/**
 * Merging team files on this device: inspectors' work on the lead's, a lead's pack on an
 * inspector's. The rules are core's (`planMerge`); this module reads what the device holds,
 * previews, and applies.
 *
 * - Opening: a file's text is read (`openTeamFile`); a passphrase-protected one waits for its
 *   passphrase (`unlockTeamFile`: a wrong one changes nothing and says so).
 * - Preview (`previewMerge`): the plan over what is stored now, in a read-only transaction.
 *   Nothing is written.
 * - Commit (`commitMerge`): ONE read-write transaction reads the device again, plans again with
 *   the lead's decisions, and writes everything — cases, answers and history verbatim through
 *   caseStore's `restoreAnswers`, open conflicts, the files' content hashes in `imports`, and
 *   the moderation records through the moderation store — or nothing at all (a failure, a
 *   closed tab, a killed browser roll it back).
 * - Merging the same file again finds its hash in `imports` and writes nothing; were the hash
 *   lost, the plan itself would find nothing to do.
 * - Conflicts kept for later are resolved from the list (`resolveConflict`), in one transaction
 *   each.
 */
import {
  type Answer,
  type ConflictRecord,
  canonicalJson,
  decryptFileText,
  type EncryptedFile,
  type FilePlan,
  type Framework,
  frameworkKey,
  type HistoryEntry,
  INSPECTION_FILE_MAX_BYTES,
  type IncomingFile,
  isEncryptedFileValue,
  type MergeCase,
  type MergeContext,
  type MergeDecision,
  type MergePlan,
  type MergeState,
  type MergeWrites,
  type PackFile,
  parseJsonText,
  planMerge,
  planWritesNothing,
  plural,
  readEncryptedFileValue,
  readTeamFileValue,
  resolveOpenConflict,
  STATUS_HISTORY_ITEM,
  type ValidationError,
} from '../../core';
import { restoreAnswers } from '../cases/caseStore';
import { classifyWriteError, database, retrying, type WriteFailure } from '../connection';
import type { CaseAuditDatabase, FrameworkRecord } from '../database';
import { learnDeviceNames } from '../device/identityStore';
import { requestPersistenceOnFirstWrite } from '../device/storageStatus';
import { importModerationAssignments, mergeSecondReadings } from '../moderation/moderationExchange';
import { historyEntryOf } from './exportContents';
import { webSha256 } from './inspectionExport';

// Opening files ---------------------------------------------------------------------------------

export type OpenedTeamFile =
  | {
      readonly status: 'invalid';
      readonly name: string;
      readonly errors: readonly ValidationError[];
    }
  /** Protected with a passphrase: `unlockTeamFile` opens it. */
  | {
      readonly status: 'locked';
      readonly name: string;
      readonly encrypted: EncryptedFile;
      /** Set after a wrong passphrase. */
      readonly error?: string;
    }
  /** A whole inspection: imported as such, not merged. */
  | { readonly status: 'inspection'; readonly name: string; readonly text: string }
  | { readonly status: 'ready'; readonly name: string; readonly incoming: IncomingFile };

const TEAM_LIMITS = { maxBytes: INSPECTION_FILE_MAX_BYTES, maxDepth: 64 };

async function openValue(name: string, text: string, value: unknown): Promise<OpenedTeamFile> {
  if (isEncryptedFileValue(value)) {
    const read = readEncryptedFileValue(value);
    if (read.status !== 'ok') return { status: 'invalid', name, errors: read.errors };
    return { status: 'locked', name, encrypted: read.value };
  }
  const read = await readTeamFileValue(value, webSha256);
  if (read.status !== 'ok') return { status: 'invalid', name, errors: read.errors };
  if (read.value.kind === 'inspection') return { status: 'inspection', name, text };
  return {
    status: 'ready',
    name,
    incoming: { id: read.value.file.checksum, name, file: read.value.file },
  };
}

/** Reads a file's text: a team file ready to merge, one waiting for its passphrase, or why not. */
export async function openTeamFile(name: string, text: string): Promise<OpenedTeamFile> {
  const json = parseJsonText(text, TEAM_LIMITS, 'Case Audit file');
  if (json.status !== 'ok') return { status: 'invalid', name, errors: json.errors };
  return openValue(name, text, json.value);
}

/** Opens a protected file with a passphrase. A wrong one leaves it locked, saying so. */
export async function unlockTeamFile(
  name: string,
  encrypted: EncryptedFile,
  passphrase: string,
): Promise<OpenedTeamFile> {
  const opened = await decryptFileText(encrypted, passphrase, crypto);
  if (opened.status !== 'ok') {
    return {
      status: 'locked',
      name,
      encrypted,
      error: opened.errors[0]?.message ?? 'The passphrase is not right for this file.',
    };
  }
  const json = parseJsonText(opened.value, TEAM_LIMITS, 'Case Audit file');
  if (json.status !== 'ok') return { status: 'invalid', name, errors: json.errors };
  if (isEncryptedFileValue(json.value)) {
    return {
      status: 'invalid',
      name,
      errors: [{ path: '(the whole file)', message: 'holds another protected file inside' }],
    };
  }
  return openValue(name, opened.value, json.value);
}

// Reading what the device holds -----------------------------------------------------------------

const MERGE_TABLES = (db: CaseAuditDatabase) => [
  db.frameworks,
  db.inspections,
  db.cases,
  db.answers,
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
  const pack = files.find((f): f is IncomingFile & { file: PackFile } => f.file.kind === 'pack');
  let framework: Framework;
  let frameworkOnDevice: boolean;
  if (inspection) {
    const key = frameworkKey(inspection.framework);
    const record = await db.frameworks.get(key);
    if (!record) {
      return {
        status: 'refused',
        message: `The framework this inspection is pinned to (${key}) is not on this device.`,
      };
    }
    framework = record.framework;
    frameworkOnDevice = true;
  } else if (pack) {
    const key = frameworkKey(pack.file.framework);
    const record = await db.frameworks.get(key);
    if (record && canonicalJson(record.framework) !== canonicalJson(pack.file.framework)) {
      return {
        status: 'refused',
        message: `This device has a different framework under the same name and version (${key}). A published version never changes, so one of the two has been altered: check which is right before importing.`,
      };
    }
    framework = record?.framework ?? pack.file.framework;
    frameworkOnDevice = record !== undefined;
  } else {
    return { status: 'refused', message: 'This inspection is not on this device.' };
  }
  const [caseRows, answerRows, historyRows, openRows, imported] = await Promise.all([
    db.cases.where('inspectionId').equals(inspectionId).toArray(),
    db.answers.where('inspectionId').equals(inspectionId).toArray(),
    db.answerHistory.where('inspectionId').equals(inspectionId).toArray(),
    db.conflicts.where('[inspectionId+status]').equals([inspectionId, 'open']).toArray(),
    db.imports.where('inspectionId').equals(inspectionId).primaryKeys(),
  ]);
  const cases = new Map<
    string,
    MergeCase & { answers: Record<string, unknown>; history: HistoryEntry[] }
  >();
  for (const row of caseRows) cases.set(row.id, { ...row, answers: {}, history: [] });
  for (const { caseId, inspectionId: _i, itemId, ...answer } of answerRows) {
    const kase = cases.get(caseId);
    if (kase) (kase.answers as Record<string, typeof answer>)[itemId] = answer;
  }
  historyRows.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  for (const row of historyRows) cases.get(row.caseId)?.history.push(historyEntryOf(row));
  const incomingIds = [...new Set(files.flatMap((f) => f.file.cases.map((c) => c.id)))].filter(
    (id) => !cases.has(id),
  );
  const elsewhere = (await db.cases.bulkGet(incomingIds)).filter(
    (c) => c !== undefined && c.inspectionId !== inspectionId,
  );
  return {
    status: 'ok',
    state: {
      inspection,
      framework,
      frameworkOnDevice,
      cases,
      foreignCaseIds: new Set(elsewhere.map((c) => c!.id)),
      openConflicts: openRows,
      mergedFiles: new Set(imported),
    },
  };
}

// Preview and commit ------------------------------------------------------------------------------

export type PreviewOutcome =
  | { readonly status: 'ok'; readonly files: readonly FilePlan[] }
  | { readonly status: 'refused'; readonly message: string };

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
    return { status: 'ok' as const, plan: planMerge(loaded.state, files, decisions, who) };
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
  | { readonly status: 'failed'; readonly reason: WriteFailure; readonly detail: string };

/** Writes a plan's records inside the caller's transaction. */
async function applyWrites(
  db: CaseAuditDatabase,
  inspectionId: string,
  writes: MergeWrites,
  context: MergeContext,
  /** A pack that brings the inspection here: whom it is for, the scorer on this device. */
  recipient: string | null,
  onProgress: (done: number, total: number) => void,
): Promise<string[]> {
  if (writes.framework) {
    const f = writes.framework;
    const record: FrameworkRecord = {
      key: frameworkKey(f),
      id: f.id,
      version: f.version,
      title: f.title,
      builtIn: false,
      addedAt: context.now,
      framework: f,
    };
    await db.frameworks.put(record);
  }
  if (writes.inspection) await db.inspections.put(writes.inspection);
  const total = writes.cases.length + writes.answers.length + writes.history.length;
  let casesDone = 0;
  let answersDone = 0;
  const report = () => onProgress(casesDone + answersDone, total);
  // Queued together, so storage never waits on a round trip between them.
  const requests: Promise<unknown>[] = [];
  for (let i = 0; i < writes.cases.length; i += 2_000) {
    const chunk = writes.cases.slice(i, i + 2_000);
    requests.push(
      db.cases.bulkPut(chunk).then(() => {
        casesDone += chunk.length;
        report();
      }),
    );
  }
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
    const outcome = await retrying((db) =>
      db.transaction('rw', MERGE_TABLES(db), async (): Promise<CommitOutcome> => {
        onProgress({ phase: 'reading', done: 0, total: 0 });
        const loaded = await loadState(db, inspectionId, files);
        if (loaded.status !== 'ok') return loaded;
        const plan = planMerge(loaded.state, files, decisions, who);
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
        );
        return { status: 'merged', files: plan.files, wrote: true, moderation: notes };
      }),
    );
    if (outcome.status === 'merged' && outcome.wrote) void requestPersistenceOnFirstWrite('import');
    if (outcome.status === 'merged') await learnNames(files, outcome.files);
    return outcome;
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { status: 'failed', reason: classifyWriteError(error), detail };
  }
}

// Conflicts kept for later ------------------------------------------------------------------------

/** The open conflicts of an inspection, case by case. */
export async function openConflicts(inspectionId: string): Promise<ConflictRecord[]> {
  const rows = await database()
    .conflicts.where('[inspectionId+status]')
    .equals([inspectionId, 'open'])
    .toArray();
  return rows.sort((a, b) =>
    a.caseId !== b.caseId ? (a.caseId < b.caseId ? -1 : 1) : a.itemId < b.itemId ? -1 : 1,
  );
}

/** An open conflict with this device's answer as it is now (it may have changed since). */
export type OpenConflict = ConflictRecord & { readonly current: Answer | null };

/** The open conflicts of an inspection, each with the answer here now. */
export async function openConflictsNow(inspectionId: string): Promise<OpenConflict[]> {
  const db = database();
  return db.transaction('r', [db.conflicts, db.answers, db.cases], async () => {
    const conflicts = await openConflicts(inspectionId);
    const [answers, cases] = await Promise.all([
      db.answers.bulkGet(conflicts.map((c) => [c.caseId, c.itemId] as [string, string])),
      db.cases.bulkGet(conflicts.map((c) => c.caseId)),
    ]);
    return conflicts.map((c, i) => {
      if (c.itemId === STATUS_HISTORY_ITEM) {
        const status = cases[i]?.status;
        return { ...c, current: status && c.mine ? { ...c.mine, value: status } : c.mine };
      }
      const row = answers[i];
      if (!row) return { ...c, current: null };
      const { caseId: _c, inspectionId: _i, itemId: _t, ...answer } = row;
      return { ...c, current: answer };
    });
  });
}

/** Every conflict of a case, open or resolved, newest first. */
export async function conflictsOfCase(caseId: string): Promise<ConflictRecord[]> {
  const rows = await database().conflicts.where('caseId').equals(caseId).toArray();
  return rows.sort((a, b) =>
    a.detectedAt < b.detectedAt ? 1 : a.detectedAt > b.detectedAt ? -1 : 0,
  );
}

export type ResolveOutcome =
  | { readonly status: 'resolved'; readonly conflict: ConflictRecord }
  | { readonly status: 'missing'; readonly message: string }
  | { readonly status: 'failed'; readonly reason: WriteFailure; readonly detail: string };

/** Resolves a conflict kept for later: keep mine (the answer here now) or keep theirs. */
export async function resolveConflict(
  conflictId: string,
  keep: 'mine' | 'theirs',
  who: MergeContext,
): Promise<ResolveOutcome> {
  try {
    const outcome = await retrying((db) =>
      db.transaction(
        'rw',
        [db.cases, db.answers, db.answerHistory, db.conflicts],
        async (): Promise<ResolveOutcome> => {
          const conflict = await db.conflicts.get(conflictId);
          if (conflict?.status !== 'open') {
            return { status: 'missing', message: 'This conflict has been resolved already.' };
          }
          const caseRow = await db.cases.get(conflict.caseId);
          if (!caseRow)
            return { status: 'missing', message: 'This case is no longer on this device.' };
          const [answers, history] = await Promise.all([
            db.answers.where('caseId').equals(caseRow.id).toArray(),
            db.answerHistory.where('caseId').equals(caseRow.id).toArray(),
          ]);
          history.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
          const kase: MergeCase = {
            ...caseRow,
            answers: Object.fromEntries(
              answers.map(({ caseId: _c, inspectionId: _i, itemId, ...a }) => [itemId, a]),
            ),
            history: history.map(historyEntryOf),
          };
          const resolution = resolveOpenConflict(conflict, kase, keep, who);
          await db.cases.put(resolution.caseRecord);
          await restoreAnswers(resolution.answer ? [resolution.answer] : [], [
            ...resolution.history,
          ]);
          await db.conflicts.put(resolution.conflict);
          return { status: 'resolved', conflict: resolution.conflict };
        },
      ),
    );
    return outcome;
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { status: 'failed', reason: classifyWriteError(error), detail };
  }
}
