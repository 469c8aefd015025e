/**
 * The one writer of case status, beside answerWriter.ts (the one writer of answers): a case
 * moves from not started to in progress at its first answer (answerWriter), to `complete` and
 * back by `completeCase` / `reopenCase`, to `moderated` by `markModerated` (for the moderation
 * store), and is restored verbatim from a file or a merge by `restoreCases`. Every change but a
 * restore is an entry in the case's history, under `#status`.
 */
import { type CaseStatus, caseProgress, frameworkKey, indexFramework } from '../../core';
import { currentDatabase } from '../connection';
import type { AnswerHistoryRecord, CaseAuditDatabase, CaseRecord } from '../database';
import { type Clock, type Failed, systemClock, writeTransaction } from '../writeOutcome';
import { caseValues, valueTables } from './answerStore';
import { RESTORE_CHUNK, transactionDatabase } from './answerWriter';
import { CASE_STATUS_ITEM } from './caseReads';

export type StatusOutcome =
  | { readonly status: 'done'; readonly caseRecord: CaseRecord }
  | { readonly status: 'incomplete'; readonly missing: readonly string[] }
  | { readonly status: 'unchanged'; readonly caseRecord: CaseRecord }
  | { readonly status: 'missing'; readonly message: string }
  | Failed;

type StatusRequest = { readonly caseId: string; readonly by: string; readonly device: string };

const CASE_GONE = 'This case is no longer on this device.';

/** The `#status` history entry of a status change. */
function statusEntry(
  caseRecord: CaseRecord,
  to: CaseStatus,
  at: string,
  request: StatusRequest,
  how: Pick<AnswerHistoryRecord, 'via' | 'source'>,
): AnswerHistoryRecord {
  return {
    caseId: caseRecord.id,
    inspectionId: caseRecord.inspectionId,
    itemId: CASE_STATUS_ITEM,
    value: to,
    note: '',
    rev: 0,
    at,
    by: request.by,
    device: request.device,
    ...how,
    before: { value: caseRecord.status, note: '' },
  };
}

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

/** Why a case cannot be completed now, read in the caller's transaction; null if it can. */
async function cannotComplete(
  db: CaseAuditDatabase,
  caseRecord: CaseRecord,
): Promise<Exclude<StatusOutcome, { status: 'done' | 'failed' }> | null> {
  if (caseRecord.status === 'complete' || caseRecord.status === 'moderated') {
    return { status: 'unchanged', caseRecord };
  }
  const inspection = await db.inspections.get(caseRecord.inspectionId);
  const framework = inspection && (await db.frameworks.get(frameworkKey(inspection.framework)));
  if (!framework) {
    return { status: 'missing', message: 'The framework of this case is not on this device.' };
  }
  const values = await caseValues(db, caseRecord.id);
  const progress = caseProgress(
    indexFramework(framework.framework),
    (id) => values.get(id),
    caseRecord,
  );
  return progress.canComplete ? null : { status: 'incomplete', missing: progress.requiredMissing };
}

async function changeStatus(
  request: StatusRequest,
  to: 'complete' | 'in-progress',
  now: Clock,
): Promise<StatusOutcome> {
  return writeTransaction(
    (db) => [db.cases, ...valueTables(db), db.answerHistory, db.inspections, db.frameworks],
    async (db): Promise<StatusOutcome> => {
      const caseRecord = await db.cases.get(request.caseId);
      if (!caseRecord) return { status: 'missing', message: CASE_GONE };
      if (to === 'complete') {
        const refused = await cannotComplete(db, caseRecord);
        if (refused) return refused;
      } else if (caseRecord.status !== 'complete') {
        return { status: 'unchanged', caseRecord };
      }
      const at = now().toISOString();
      const updated: CaseRecord = { ...caseRecord, status: to, updatedAt: at };
      await db.cases.put(updated);
      await db.answerHistory.add(statusEntry(caseRecord, to, at, request, { via: 'edit' }));
      return { status: 'done', caseRecord: updated };
    },
  );
}

export type ModeratedOutcome =
  | { readonly status: 'done'; readonly caseRecord: CaseRecord }
  /** Moderated already: nothing written. */
  | { readonly status: 'unchanged'; readonly caseRecord: CaseRecord }
  | { readonly status: 'missing'; readonly message: string };

/**
 * Marks a complete case `moderated` (every disagreement of its second reading decided), with
 * its `#status` history entry `via: 'moderation'` and `source` naming the moderation round. The
 * moderation store decides when; this module writes it, as it writes every case status.
 *
 * Call it inside your own transaction (which must include `cases` and `answerHistory`) to make
 * it part of the decision; called alone, it runs in a transaction of its own. Throws for a case
 * that is not complete: moderation only ever follows a completed case, so that is a bug.
 */
export async function markModerated(
  request: StatusRequest & { readonly source: string },
  now: Clock = systemClock,
): Promise<ModeratedOutcome> {
  const db = currentDatabase();
  return db.transaction('rw', [db.cases, db.answerHistory], async (): Promise<ModeratedOutcome> => {
    const caseRecord = await db.cases.get(request.caseId);
    if (!caseRecord) return { status: 'missing', message: CASE_GONE };
    if (caseRecord.status === 'moderated') return { status: 'unchanged', caseRecord };
    if (caseRecord.status !== 'complete') {
      throw new Error(
        `Case ${caseRecord.ref} is ${caseRecord.status}: only a complete case is moderated`,
      );
    }
    const at = now().toISOString();
    const updated: CaseRecord = { ...caseRecord, status: 'moderated', updatedAt: at };
    await db.cases.put(updated);
    await db.answerHistory.add(
      statusEntry(caseRecord, 'moderated', at, request, {
        via: 'moderation',
        source: request.source,
      }),
    );
    return { status: 'done', caseRecord: updated };
  });
}

/**
 * Writes case records exactly as given — status, details, `updatedAt` — with no history entry
 * of their own: restoring an archive (`add`: every case is new here, and one already stored
 * fails the write, so the caller's transaction rolls back) or applying a planned merge or a
 * resolved conflict (`replace`: each replaces the stored case of the same id), which have
 * already decided every record and written their `#status` entries through `restoreAnswers`.
 *
 * Must run inside the caller's transaction, which includes `cases`: a restore is always part
 * of a larger all-or-nothing change. `onProgress` hears the cases written so far after each
 * chunk.
 */
export async function restoreCases(
  cases: readonly CaseRecord[],
  how: 'add' | 'replace',
  onProgress?: (written: number) => void,
): Promise<number> {
  const db = transactionDatabase('restoreCases');
  if (how === 'add') {
    for (const kase of cases) await db.cases.add(kase);
    return cases.length;
  }
  let written = 0;
  // Every chunk is queued at once: storage works through them without a round trip between.
  const requests: Promise<unknown>[] = [];
  for (let i = 0; i < cases.length; i += RESTORE_CHUNK) {
    const chunk = cases.slice(i, i + RESTORE_CHUNK);
    requests.push(
      db.cases.bulkPut(chunk).then(() => {
        written += chunk.length;
        onProgress?.(written);
      }),
    );
  }
  await Promise.all(requests);
  return cases.length;
}
