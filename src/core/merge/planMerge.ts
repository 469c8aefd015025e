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
 * - A file already merged (its content hash), for another inspection or framework version,
 *   with cases of another inspection or a reference used by a different case here, is refused
 *   whole: it writes nothing.
 * - Planning the same files again over the result plans nothing: the merge is idempotent.
 * - A pack (lead → inspector) also brings the inspection's details and the cases' placing and
 *   assignment, when it is not older than what this device has; answers still only merge.
 *
 * Pure: the clock and who is merging come in `context`.
 */
import { type HistoryEntry, STATUS_HISTORY_ITEM } from '../exchange/inspectionFile';
import {
  checkTeamCases,
  fileInspectionMismatch,
  type PackFile,
  type WorkFile,
} from '../exchange/teamFiles';
import type { Answer, Case, CaseStatus, Inspection } from '../inspection/inspectionSchema';
import { canonicalJson } from '../validation/canonicalJson';
import type { ValidationError } from '../validation/validationResult';
import type { ConflictRecord } from './conflictRecord';
import { arrivedEntry, decideConflict } from './decideConflict';
import { type AnswerSide, mergeAnswer } from './mergeAnswer';
import type {
  AnswerRow,
  CaseChange,
  FileCounts,
  FilePlan,
  HistoryRow,
  IncomingFile,
  MergeCase,
  MergeConflict,
  MergeContext,
  MergeDecision,
  MergedFileRecord,
  MergePlan,
  MergeState,
  ModerationHandOver,
} from './mergeTypes';
import { holds, revisionsOf } from './revisions';

const STATUS_RANK: Record<CaseStatus, number> = {
  'not-started': 0,
  'in-progress': 1,
  complete: 2,
  moderated: 3,
};

type IncomingCase = WorkFile['cases'][number];

function caseDetails(kase: MergeCase | IncomingCase): Case {
  return {
    id: kase.id,
    inspectionId: kase.inspectionId,
    ref: kase.ref,
    areaId: kase.areaId,
    stratumId: kase.stratumId,
    inspectorId: kase.inspectorId,
    status: kase.status,
    role: kase.role,
    createdAt: kase.createdAt,
    updatedAt: kase.updatedAt,
  };
}

function byItem(history: readonly HistoryEntry[]): Map<string, HistoryEntry[]> {
  const map = new Map<string, HistoryEntry[]>();
  for (const e of history) {
    const list = map.get(e.itemId);
    if (list) list.push(e);
    else map.set(e.itemId, [e]);
  }
  return map;
}

function fileInspection(file: WorkFile | PackFile): Pick<Inspection, 'id' | 'title' | 'framework'> {
  return file.inspection;
}

function fileFrom(file: WorkFile | PackFile): { name: string; device: string } {
  return file.kind === 'work'
    ? { name: file.from.name, device: file.from.device }
    : { name: file.for.name, device: file.from.device };
}

/** The merge's running state: this device as the files merged so far have left it. */
class Working {
  inspection: Inspection | null;
  readonly cases: Map<string, MergeCase>;
  readonly refs: Map<string, string>;
  readonly open: Map<string, ConflictRecord>;
  readonly merged: Set<string>;
  // Writes, each record in its latest state.
  inspectionOut: Inspection | null = null;
  readonly casesOut = new Map<string, Case>();
  readonly answersOut = new Map<string, AnswerRow>();
  readonly historyOut: HistoryRow[] = [];
  readonly conflictsOut = new Map<string, ConflictRecord>();
  readonly filesOut: MergedFileRecord[] = [];
  readonly moderationOut: ModerationHandOver[] = [];

  constructor(readonly state: MergeState) {
    this.inspection = state.inspection;
    this.cases = new Map(state.cases);
    this.refs = new Map([...state.cases.values()].map((c) => [c.ref.toLowerCase(), c.id]));
    this.open = new Map(
      state.openConflicts.filter((c) => c.status === 'open').map((c) => [c.id, c]),
    );
    this.merged = new Set(state.mergedFiles);
  }

  openFor(caseId: string, itemId: string): ConflictRecord[] {
    return [...this.open.values()].filter((c) => c.caseId === caseId && c.itemId === itemId);
  }

  putConflict(record: ConflictRecord) {
    if (record.status === 'open') this.open.set(record.id, record);
    else this.open.delete(record.id);
    this.conflictsOut.set(record.id, record);
  }
}

