/**
 * The one writer of answers and their history (STYLE habit 10), with caseStatusWriter.ts the
 * one writer of case status: nothing else writes either. Screens edit through a `CaseEditor`
 * (src/editing), which debounces typing and retries; it calls `saveAnswer` here. Example data
 * and moderation call `importAnswers`; restoring a file's records verbatim (inspection import,
 * team merges, conflicts resolved later) calls `restoreAnswers` (and `restoreCases`).
 *
 * What is stored where
 * - `answerValues`, `answerDetails`  the current answers, two records per case
 *                    (cases/answerStore.ts): value; evidence note, rev, at, by, device. `rev`
 *                    goes up by one on every change.
 * - `answerHistory`  one entry per change: the value and note before and after, when, by whom,
 *                    on which device, and how (`via`: edit | import | moderation | migration).
 *                    Completing, reopening and moderating a case are entries too, under
 *                    `#status`, and so is a moderation decision that keeps the answer as it
 *                    was; moving the inspection to another framework version is one under
 *                    `#framework` (src/db/inspections/moveFramework.ts).
 * - `cases`          status (`not-started` → `in-progress` at the first answer; `complete`
 *                    and back; `moderated`) and `updatedAt`.
 *
 * Every write is one IndexedDB transaction (or part of the caller's) and resolves only after it
 * has committed, so a screen says "Saved" only for what is on disk. Expected failures come back
 * as values, never as exceptions.
 *
 * Durability: the database opens with Chrome's `strict` transaction durability (database.ts):
 * "committed" means flushed to disk, not only handed to the operating system, so an answer shown
 * as Saved survives the browser being killed (tests/e2e/scoring-kill.spec.ts) and the power
 * going off. Measured with `scripts/bench/scoring.ts` (headless Chromium, on-disk profile), a
 * bare put costs 0.9–1.0 ms strict against 0.4–0.6 ms relaxed at the median (+0.3–1.9 ms at
 * p95) — far below what a click already costs: Chromium runs IndexedDB callbacks only after the
 * frame that follows an input, so click → commit is about 13 ms even for a bare put.
 *
 * Conflicts: the editor sends the answer it last saw (`base`); core's `mergeAnswerEdit` decides
 * whether the change merges over what is stored now or is a conflict (theirs comes back, nothing
 * is written).
 */
import Dexie from 'dexie';
import {
  type AnswerPatch,
  type AnswerSnapshot,
  type CaseStatus,
  decisionAnswers,
  type ImportHow,
  type IncomingAnswer,
  mergeAnswerEdit,
  NO_ANSWER,
  statusOnceAnswered,
} from '../../core';
import { currentDatabase } from '../connection';
import type { AnswerHistoryRecord, AnswerRecord, CaseAuditDatabase } from '../database';
import { requestPersistenceOnFirstWrite } from '../device/storageStatus';
import { type Clock, type Failed, systemClock, writeTransaction } from '../writeOutcome';
import {
  answerIn,
  answerTables,
  casesAnswers,
  putAnswerOver,
  putAnswers,
  readCaseAnswers,
} from './answerStore';

export type { IncomingAnswer };

export type SaveRequest = {
  readonly caseId: string;
  readonly itemId: string;
  readonly patch: AnswerPatch;
  /** The answer the editor last saw (its rev and content): the conflict check's reference. */
  readonly base: AnswerSnapshot;
  /** Team member id (or typed name) of who is scoring. */
  readonly by: string;
  readonly device: string;
  /**
   * A typing burst: the history entry (seq) this editor wrote for the previous save of the same
   * text. It is extended instead of a new entry being added when it is still the latest change
   * of this answer and was made by the same person on the same device.
   */
  readonly burst?: number | undefined;
};

export type SaveOutcome =
  | {
      readonly status: 'saved';
      readonly answer: AnswerRecord;
      /** The history entry written or extended; null when nothing changed. */
      readonly historySeq: number | null;
    }
  | { readonly status: 'conflict'; readonly theirs: AnswerRecord }
  | { readonly status: 'locked'; readonly caseStatus: CaseStatus }
  | { readonly status: 'missing'; readonly message: string }
  | Failed;

