/**
 * Plans merging team files (inspectors' work, or a lead's pack) into one inspection on this
 * device, before anything is written: per file, which cases are new, updated or unchanged, and
 * which answers conflict; and the writes that carry it out, each record in its final state.
 *
 * - Files are merged oldest export first, each over what the ones before it left, so six files
 *   planned together give what merging them one by one would.
 * - Each answer follows `mergeAnswer` (revisions, never clocks). A conflict is settled by the
 *   lead's decision for it (`decisions`, keyed by the conflict's `key`); with none, both are
 *   kept for later: the conflict is recorded as open and the answer here stays.
 * - A case's status is merged the same way over its `#status` history entries (complete,
 *   reopen). Without any on either side, the further status wins; a moderated case stays so.
 * - A file already merged (its content hash), for another inspection or a framework version it
 *   never used, with cases of another inspection or a reference used by a different case here,
 *   is refused whole: it writes nothing. A file made for a version the inspection has since
 *   moved from is read through the moves (throughMoves.ts), and its plan says so.
 * - A case named by an id made from its reference (a file from before ids were random) is the
 *   case here with that reference (casesHere.ts).
 * - Planning the same files again over the result plans nothing: the merge is idempotent.
 * - A pack (lead → inspector) also brings the inspection's details and the cases' placing and
 *   assignment, when it is not older than what this device has; answers still only merge.
 *
 * Pure: the clock and who is merging come in `context`. Here: files, in order; one case is
 * mergeCase.ts (its conflicts caseConflicts.ts), refusals mergeRefusals.ts, the running state
 * mergeWorking.ts.
 */
import type { PackFile, WorkFile } from '../exchange/teamFiles';
import { frameworkKey } from '../framework/frameworkItems';
import { canonicalJson } from '../validation/canonicalJson';
import { readUnderIdsHere } from './casesHere';
import { type CaseOutcome, mergeCase } from './mergeCase';
import { refusals } from './mergeRefusals';
import type {
  CaseChange,
  FileCounts,
  FilePlan,
  IncomingFile,
  MergeConflict,
  MergeContext,
  MergeDecision,
  MergePlan,
  MergeState,
} from './mergeTypes';
import { Working } from './mergeWorking';
import { readThroughMoves } from './throughMoves';

type Counts = { -readonly [K in keyof FileCounts]: FileCounts[K] };

/** The counts of a file that changes nothing. */
export function emptyCounts(): Counts {
  return {
    newCases: 0,
    updatedCases: 0,
    unchangedCases: 0,
    answersTaken: 0,
    converged: 0,
    historyAdded: 0,
    conflicts: 0,
    decided: 0,
    keptForLater: 0,
    moderation: 0,
  };
}

function fileFrom(file: WorkFile | PackFile): { name: string; device: string } {
  return file.kind === 'work'
    ? { name: file.from.name, device: file.from.device }
    : { name: file.for.name, device: file.from.device };
}

/** Adds a case's outcome to its file's counts. */
function count(counts: Counts, outcome: CaseOutcome): void {
  if (outcome.change === 'new') counts.newCases++;
  else if (outcome.change === 'updated') counts.updatedCases++;
  else counts.unchangedCases++;
  counts.answersTaken += outcome.answersTaken;
  counts.converged += outcome.converged;
  counts.historyAdded += outcome.historyAdded;
  counts.conflicts += outcome.conflicts.length;
  counts.decided += outcome.decided;
  counts.keptForLater += outcome.keptForLater;
}

/** A pack's details win unless this device has newer ones (a later pack came first). */
function takePackDetails(w: Working, file: WorkFile | PackFile): boolean {
  if (file.kind !== 'pack') return false;
  const applyDetails = !w.inspection || file.inspection.updatedAt >= w.inspection.updatedAt;
  if (applyDetails && canonicalJson(w.inspection) !== canonicalJson(file.inspection)) {
    w.inspection = file.inspection;
    w.inspectionOut = file.inspection;
  }
  return applyDetails;
}

/** The file's second readings (work) or assignments (pack), handed to the moderation store. */
function handOverModeration(w: Working, incoming: IncomingFile): void {
  const { file } = incoming;
  if (file.moderation.length === 0) return;
  w.moderationOut.push(
    file.kind === 'pack'
      ? {
          kind: 'pack',
          fileId: incoming.id,
          fileName: incoming.name,
          assignments: file.moderation,
        }
      : { kind: 'work', fileId: incoming.id, fileName: incoming.name, readings: file.moderation },
  );
}

