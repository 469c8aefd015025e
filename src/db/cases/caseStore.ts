/**
 * The case store: the only code that writes case answers (STYLE habit 10). Screens edit through
 * a `CaseEditor` (caseEditor.ts), which debounces typing and retries; it calls `saveAnswer`
 * here. Example data and moderation call `importAnswers`; restoring a file's answers verbatim
 * (inspection import, team merges) calls `restoreAnswers`.
 *
 * What is stored where
 * - `answers`        the current answer per [caseId+itemId]: value, evidence note, rev, at, by,
 *                    device. `rev` goes up by one on every change.
 * - `answerHistory`  one entry per change: the value and note before and after, when, by whom,
 *                    on which device, and how (`via`: edit | import | moderation). Completing,
 *                    reopening and moderating a case are entries too, under `#status`, and so
 *                    is a moderation decision that keeps the answer as it was.
 * - `cases`          status (`not-started` → `in-progress` at the first answer; `complete`
 *                    and back by `completeCase` / `reopenCase`; `moderated` by
 *                    `markModerated`, for the moderation store) and `updatedAt`.
 * - `meta`           `open-case:<token>`: a case open in a tab, for crash recovery (with a
 *                    localStorage note written on pagehide: "closed normally").
 *
 * Every write is one IndexedDB transaction and resolves only after the transaction has
 * committed, so a screen says "Saved" only for what is on disk. Expected failures come back as
 * values, never as exceptions.
 *
 * Durability: the database opens with Chrome's `strict` transaction durability (database.ts):
 * "committed" means flushed to disk, not only handed to the operating system, so an answer shown
 * as Saved survives the browser being killed (tests/e2e/scoring-kill.spec.ts) and the power
 * going off. Measured with `scripts/bench/scoring.ts` (headless Chromium, on-disk profile), a
 * bare put costs 0.9–1.0 ms strict against 0.4–0.6 ms relaxed at the median (+0.3–1.9 ms at
 * p95) — far below what a click already costs: Chromium runs IndexedDB callbacks only after the
 * frame that follows an input, so click → commit is about 13 ms even for a bare put.
 *
 * Conflicts: the editor sends the answer it last saw (`base`). If the stored answer has moved
 * on since (another tab, another person), a field the editor changes that someone else also
 * changed is a conflict: the store returns theirs and writes nothing. A change to the other
 * field (they changed the note, you chose a value) is merged.
 */
import Dexie from 'dexie';
import {
  type AnswerValue,
  type CaseStatus,
  caseProgress,
  frameworkKey,
  type Inspection,
  indexFramework,
} from '../../core';
import { classifyWriteError, database, retrying, type WriteFailure } from '../connection';
import type {
  AnswerHistoryRecord,
  AnswerRecord,
  CaseAuditDatabase,
  CaseRecord,
  FrameworkRecord,
} from '../database';
import { requestPersistenceOnFirstWrite } from '../device/storageStatus';

/** The item id under which case status changes (complete, reopen) are kept in the history. */
export const CASE_STATUS_ITEM = '#status';

/** An answer's content as an editor last saw it; `rev` 0 is "never answered". */
export type AnswerSnapshot = {
  readonly value: AnswerValue;
  readonly note: string;
  readonly rev: number;
};

export const NO_ANSWER: AnswerSnapshot = { value: null, note: '', rev: 0 };

/** The fields a save changes; an absent field keeps its stored content. */
export type AnswerPatch = { readonly value?: AnswerValue; readonly note?: string };

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
  | { readonly status: 'failed'; readonly reason: WriteFailure; readonly detail: string };

type Clock = () => Date;
const systemClock: Clock = () => new Date();

export function sameValue(a: AnswerValue | undefined, b: AnswerValue | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v, i) => v === b[i]);
  }
  return (a ?? null) === (b ?? null);
}

function snapshotOf(answer: AnswerRecord | undefined): AnswerSnapshot {
  return answer ? { value: answer.value, note: answer.note, rev: answer.rev } : NO_ANSWER;
}