/** The database of the caller's transaction, for a write that must be part of one. */
export function transactionDatabase(writer: string): CaseAuditDatabase {
  const transaction = Dexie.currentTransaction;
  if (!transaction) throw new Error(`${writer} must run inside a transaction`);
  return transaction.db as CaseAuditDatabase;
}

const LOCKED_STATUSES: readonly CaseStatus[] = ['complete', 'moderated'];

/**
 * Saves one change to one answer in one transaction: reads the stored answer, lays the change
 * over it (core's `mergeAnswerEdit`), writes the answer with rev + 1, appends (or extends) its
 * history entry, and moves the case from not started to in progress. Resolves after the commit.
 *
 * Values are not checked against the framework here (reading the framework on every keystroke
 * would cost more than the write): callers validate with core's `validateAnswer` first, as the
 * case editor does.
 */
export async function saveAnswer(
  request: SaveRequest,
  now: Clock = systemClock,
): Promise<SaveOutcome> {
  const outcome = await writeTransaction(
    (db) => [db.cases, ...answerTables(db), db.answerHistory],
    (db) => writeAnswer(db, request, now),
  );
  if (outcome.status === 'saved' && outcome.historySeq !== null) {
    void requestPersistenceOnFirstWrite('answer');
  }
  return outcome;
}

async function writeAnswer(
  db: CaseAuditDatabase,
  request: SaveRequest,
  now: Clock,
): Promise<SaveOutcome> {
  const { caseId, itemId, patch, base, by, device } = request;
  const [caseRecord, records] = await Promise.all([
    db.cases.get(caseId),
    readCaseAnswers(db, caseId),
  ]);
  const stored = answerIn(records, itemId);
  if (!caseRecord) return { status: 'missing', message: 'This case is no longer on this device.' };
  if (LOCKED_STATUSES.includes(caseRecord.status)) {
    return { status: 'locked', caseStatus: caseRecord.status };
  }
  const edit = mergeAnswerEdit(stored, patch, base);
  const { inspectionId } = caseRecord;
  switch (edit.kind) {
    case 'conflict':
      return { status: 'conflict', theirs: stored! };
    case 'unchanged':
      return { status: 'saved', answer: stored!, historySeq: null };
    case 'blank': {
      const at = now().toISOString();
      const answer = { caseId, itemId, inspectionId, ...NO_ANSWER, at, by, device };
      return { status: 'saved', answer, historySeq: null };
    }
  }
  const at = now().toISOString();
  const answer: AnswerRecord = { caseId, inspectionId, itemId, ...edit.answer, at, by, device };
  // The writes are queued together: one round trip to storage, then the commit.
  const [, historySeq] = await Promise.all([
    putAnswerOver(db, answer, records),
    writeHistory(db, request, answer, stored),
    db.cases.put({
      ...caseRecord,
      // Any saved change, even a note alone, starts the case.
      status: statusOnceAnswered(caseRecord.status, true),
      updatedAt: at,
    }),
  ]);
  return { status: 'saved', answer, historySeq };
}

async function writeHistory(
  db: CaseAuditDatabase,
  request: SaveRequest,
  answer: AnswerRecord,
  previous: AnswerRecord | undefined,
): Promise<number> {
  if (request.burst !== undefined) {
    const entry = await db.answerHistory.get(request.burst);
    if (
      entry &&
      entry.caseId === answer.caseId &&
      entry.itemId === answer.itemId &&
      entry.via === 'edit' &&
      entry.rev === previous?.rev &&
      entry.by === answer.by &&
      entry.device === answer.device
    ) {
      await db.answerHistory.put({
        ...entry,
        value: answer.value,
        note: answer.note,
        rev: answer.rev,
        at: answer.at,
      });
      return request.burst;
    }
  }
  const entry: AnswerHistoryRecord = {
    caseId: answer.caseId,
    inspectionId: answer.inspectionId,
    itemId: answer.itemId,
    value: answer.value,
    note: answer.note,
    rev: answer.rev,
    at: answer.at,
    by: answer.by,
    device: answer.device,
    via: 'edit',
    before: previous ? { value: previous.value, note: previous.note } : null,
  };
  return db.answerHistory.add(entry) as Promise<number>;
}