function mergeFile(
  w: Working,
  incoming: IncomingFile,
  decisions: ReadonlyMap<string, MergeDecision>,
  context: MergeContext,
): FilePlan & { status: 'ok' } {
  const { file } = incoming;
  const applyDetails = takePackDetails(w, file);
  const counts = emptyCounts();
  const changes: CaseChange[] = [];
  const conflicts: MergeConflict[] = [];
  for (const kase of file.cases) {
    const outcome = mergeCase(w, incoming, kase, applyDetails, decisions, context);
    count(counts, outcome);
    conflicts.push(...outcome.conflicts);
    if (outcome.change !== 'unchanged' || outcome.conflicts.length > 0) {
      changes.push({
        caseId: kase.id,
        ref: w.cases.get(kase.id)?.ref ?? kase.ref,
        change: outcome.change,
        answers: outcome.answersTaken + outcome.decided,
        conflicts: outcome.conflicts.length,
      });
    }
  }
  counts.moderation = file.moderation.length;
  handOverModeration(w, incoming);
  const from = fileFrom(file);
  w.filesOut.push({
    id: incoming.id,
    inspectionId: file.inspection.id,
    fileName: incoming.name.slice(0, 500),
    importedAt: context.now,
    summary: {
      kind: file.kind,
      exportedAt: file.exportedAt,
      from: from.name,
      device: from.device,
      counts: { ...counts },
    },
  });
  w.merged.add(incoming.id);
  return {
    status: 'ok',
    fileId: incoming.id,
    fileName: incoming.name,
    kind: file.kind,
    from: from.name,
    device: from.device,
    exportedAt: file.exportedAt,
    madeFor: frameworkKey(file.inspection.framework),
    counts,
    changes,
    conflicts,
  };
}

/** The order files are merged in: oldest export first (then by name, for a stable order). */
export function mergeOrder(files: readonly IncomingFile[]): IncomingFile[] {
  return [...files].sort((a, b) =>
    a.file.exportedAt !== b.file.exportedAt
      ? a.file.exportedAt < b.file.exportedAt
        ? -1
        : 1
      : a.name < b.name
        ? -1
        : a.name > b.name
          ? 1
          : 0,
  );
}

/**
 * How files merged together are taken: on a device, oldest export first (`mergeOrder`) under one
 * person's context; on the team server, pushes in the order they came, each under its pusher's
 * context, so each is what it would have been merged alone in its turn.
 */
export type MergeTurns = {
  readonly order: 'oldest-first' | 'as-given';
  readonly contextOf: (incoming: IncomingFile) => MergeContext;
};

export function planMerge(
  state: MergeState,
  files: readonly IncomingFile[],
  decisions: ReadonlyMap<string, MergeDecision>,
  context: MergeContext | MergeTurns,
): MergePlan {
  const turns: MergeTurns =
    'contextOf' in context ? context : { order: 'oldest-first', contextOf: () => context };
  const w = new Working(state);
  const plans: FilePlan[] = [];
  for (const incoming of turns.order === 'as-given' ? files : mergeOrder(files)) {
    const context = turns.contextOf(incoming);
    if (w.merged.has(incoming.id)) {
      plans.push({ status: 'already-merged', fileId: incoming.id, fileName: incoming.name });
      continue;
    }
    // Cases named by ids made from their reference (files from before) under the ids here.
    const here = readUnderIdsHere(w, incoming, context);
    const read = readThroughMoves(w, here);
    const errors = refusals(w, here, read);
    if (errors.length > 0) {
      plans.push({
        status: 'refused',
        fileId: incoming.id,
        fileName: incoming.name,
        errors: errors.slice(0, 100),
      });
      continue;
    }
    const plan = mergeFile(w, read, decisions, context);
    const madeFor = frameworkKey(incoming.file.inspection.framework);
    plans.push(
      read === here
        ? plan
        : { ...plan, madeFor, readInto: frameworkKey(read.file.inspection.framework) },
    );
  }
  const anything = plans.some((p) => p.status === 'ok');
  return {
    files: plans,
    writes: {
      framework: anything && !state.frameworkOnDevice ? state.framework : null,
      inspection: w.inspectionOut,
      cases: [...w.casesOut.values()],
      answers: [...w.answersOut.values()],
      history: w.historyOut,
      conflicts: [...w.conflictsOut.values()],
      files: w.filesOut,
      moderation: w.moderationOut,
    },
  };
}

/** Whether a plan writes anything at all. */
export function planWritesNothing(plan: MergePlan): boolean {
  const { writes } = plan;
  return (
    writes.framework === null &&
    writes.inspection === null &&
    writes.cases.length === 0 &&
    writes.answers.length === 0 &&
    writes.history.length === 0 &&
    writes.conflicts.length === 0 &&
    writes.files.length === 0 &&
    writes.moderation.length === 0
  );
}