function failure(error: unknown): Extract<SaveOutcome, { status: 'failed' }> {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { status: 'failed', reason: classifyWriteError(error), detail };
}

const LOCKED_STATUSES: readonly CaseStatus[] = ['complete', 'moderated'];

/**
 * Saves one change to one answer in one transaction: reads the stored answer, checks it against
 * what the editor last saw, writes the answer with rev + 1, appends (or extends) its history
 * entry, and moves the case from not started to in progress. Resolves after the commit.
 *
 * Values are not checked against the framework here (reading the framework on every keystroke
 * would cost more than the write): callers validate with core's `validateAnswer` first, as the
 * case editor does.
 */
export async function saveAnswer(
  request: SaveRequest,
  now: Clock = systemClock,
): Promise<SaveOutcome> {
  try {
    const outcome = await retrying((db) =>
      db.transaction('rw', [db.cases, db.answers, db.answerHistory], () =>
        writeAnswer(db, request, now),
      ),
    );
    if (outcome.status === 'saved' && outcome.historySeq !== null) {
      void requestPersistenceOnFirstWrite('answer');
    }
    return outcome;
  } catch (error) {
    return failure(error);
  }
}

async function writeAnswer(
  db: CaseAuditDatabase,
  request: SaveRequest,
  now: Clock,
): Promise<SaveOutcome> {
  const { caseId, itemId, patch, base, by, device } = request;
  const [caseRecord, stored] = await Promise.all([
    db.cases.get(caseId),
    db.answers.get([caseId, itemId]),
  ]);
  if (!caseRecord) return { status: 'missing', message: 'This case is no longer on this device.' };
  if (LOCKED_STATUSES.includes(caseRecord.status)) {
    return { status: 'locked', caseStatus: caseRecord.status };
  }
  const current = snapshotOf(stored);
  if (stored && current.rev !== base.rev) {
    // Someone else saved since the editor looked: a conflict only where both changed a field.
    const clashes =
      ('value' in patch &&
        !sameValue(current.value, base.value) &&
        !sameValue(current.value, patch.value)) ||
      ('note' in patch && current.note !== base.note && current.note !== patch.note);
    if (clashes) return { status: 'conflict', theirs: stored };
  }
  const value = 'value' in patch ? (patch.value ?? null) : current.value;
  const note = 'note' in patch ? (patch.note ?? '') : current.note;
  if (stored && sameValue(value, current.value) && note === current.note) {
    return { status: 'saved', answer: stored, historySeq: null };
  }
  if (!stored && value === null && note === '') {
    // Clearing what was never answered: nothing to record.
    return {
      status: 'saved',
      answer: {
        caseId,
        itemId,
        inspectionId: caseRecord.inspectionId,
        ...NO_ANSWER,
        at: now().toISOString(),
        by,
        device,
      },
      historySeq: null,
    };
  }
  const at = now().toISOString();
  const answer: AnswerRecord = {
    caseId,
    inspectionId: caseRecord.inspectionId,
    itemId,
    value,
    note,
    rev: current.rev + 1,
    at,
    by,
    device,
  };
  // The three writes are queued together: one round trip to storage, then the commit.
  const [, historySeq] = await Promise.all([
    db.answers.put(answer),
    writeHistory(db, request, answer, stored),
    db.cases.put({
      ...caseRecord,
      status: caseRecord.status === 'not-started' ? 'in-progress' : caseRecord.status,
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

/** An answer arriving from elsewhere: example data, another inspector's file, a moderation decision. */
export type IncomingAnswer = {
  readonly caseId: string;
  readonly inspectionId: string;
  readonly itemId: string;
  readonly value: AnswerValue;
  readonly note: string;
  readonly at: string;
  readonly by: string;
  readonly device: string;
};

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
 * Call it inside your own transaction (which must include `answers` and `answerHistory`) to
 * make it part of a larger change; called alone, it runs in a transaction of its own. It does
 * not check for conflicts or change case statuses: the caller (merge, example data) decides.
 */
export async function importAnswers(
  incoming: readonly IncomingAnswer[],
  how: { readonly via: 'import' | 'moderation'; readonly source?: string },
): Promise<{ readonly written: number; readonly unchanged: number }> {
  const db = Dexie.currentTransaction
    ? (Dexie.currentTransaction.db as CaseAuditDatabase)
    : database();
  return db.transaction('rw', [db.answers, db.answerHistory], async () => {
    const stored = await db.answers.bulkGet(
      incoming.map((a) => [a.caseId, a.itemId] as [string, string]),
    );
    const answers: AnswerRecord[] = [];
    const history: AnswerHistoryRecord[] = [];
    incoming.forEach((next, i) => {
      const previous = stored[i];
      if (previous && sameValue(previous.value, next.value) && previous.note === next.note) {
        if (how.via === 'moderation') history.push(keptEntry(previous, next, how));
        return;
      }
      const answer: AnswerRecord = { ...next, rev: (previous?.rev ?? 0) + 1 };
      answers.push(answer);
      history.push({
        ...answer,
        via: how.via,
        ...(how.source === undefined ? {} : { source: how.source }),
        before: previous ? { value: previous.value, note: previous.note } : null,
      });
    });
    await db.answers.bulkPut(answers);
    await db.answerHistory.bulkAdd(history);
    return { written: answers.length, unchanged: incoming.length - answers.length };
  });
}

/** The history entry of a moderation decision that keeps the stored answer as it is. */
function keptEntry(
  stored: AnswerRecord,
  decision: IncomingAnswer,
  how: { readonly via: 'import' | 'moderation'; readonly source?: string },
): AnswerHistoryRecord {
  return {
    caseId: stored.caseId,
    inspectionId: stored.inspectionId,
    itemId: stored.itemId,
    value: stored.value,
    note: stored.note,
    rev: stored.rev,
    at: decision.at,
    by: decision.by,
    device: decision.device,
    via: how.via,
    ...(how.source === undefined ? {} : { source: how.source }),
    before: { value: stored.value, note: stored.note },
  };
}

/** Rows written per request in a long restore: each chunk is its own request, so progress shows. */
const RESTORE_CHUNK = 2_000;

/**
 * Writes answer rows and history entries exactly as given — the revisions, times, authors,
 * devices, `via` and `source` a file holds — with no new revision and no entry of its own:
 * restoring an archive (inspection import) or applying a planned merge (mergeWork.ts), which
 * has already decided every row. Answers replace the stored row of the same [caseId+itemId];
 * history entries are appended in the order given.
 *
 * Must run inside the caller's transaction, which includes `answers` and `answerHistory`: a
 * restore is always part of a larger all-or-nothing change. `onProgress` hears the rows written
 * so far (answers, then history entries) after each chunk.
 */
export async function restoreAnswers(
  answers: readonly AnswerRecord[],
  history: readonly AnswerHistoryRecord[],
  onProgress?: (written: number, total: number) => void,
): Promise<{ readonly answers: number; readonly history: number }> {
  const transaction = Dexie.currentTransaction;
  if (!transaction) throw new Error('restoreAnswers must run inside a transaction');
  const db = transaction.db as CaseAuditDatabase;
  const total = answers.length + history.length;
  let written = 0;
  const done = (n: number) => {
    written += n;
    onProgress?.(written, total);
  };
  // Every chunk is queued at once: storage works through them in order without waiting for a
  // round trip between chunks, and the history keeps the order given (its `seq` grows).
  const requests: Promise<unknown>[] = [];
  for (let i = 0; i < answers.length; i += RESTORE_CHUNK) {
    const chunk = answers.slice(i, i + RESTORE_CHUNK);
    requests.push(db.answers.bulkPut(chunk).then(() => done(chunk.length)));
  }
  for (let i = 0; i < history.length; i += RESTORE_CHUNK) {
    // Without `seq`: the table numbers entries in the order they are added.
    const chunk = history.slice(i, i + RESTORE_CHUNK).map(({ seq: _seq, ...entry }) => entry);
    requests.push(db.answerHistory.bulkAdd(chunk).then(() => done(chunk.length)));
  }
  await Promise.all(requests);
  return { answers: answers.length, history: history.length };
}

/** What scoring a case reads once: its inspection and the pinned framework version. */
export type InspectionFramework = {
  readonly inspection: Inspection;
  readonly framework: FrameworkRecord;
};

/**
 * The inspection and its framework. Screens read this apart from the case and its answers, so
 * that a save (which changes those) never makes them read the framework again.
 */
export async function loadInspectionFramework(
  inspectionId: string,
): Promise<InspectionFramework | null> {
  const db = database();
  const inspection = await db.inspections.get(inspectionId);
  if (!inspection) return null;
  const framework = await db.frameworks.get(frameworkKey(inspection.framework));
  return framework ? { inspection, framework } : null;
}

export function getCase(caseId: string): Promise<CaseRecord | undefined> {
  return database().cases.get(caseId);
}

/** The current answers of a case, by item id. */
export async function answersOf(caseId: string): Promise<Map<string, AnswerRecord>> {
  const rows = await database().answers.where('caseId').equals(caseId).toArray();
  return new Map(rows.map((row) => [row.itemId, row]));
}

/** A case's history, newest first. */
export async function historyOf(caseId: string): Promise<AnswerHistoryRecord[]> {
  const rows = await database().answerHistory.where('caseId').equals(caseId).toArray();
  return rows.sort((a, b) => (b.seq ?? 0) - (a.seq ?? 0));
}

export type StatusOutcome =
  | { readonly status: 'done'; readonly caseRecord: CaseRecord }
  | { readonly status: 'incomplete'; readonly missing: readonly string[] }
  | { readonly status: 'unchanged'; readonly caseRecord: CaseRecord }
  | { readonly status: 'missing'; readonly message: string }
  | { readonly status: 'failed'; readonly reason: WriteFailure; readonly detail: string };

type StatusRequest = { readonly caseId: string; readonly by: string; readonly device: string };

/**
 * Marks a case complete, only if every applicable required question is answered (core rules,
 * over the answers as stored at that moment, in the same transaction). Recorded in the history.
 */
export function completeCase(
  request: StatusRequest,
  now: Clock = systemClock,
): Promise<StatusOutcome> {
  return changeStatus(request, 'complete', now);
}

/** Reopens a complete case so its answers can change again. Recorded in the history. */
export function reopenCase(
  request: StatusRequest,
  now: Clock = systemClock,
): Promise<StatusOutcome> {
  return changeStatus(request, 'in-progress', now);
}

async function changeStatus(
  request: StatusRequest,
  to: 'complete' | 'in-progress',
  now: Clock,
): Promise<StatusOutcome> {
  try {
    return await retrying((db) =>
      db.transaction(
        'rw',
        [db.cases, db.answers, db.answerHistory, db.inspections, db.frameworks],
        async (): Promise<StatusOutcome> => {
          const caseRecord = await db.cases.get(request.caseId);
          if (!caseRecord)
            return { status: 'missing', message: 'This case is no longer on this device.' };
          if (to === 'complete') {
            if (caseRecord.status === 'complete' || caseRecord.status === 'moderated') {
              return { status: 'unchanged', caseRecord };
            }
            const inspection = await db.inspections.get(caseRecord.inspectionId);
            const framework =
              inspection && (await db.frameworks.get(frameworkKey(inspection.framework)));
            if (!framework)
              return {
                status: 'missing',
                message: 'The framework of this case is not on this device.',
              };
            const rows = await db.answers.where('caseId').equals(caseRecord.id).toArray();
            const values = new Map(rows.map((r) => [r.itemId, r.value]));
            const progress = caseProgress(indexFramework(framework.framework), (id) =>
              values.get(id),
            );
            if (!progress.canComplete)
              return { status: 'incomplete', missing: progress.requiredMissing };
          } else if (caseRecord.status !== 'complete') {
            return { status: 'unchanged', caseRecord };
          }
          const at = now().toISOString();
          const updated: CaseRecord = { ...caseRecord, status: to, updatedAt: at };
          await db.cases.put(updated);
          await db.answerHistory.add({
            caseId: caseRecord.id,
            inspectionId: caseRecord.inspectionId,
            itemId: CASE_STATUS_ITEM,
            value: to,
            note: '',
            rev: 0,
            at,
            by: request.by,
            device: request.device,
            via: 'edit',
            before: { value: caseRecord.status, note: '' },
          });
          return { status: 'done', caseRecord: updated };
        },
      ),
    );
  } catch (error) {
    return failure(error);
  }
}

export type ModeratedOutcome =
  | { readonly status: 'done'; readonly caseRecord: CaseRecord }
  /** Moderated already: nothing written. */
  | { readonly status: 'unchanged'; readonly caseRecord: CaseRecord }
  | { readonly status: 'missing'; readonly message: string };

/**
 * Marks a complete case `moderated` (every disagreement of its second reading decided), with
 * its `#status` history entry `via: 'moderation'` and `source` naming the moderation round. The
 * moderation store decides when; this store writes it, as it writes every case status.
 *
 * Call it inside your own transaction (which must include `cases` and `answerHistory`) to make
 * it part of the decision; called alone, it runs in a transaction of its own. Throws for a case
 * that is not complete: moderation only ever follows a completed case, so that is a bug.
 */
export async function markModerated(
  request: StatusRequest & { readonly source: string },
  now: Clock = systemClock,
): Promise<ModeratedOutcome> {
  const db = Dexie.currentTransaction
    ? (Dexie.currentTransaction.db as CaseAuditDatabase)
    : database();
  return db.transaction('rw', [db.cases, db.answerHistory], async (): Promise<ModeratedOutcome> => {
    const caseRecord = await db.cases.get(request.caseId);
    if (!caseRecord)
      return { status: 'missing', message: 'This case is no longer on this device.' };
    if (caseRecord.status === 'moderated') return { status: 'unchanged', caseRecord };
    if (caseRecord.status !== 'complete') {
      throw new Error(
        `Case ${caseRecord.ref} is ${caseRecord.status}: only a complete case is moderated`,
      );
    }
    const at = now().toISOString();
    const updated: CaseRecord = { ...caseRecord, status: 'moderated', updatedAt: at };
    await db.cases.put(updated);
    await db.answerHistory.add({
      caseId: caseRecord.id,
      inspectionId: caseRecord.inspectionId,
      itemId: CASE_STATUS_ITEM,
      value: 'moderated',
      note: '',
      rev: 0,
      at,
      by: request.by,
      device: request.device,
      via: 'moderation',
      source: request.source,
      before: { value: caseRecord.status, note: '' },
    });
    return { status: 'done', caseRecord: updated };
  });
}

// Crash recovery -------------------------------------------------------------------------------

/** A case open in a tab: written when a case screen opens, removed when it closes normally. */
export type OpenCaseMarker = {
  readonly token: string;
  readonly caseId: string;
  readonly inspectionId: string;
  readonly ref: string;
  readonly openedAt: string;
};

const MARKER_PREFIX = 'open-case:';
/** localStorage key written synchronously on pagehide: "this page closed normally". */
const CLOSED_PREFIX = 'case-audit:closed-normally:';
const lockName = (token: string) => `case-audit:open-case:${token}`;
const releases = new Map<string, () => void>();
/** Markers written by this page: never mistaken for a crash. */
const ownTokens = new Set<string>();

/**
 * Notes that a case is open in this tab, until it is closed (leaving the case screens, or the
 * page going away: pagehide). A Web Lock is held meanwhile, so another tab can tell a case open
 * elsewhere from one left open by a crash. Returns the marker's token at once; the marker is
 * written in the background.
 */
export function markCaseOpen(
  open: Omit<OpenCaseMarker, 'token' | 'openedAt'>,
  now: Clock = systemClock,
): string {
  const token = crypto.randomUUID();
  ownTokens.add(token);
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (locks) {
    void locks
      .request(lockName(token), () => new Promise<void>((release) => releases.set(token, release)))
      .catch(() => undefined);
  }
  const marker: OpenCaseMarker = { ...open, token, openedAt: now().toISOString() };
  void retrying((db) => db.meta.put({ key: MARKER_PREFIX + token, value: marker })).catch(
    () => undefined,
  );
  return token;
}

/** The case screens were left: the marker goes. */
export async function markCaseClosed(token: string): Promise<void> {
  releases.get(token)?.();
  releases.delete(token);
  ownTokens.delete(token);
  await retrying((db) => db.meta.delete(MARKER_PREFIX + token)).catch(() => undefined);
}

/**
 * The page is going away normally (pagehide). An IndexedDB write started now may not finish
 * before the page is gone, so a synchronous localStorage note says "closed normally" too.
 */
export function markCaseClosedOnExit(token: string): void {
  try {
    localStorage.setItem(CLOSED_PREFIX + token, '1');
  } catch {
    // No localStorage: the IndexedDB delete below is all there is.
  }
  // If the delete commits before the page is gone, the note is not needed any more.
  void markCaseClosed(token).then(() => forgetClosedNote(token));
}

function closedNormally(token: string): boolean {
  try {
    return localStorage.getItem(CLOSED_PREFIX + token) !== null;
  } catch {
    return false;
  }
}

function forgetClosedNote(token: string): void {
  try {
    localStorage.removeItem(CLOSED_PREFIX + token);
  } catch {
    // Nothing to forget.
  }
}

/** Removes "closed normally" notes whose marker is already gone (nothing left to explain). */
function forgetNotesWithoutMarkers(tokens: ReadonlySet<string>): void {
  try {
    const stale: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(CLOSED_PREFIX) && !tokens.has(key.slice(CLOSED_PREFIX.length))) {
        stale.push(key);
      }
    }
    for (const key of stale) localStorage.removeItem(key);
  } catch {
    // No localStorage: nothing to tidy.
  }
}

/**
 * After a crash or a killed browser: the case that was open (the most recently opened one if
 * several), or null after a normal exit. Markers of cases still open in this or other tabs are
 * left alone; the others are removed, so a recovery is reported once.
 */
export async function takeUncleanExit(): Promise<
  (OpenCaseMarker & { lastSavedAt: string | null }) | null
> {
  const db = database();
  const rows = await db.meta.where('key').startsWith(MARKER_PREFIX).toArray();
  forgetNotesWithoutMarkers(new Set(rows.map((row) => (row.value as OpenCaseMarker).token)));
  if (rows.length === 0) return null;
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  const held = new Set(
    locks ? ((await locks.query().catch(() => ({ held: [] }))).held ?? []).map((l) => l.name) : [],
  );
  const gone = rows
    .map((row) => row.value as OpenCaseMarker)
    .filter((m) => m && !held.has(lockName(m.token)) && !ownTokens.has(m.token));
  if (gone.length === 0) return null;
  await db.meta.bulkDelete(gone.map((m) => MARKER_PREFIX + m.token));
  const crashed = gone.filter((m) => !closedNormally(m.token));
  for (const m of gone) forgetClosedNote(m.token);
  const latest = crashed.sort((a, b) => b.openedAt.localeCompare(a.openedAt))[0];
  if (!latest) return null;
  const answers = await db.answers.where('caseId').equals(latest.caseId).toArray();
  const lastSavedAt = answers.reduce<string | null>(
    (max, a) => (max === null || a.at > max ? a.at : max),
    null,
  );
  return { ...latest, lastSavedAt };
}
