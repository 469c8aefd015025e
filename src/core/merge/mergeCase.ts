/**
 * Merging one incoming case into the merge's running state (planMerge.ts): every answer the
 * file has by `mergeAnswer`, then the case's status over its `#status` entries like an answer
 * (without any on either side, the further status wins; a moderated case stays so), then the
 * case record with its writes. A conflict on either goes to caseConflicts.ts.
 */
import {
  FRAMEWORK_HISTORY_ITEM,
  type HistoryEntry,
  STATUS_HISTORY_ITEM,
} from '../exchange/inspectionFile';
import type { Answer, Case, CaseStatus } from '../inspection/inspectionSchema';
import { statusOnceAnswered } from '../scoring/caseProgress';
import { canonicalJson } from '../validation/canonicalJson';
import { caseConflict } from './caseConflicts';
import { CaseMerge } from './caseMerge';
import { type AnswerSide, mergeAnswer, missingEntries } from './mergeAnswer';
import type {
  CaseChange,
  IncomingFile,
  MergeConflict,
  MergeContext,
  MergeDecision,
} from './mergeTypes';
import { caseDetails, type IncomingCase, type Working } from './mergeWorking';
import { revisionsOf } from './revisions';

const STATUS_RANK: Record<CaseStatus, number> = {
  'not-started': 0,
  'in-progress': 1,
  complete: 2,
  moderated: 3,
};

export type CaseOutcome = {
  readonly change: CaseChange['change'];
  readonly answersTaken: number;
  readonly converged: number;
  readonly historyAdded: number;
  readonly conflicts: readonly MergeConflict[];
  readonly decided: number;
  readonly keptForLater: number;
};

/** The status a side's `#status` entries end on, as an answer (for a status conflict). */
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

/** Every item the file has an answer or history for, merged by `mergeAnswer`. */
function mergeAnswers(m: CaseMerge): void {
  const { kase } = m;
  const items = new Set<string>(Object.keys(kase.answers));
  for (const itemId of m.theirsByItem.keys()) {
    if (itemId !== STATUS_HISTORY_ITEM && itemId !== FRAMEWORK_HISTORY_ITEM) items.add(itemId);
  }
  for (const itemId of items) {
    const mine: AnswerSide = { answer: m.answers[itemId], entries: m.mineByItem.get(itemId) ?? [] };
    const theirs: AnswerSide = {
      answer: kase.answers[itemId],
      entries: m.theirsByItem.get(itemId) ?? [],
    };
    const merged = mergeAnswer(mine, theirs);
    switch (merged.kind) {
      case 'unchanged':
        break;
      case 'take':
        m.addArrived(merged.add);
        m.answers[itemId] = merged.answer;
        m.changedAnswers.add(itemId);
        m.answersTaken++;
        m.closeSuperseded(itemId);
        break;
      case 'converged':
        m.addArrived(merged.add);
        m.converged++;
        m.closeSuperseded(itemId);
        break;
      case 'conflict':
        caseConflict(m, itemId, merged.mine, merged.theirs, merged.add);
        break;
    }
  }
}

/** The inspection's framework moves recorded in the case's history: events, added once each. */
function mergeMoves(m: CaseMerge): void {
  const theirs = m.theirsByItem.get(FRAMEWORK_HISTORY_ITEM) ?? [];
  if (theirs.length === 0) return;
  const here = revisionsOf(undefined, m.mineByItem.get(FRAMEWORK_HISTORY_ITEM) ?? []);
  m.addArrived(missingEntries(here, theirs));
}