/** Reasons to refuse a file whole, found before anything of it is planned. */
function refusals(w: Working, incoming: IncomingFile): ValidationError[] {
  const { file } = incoming;
  const errors: ValidationError[] = [];
  const whole = (message: string) => errors.push({ path: '(the whole file)', message });
  if (w.inspection) {
    const mismatch = fileInspectionMismatch(fileInspection(file), w.inspection);
    if (mismatch) return [{ path: 'inspection', message: mismatch }];
  } else if (file.kind === 'work') {
    whole('The inspection this work belongs to is not on this device.');
    return errors;
  }
  if (file.kind === 'work') {
    errors.push(...checkTeamCases(file.cases, file.inspection.id, w.state.framework));
    if (errors.length > 0) return errors;
  }
  const inspection = w.inspection ?? (file.kind === 'pack' ? file.inspection : null);
  const areas = new Set(inspection?.areas.map((a) => a.id));
  const strata = new Set(inspection?.strata.map((s) => s.id));
  const team = new Set(inspection?.team.map((m) => m.id));
  file.cases.forEach((kase, i) => {
    const at = `cases[${i}]`;
    if (w.state.foreignCaseIds.has(kase.id)) {
      errors.push({
        path: `${at}.id`,
        message: `Case ${kase.ref} has the id of a case of another inspection on this device, so this file cannot be merged here.`,
      });
      return;
    }
    if (w.cases.has(kase.id)) return;
    const other = w.refs.get(kase.ref.toLowerCase());
    if (other !== undefined && other !== kase.id) {
      errors.push({
        path: `${at}.ref`,
        message: `Case ${kase.ref} in this file is a different case from ${kase.ref} on this device (they were added separately). Rename one of them before merging.`,
      });
    }
    if (file.kind === 'work') {
      if (!areas.has(kase.areaId)) {
        errors.push({
          path: `${at}.areaId`,
          message: `Case ${kase.ref} is in area "${kase.areaId}", which this inspection does not have.`,
        });
      }
      if (kase.stratumId !== null && !strata.has(kase.stratumId)) {
        errors.push({
          path: `${at}.stratumId`,
          message: `Case ${kase.ref} is in stratum "${kase.stratumId}", which this inspection does not have.`,
        });
      }
      if (kase.inspectorId !== null && !team.has(kase.inspectorId)) {
        errors.push({
          path: `${at}.inspectorId`,
          message: `Case ${kase.ref} is assigned to "${kase.inspectorId}", who is not in this inspection’s team.`,
        });
      }
    }
  });
  return errors;
}

type CaseOutcome = {
  readonly change: CaseChange['change'];
  readonly answersTaken: number;
  readonly converged: number;
  readonly historyAdded: number;
  readonly conflicts: readonly MergeConflict[];
  readonly decided: number;
  readonly keptForLater: number;
};