/**
 * Writes many answers at once, each that differs from the stored one with rev + 1 and a
 * history entry `via` import or moderation (with `source`, e.g. the file name). Imported answers
 * equal to what is stored are skipped, so importing the same file twice changes nothing.
 *
 * A moderation decision is an event, not a copy: one that keeps the stored answer still gets
 * its history entry (before = after, by whoever decided, on their device, at that moment), so
 * the audit trail shows every decision. The answer keeps its revision and author: nothing in
 * it changed. The merge rules need no new revision either — they
 * compare the sets of changes each device holds (core's merge/revisions.ts), and this entry is
 * one (identity: this device, the answer's revision, the decision's moment), so a first
 * reader's later edit made from the answer before the decision does not hold it: a conflict
 * for the lead, never a fast-forward over the decision.
 *
 * Call it inside your own transaction (which must include `answerTables` and `answerHistory`) to
 * make it part of a larger change; called alone, it runs in a transaction of its own. It does
 * not check for conflicts or change case statuses: the caller (merge, example data) decides.
 */
export async function importAnswers(
  incoming: readonly IncomingAnswer[],
  how: ImportHow,
): Promise<{ readonly written: number; readonly unchanged: number }> {
  const db = currentDatabase();
  return db.transaction('rw', [...answerTables(db), db.answerHistory], async () => {
    const held = await casesAnswers(db, [...new Set(incoming.map((a) => a.caseId))]);
    const { answers, history } = decisionAnswers(incoming, held, how);
    await putAnswers(db, answers);
    await db.answerHistory.bulkAdd(history);
    return { written: answers.length, unchanged: incoming.length - answers.length };
  });
}

/** Rows written per request in a long restore: each chunk is its own request, so progress shows. */
export const RESTORE_CHUNK = 2_000;

/**
 * Writes answer rows and history entries exactly as given — the revisions, times, authors,
 * devices, `via` and `source` a file holds — with no new revision and no entry of its own:
 * restoring an archive (inspection import) or applying a planned merge (mergeWork.ts), which
 * has already decided every row. Answers replace the stored answer to the same item of the case;
 * history entries are appended in the order given.
 *
 * Must run inside the caller's transaction, which includes `answerTables` and `answerHistory`: a
 * restore is always part of a larger all-or-nothing change. `onProgress` hears the rows written
 * so far (answers, then history entries) after each chunk.
 */
export async function restoreAnswers(
  answers: readonly AnswerRecord[],
  history: readonly AnswerHistoryRecord[],
  onProgress?: (written: number, total: number) => void,
): Promise<{ readonly answers: number; readonly history: number }> {
  const db = transactionDatabase('restoreAnswers');
  const total = answers.length + history.length;
  let written = 0;
  const done = (n: number) => {
    written += n;
    onProgress?.(written, total);
  };
  // Every chunk is queued at once: storage works through them in order without waiting for a
  // round trip between chunks, and the history keeps the order given (its `seq` grows). A
  // case's answers are laid into its records together, so chunks hold whole cases.
  const requests: Promise<unknown>[] = [];
  for (const chunk of chunksOfWholeCases(answers)) {
    requests.push(putAnswers(db, chunk).then(() => done(chunk.length)));
  }
  for (let i = 0; i < history.length; i += RESTORE_CHUNK) {
    // Without `seq`: the table numbers entries in the order they are added.
    const chunk = history.slice(i, i + RESTORE_CHUNK).map(({ seq: _seq, ...entry }) => entry);
    requests.push(db.answerHistory.bulkAdd(chunk).then(() => done(chunk.length)));
  }
  await Promise.all(requests);
  return { answers: answers.length, history: history.length };
}

/** Answers in chunks of about RESTORE_CHUNK, a case's answers never split between two. */
function chunksOfWholeCases(answers: readonly AnswerRecord[]): AnswerRecord[][] {
  const byCase = new Map<string, AnswerRecord[]>();
  for (const answer of answers) {
    const list = byCase.get(answer.caseId);
    if (list) list.push(answer);
    else byCase.set(answer.caseId, [answer]);
  }
  const chunks: AnswerRecord[][] = [];
  let chunk: AnswerRecord[] = [];
  for (const list of byCase.values()) {
    chunk.push(...list);
    if (chunk.length >= RESTORE_CHUNK) {
      chunks.push(chunk);
      chunk = [];
    }
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}