/** The case's status, merged over the `#status` entries like an answer. */
function mergeStatus(m: CaseMerge): void {
  const { base, kase } = m;
  const myStatusEntries = m.mineByItem.get(STATUS_HISTORY_ITEM) ?? [];
  const theirStatusEntries = m.theirsByItem.get(STATUS_HISTORY_ITEM) ?? [];
  if (m.isNew) {
    m.addArrived(theirStatusEntries);
    m.status = kase.status;
  } else {
    const merged = mergeAnswer(
      { answer: undefined, entries: myStatusEntries },
      { answer: undefined, entries: theirStatusEntries },
    );
    if (merged.kind === 'take') {
      m.addArrived(merged.add);
      // A moderated case stays so unless the file knew of it (it then has its entries).
      if (!(base.status === 'moderated' && myStatusEntries.length === 0)) m.status = kase.status;
      if (m.status !== base.status) m.answersTaken++;
    } else if (merged.kind === 'converged') {
      m.addArrived(merged.add);
    } else if (merged.kind === 'conflict') {
      caseConflict(
        m,
        STATUS_HISTORY_ITEM,
        statusAnswer(base.status, myStatusEntries, base),
        statusAnswer(kase.status, theirStatusEntries, kase),
        merged.add,
      );
    } else if (myStatusEntries.length === 0 && theirStatusEntries.length === 0) {
      if (STATUS_RANK[kase.status] > STATUS_RANK[m.status] && m.status !== 'moderated') {
        m.status = kase.status;
      }
    }
  }
  m.status = statusOnceAnswered(
    m.status,
    Object.values(m.answers).some((a) => a.value !== null),
  );
}

/** The case record's details: from a current pack, where it sits and who reads it. */
function mergedDetails(m: CaseMerge, applyDetails: boolean): Case {
  const { kase } = m;
  if (m.isNew) return caseDetails(kase);
  const details = caseDetails(m.base);
  if (!applyDetails) return details;
  return {
    ...details,
    ref: kase.ref,
    areaId: kase.areaId,
    stratumId: kase.stratumId,
    inspectorId: kase.inspectorId,
    role: kase.role,
  };
}

/** Records the merged case in the running state and its writes. */
function writeCase(m: CaseMerge, details: Case): void {
  const { w, kase, base, local } = m;
  const updatedAt = m.isNew
    ? kase.updatedAt
    : m.decidedNow
      ? m.context.now
      : [base.updatedAt, kase.updatedAt].sort().at(-1)!;
  const record: Case = {
    ...details,
    status: m.status,
    updatedAt: m.isNew ? details.updatedAt : updatedAt,
  };
  w.cases.set(kase.id, { ...record, answers: m.answers, history: m.history });
  if (local && local.ref.toLowerCase() !== record.ref.toLowerCase()) {
    w.refs.delete(local.ref.toLowerCase());
  }
  w.refs.set(record.ref.toLowerCase(), kase.id);
  w.casesOut.set(kase.id, record);
  for (const itemId of m.changedAnswers) {
    const answer = m.answers[itemId]!;
    w.answersOut.set(`${kase.id}\u0000${itemId}`, {
      ...answer,
      caseId: kase.id,
      inspectionId: record.inspectionId,
      itemId,
    });
  }
  for (const e of m.added) {
    w.historyOut.push({ ...e, caseId: kase.id, inspectionId: record.inspectionId });
  }
}

/** Merges one incoming case into the working state, recording its writes. */
export function mergeCase(
  w: Working,
  incoming: IncomingFile,
  kase: IncomingCase,
  applyDetails: boolean,
  decisions: ReadonlyMap<string, MergeDecision>,
  context: MergeContext,
): CaseOutcome {
  const m = new CaseMerge(w, incoming, kase, decisions, context);
  mergeAnswers(m);
  mergeMoves(m);
  mergeStatus(m);
  const details = mergedDetails(m, applyDetails);
  const changed =
    m.isNew ||
    canonicalJson(details) !== canonicalJson(caseDetails(m.base)) ||
    m.status !== m.base.status ||
    m.changedAnswers.size > 0 ||
    m.added.length > 0;
  if (changed) writeCase(m, details);
  return {
    change: !changed ? 'unchanged' : m.isNew ? 'new' : 'updated',
    answersTaken: m.answersTaken,
    converged: m.converged,
    historyAdded: changed ? m.added.length : 0,
    conflicts: m.conflicts,
    decided: m.decided,
    keptForLater: m.keptForLater,
  };
}