function emptyCounts(): { -readonly [K in keyof FileCounts]: FileCounts[K] } {
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

function statusAnswer(status: CaseStatus, entries: readonly HistoryEntry[], kase: Case): Answer {
  const last = entries[entries.length - 1];
  return {
    value: status,
    note: '',
    rev: 0,
    at: last?.at ?? kase.updatedAt,
    by: last?.by ?? '',
    device: last?.device ?? '',
  };
}

function sameConflict(a: ConflictRecord, b: ConflictRecord): boolean {
  const core = (c: ConflictRecord) =>
    canonicalJson({ mine: c.mine, theirs: c.theirs, entries: c.theirsEntries, status: c.status });
  return core(a) === core(b);
}

/** Merges one incoming case into the working state, recording its writes. */
function mergeCase(
  w: Working,
  incoming: IncomingFile,
  kase: IncomingCase,
  applyDetails: boolean,
  decisions: ReadonlyMap<string, MergeDecision>,
  context: MergeContext,
): CaseOutcome {
  const local = w.cases.get(kase.id);
  const isNew = local === undefined;
  const base: MergeCase = local ?? {
    ...caseDetails(kase),
    status: 'not-started',
    answers: {},
    history: [],
  };
  const answers: Record<string, Answer> = { ...base.answers };
  const history: HistoryEntry[] = [...base.history];
  const added: HistoryEntry[] = [];
  const mineByItem = byItem(base.history);
  const theirsByItem = byItem(kase.history);
  const conflicts: MergeConflict[] = [];
  let answersTaken = 0;
  let converged = 0;
  let decided = 0;
  let keptForLater = 0;
  let decidedNow = false;
  const changedAnswers = new Set<string>();

  const add = (entries: readonly HistoryEntry[]) => {
    for (const e of entries) {
      history.push(e);
      added.push(e);
    }
  };
  const addArrived = (entries: readonly HistoryEntry[]) =>
    add(entries.map((e) => arrivedEntry(e, incoming.name)));
  const itemEntries = (itemId: string) => history.filter((e) => e.itemId === itemId);

  // Open conflicts whose entries this device now holds are settled by what arrived.
  const closeSuperseded = (itemId: string) => {
    const here = revisionsOf(answers[itemId], itemEntries(itemId));
    for (const open of w.openFor(kase.id, itemId)) {
      if (open.theirsEntries.every((e) => holds(here, e)) && holds(here, open.theirs)) {
        w.putConflict({
          ...open,
          status: 'resolved',
          resolution: {
            keep: 'superseded',
            at: context.now,
            by: context.by,
            device: context.device,
          },
        });
      }
    }
  };

  let status: CaseStatus = base.status;

  const conflict = (
    itemId: string,
    mine: Answer | undefined,
    theirs: Answer,
    theirsEntries: readonly HistoryEntry[],
  ) => {
    const key = `${incoming.id}|${kase.id}|${itemId}`;
    const open = w.openFor(kase.id, itemId).find((c) => c.theirs.device === theirs.device);
    conflicts.push({
      key,
      fileId: incoming.id,
      fileName: incoming.name,
      caseId: kase.id,
      caseRef: base.ref,
      itemId,
      mine: mine ?? null,
      theirs,
      alreadyOpen: open !== undefined,
    });
    const decision = decisions.get(key) ?? 'later';
    if (decision === 'later') {
      keptForLater++;
      const record: ConflictRecord = {
        id: open?.id ?? `${kase.id}|${itemId}|${incoming.id.slice(0, 16)}`,
        inspectionId: base.inspectionId,
        caseId: kase.id,
        itemId,
        status: 'open',
        mine: mine ?? null,
        theirs,
        theirsEntries: [...theirsEntries],
        source: incoming.name.slice(0, 500),
        fileId: incoming.id,
        detectedAt: open?.detectedAt ?? context.now,
        resolution: null,
      };
      if (!open || !sameConflict(open, record)) w.putConflict(record);
      return;
    }
    decided++;
    decidedNow = true;
    const writes = decideConflict({
      itemId,
      keep: decision,
      mine: mine ?? null,
      theirs,
      theirsEntries,
      fileName: incoming.name,
      context,
      caseStatus: status,
    });
    add(writes.entries);
    if (writes.answer) {
      answers[itemId] = writes.answer;
      changedAnswers.add(itemId);
    }
    if (writes.status) status = writes.status;
    for (const o of w.openFor(kase.id, itemId)) {
      if (o.theirs.device === theirs.device) {
        w.putConflict({
          ...o,
          status: 'resolved',
          resolution: { keep: decision, at: context.now, by: context.by, device: context.device },
        });
      }
    }
  };

  // Answers: every item the file has an answer or history for.
  const items = new Set<string>(Object.keys(kase.answers));
  for (const itemId of theirsByItem.keys()) if (itemId !== STATUS_HISTORY_ITEM) items.add(itemId);
  for (const itemId of items) {
    const mine: AnswerSide = { answer: answers[itemId], entries: mineByItem.get(itemId) ?? [] };
    const theirs: AnswerSide = {
      answer: kase.answers[itemId],
      entries: theirsByItem.get(itemId) ?? [],
    };
    const merged = mergeAnswer(mine, theirs);
    switch (merged.kind) {
      case 'unchanged':
        break;
      case 'take':
        addArrived(merged.add);
        answers[itemId] = merged.answer;
        changedAnswers.add(itemId);
        answersTaken++;
        closeSuperseded(itemId);
        break;
      case 'converged':
        addArrived(merged.add);
        converged++;
        closeSuperseded(itemId);
        break;
      case 'conflict':
        conflict(itemId, merged.mine, merged.theirs, merged.add);
        break;
    }
  }

  // Status: merged over the `#status` entries like an answer.
  const myStatusEntries = mineByItem.get(STATUS_HISTORY_ITEM) ?? [];
  const theirStatusEntries = theirsByItem.get(STATUS_HISTORY_ITEM) ?? [];
  if (isNew) {
    addArrived(theirStatusEntries);
    status = kase.status;
  } else {
    const merged = mergeAnswer(
      { answer: undefined, entries: myStatusEntries },
      { answer: undefined, entries: theirStatusEntries },
    );
    if (merged.kind === 'take') {
      addArrived(merged.add);
      // A moderated case stays so unless the file knew of it (it then has its entries).
      if (!(base.status === 'moderated' && myStatusEntries.length === 0)) status = kase.status;
      if (status !== base.status) answersTaken++;
    } else if (merged.kind === 'converged') {
      addArrived(merged.add);
    } else if (merged.kind === 'conflict') {
      conflict(
        STATUS_HISTORY_ITEM,
        statusAnswer(base.status, myStatusEntries, base),
        statusAnswer(kase.status, theirStatusEntries, kase),
        merged.add,
      );
    } else if (myStatusEntries.length === 0 && theirStatusEntries.length === 0) {
      if (STATUS_RANK[kase.status] > STATUS_RANK[status] && status !== 'moderated') {
        status = kase.status;
      }
    }
  }
  if (status === 'not-started' && Object.values(answers).some((a) => a.value !== null)) {
    status = 'in-progress';
  }

  // The case record: its status, and (from a current pack) where it sits and who reads it.
  let details = caseDetails(base);
  if (isNew) details = caseDetails(kase);
  else if (applyDetails) {
    details = {
      ...details,
      ref: kase.ref,
      areaId: kase.areaId,
      stratumId: kase.stratumId,
      inspectorId: kase.inspectorId,
      role: kase.role,
    };
  }
  const detailsChanged = canonicalJson(details) !== canonicalJson(caseDetails(base));
  const statusChanged = status !== base.status;
  const changed =
    isNew || detailsChanged || statusChanged || changedAnswers.size > 0 || added.length > 0;
  if (!changed) {
    return {
      change: 'unchanged',
      answersTaken,
      converged,
      historyAdded: 0,
      conflicts,
      decided,
      keptForLater,
    };
  }
  const updatedAt = isNew
    ? kase.updatedAt
    : decidedNow
      ? context.now
      : [base.updatedAt, kase.updatedAt].sort().at(-1)!;
  const record: Case = { ...details, status, updatedAt: isNew ? details.updatedAt : updatedAt };
  const next: MergeCase = { ...record, answers, history };
  w.cases.set(kase.id, next);
  if (local && local.ref.toLowerCase() !== record.ref.toLowerCase()) {
    w.refs.delete(local.ref.toLowerCase());
  }
  w.refs.set(record.ref.toLowerCase(), kase.id);
  w.casesOut.set(kase.id, record);
  for (const itemId of changedAnswers) {
    const answer = answers[itemId]!;
    w.answersOut.set(`${kase.id}\u0000${itemId}`, {
      ...answer,
      caseId: kase.id,
      inspectionId: record.inspectionId,
      itemId,
    });
  }
  for (const e of added) {
    w.historyOut.push({ ...e, caseId: kase.id, inspectionId: record.inspectionId });
  }
  return {
    change: isNew ? 'new' : 'updated',
    answersTaken,
    converged,
    historyAdded: added.length,
    conflicts,
    decided,
    keptForLater,
  };
}

function mergeFile(
  w: Working,
  incoming: IncomingFile,
  decisions: ReadonlyMap<string, MergeDecision>,
  context: MergeContext,
): FilePlan & { status: 'ok' } {
  const { file } = incoming;
  let applyDetails = false;
  if (file.kind === 'pack') {
    // The lead's details win unless this device has newer ones (a later pack came first).
    applyDetails = !w.inspection || file.inspection.updatedAt >= w.inspection.updatedAt;
    if (applyDetails && canonicalJson(w.inspection) !== canonicalJson(file.inspection)) {
      w.inspection = file.inspection;
      w.inspectionOut = file.inspection;
    }
  }
  const counts = emptyCounts();
  const changes: CaseChange[] = [];
  const conflicts: MergeConflict[] = [];
  for (const kase of file.cases) {
    const outcome = mergeCase(w, incoming, kase, applyDetails, decisions, context);
    if (outcome.change === 'new') counts.newCases++;
    else if (outcome.change === 'updated') counts.updatedCases++;
    else counts.unchangedCases++;
    counts.answersTaken += outcome.answersTaken;
    counts.converged += outcome.converged;
    counts.historyAdded += outcome.historyAdded;
    counts.conflicts += outcome.conflicts.length;
    counts.decided += outcome.decided;
    counts.keptForLater += outcome.keptForLater;
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
  if (file.moderation.length > 0) {
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

export function planMerge(
  state: MergeState,
  files: readonly IncomingFile[],
  decisions: ReadonlyMap<string, MergeDecision>,
  context: MergeContext,
): MergePlan {
  const w = new Working(state);
  const plans: FilePlan[] = [];
  for (const incoming of mergeOrder(files)) {
    if (w.merged.has(incoming.id)) {
      plans.push({ status: 'already-merged', fileId: incoming.id, fileName: incoming.name });
      continue;
    }
    const errors = refusals(w, incoming);
    if (errors.length > 0) {
      plans.push({
        status: 'refused',
        fileId: incoming.id,
        fileName: incoming.name,
        errors: errors.slice(0, 100),
      });
      continue;
    }
    plans.push(mergeFile(w, incoming, decisions, context));
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
