/**
 * The blind second reading: saved answer by answer through its own editor
 * (src/editing/secondReadingEditor.ts: same debounce, retries, conflict rule and "Saved only
 * after commit" as scoring), then finished. moderationStore.ts describes the moderation records.
 */
import {
  type Answer,
  caseProgress,
  indexFramework,
  mergeAnswerEdit,
  moderationIdOf,
  NO_ANSWER,
  readingValues,
} from '../../core';
import type { SaveOutcome, SaveRequest } from '../cases/answerWriter';
import type { AnswerRecord } from '../database';
import { type Clock, type Failed, systemClock, writeTransaction } from '../writeOutcome';
import { frameworkOf, NOT_HERE, readModerationRecord, recordOf } from './moderationStore';

/**
 * Saves one change to one answer of a second reading — the writer a second reading's
 * `CaseEditor` uses instead of answerWriter's `saveAnswer`, with the same rules: one
 * transaction, resolved after the commit; the change laid over the stored answer by core's
 * `mergeAnswerEdit` (a field changed by someone else since the editor looked is a conflict); a
 * finished reading is `locked`. Never touches the case's answers.
 */
export async function saveSecondAnswer(
  request: SaveRequest,
  now: Clock = systemClock,
): Promise<SaveOutcome> {
  return writeTransaction(
    (db) => [db.moderation],
    async (db): Promise<SaveOutcome> => {
      const row = await db.moderation.get(moderationIdOf(request.caseId));
      const record = readModerationRecord(row);
      if (!record) return { status: 'missing', message: NOT_HERE };
      const { data } = record;
      if (data.status !== 'assigned') return { status: 'locked', caseStatus: 'complete' };
      const { itemId, patch, base, by, device } = request;
      const stored = data.secondReading[itemId];
      const withIds = (answer: Answer): AnswerRecord => ({
        ...answer,
        caseId: record.caseId,
        inspectionId: record.inspectionId,
        itemId,
      });
      const edit = mergeAnswerEdit(stored, patch, base);
      if (edit.kind === 'conflict') return { status: 'conflict', theirs: withIds(stored!) };
      const at = now().toISOString();
      if (edit.kind === 'unchanged') {
        return { status: 'saved', answer: withIds(stored!), historySeq: null };
      }
      if (edit.kind === 'blank') {
        const blank = withIds({ ...NO_ANSWER, at, by, device });
        return { status: 'saved', answer: blank, historySeq: null };
      }
      const answer: Answer = { ...edit.answer, at, by, device };
      await db.moderation.put({
        ...record,
        data: {
          ...data,
          secondReading: { ...data.secondReading, [itemId]: answer },
          updatedAt: at,
        },
      });
      return { status: 'saved', answer: withIds(answer), historySeq: null };
    },
    (outcome) => outcome.status === 'saved',
  );
}

export type FinishOutcome =
  | { readonly status: 'done' }
  | { readonly status: 'incomplete'; readonly missing: readonly string[] }
  | { readonly status: 'unchanged' }
  | { readonly status: 'missing'; readonly message: string }
  | Failed;

/**
 * "I have finished the second reading": only when every applicable required question is
 * answered in it. The reading is locked from then on, and the comparison can be shown.
 */
export async function finishSecondReading(
  request: { readonly inspectionId: string; readonly caseId: string; readonly by: string },
  now: Clock = systemClock,
): Promise<FinishOutcome> {
  return writeTransaction(
    (db) => [db.inspections, db.frameworks, db.moderation, db.cases],
    async (db): Promise<FinishOutcome> => {
      const record = await recordOf(db, request.inspectionId, request.caseId);
      if (!record) return { status: 'missing', message: NOT_HERE };
      if (record.data.status !== 'assigned') return { status: 'unchanged' };
      // Where the case sits, for rules on its area or stratum.
      const place = await db.cases.get(request.caseId);
      const context = await frameworkOf(db, request.inspectionId);
      if (!context) {
        return {
          status: 'missing',
          message: 'The framework of this inspection is not on this device.',
        };
      }
      const values = readingValues(record.data.secondReading);
      const progress = caseProgress(indexFramework(context.framework), (id) => values[id], place);
      if (!progress.canComplete) {
        return { status: 'incomplete', missing: progress.requiredMissing };
      }
      const at = now().toISOString();
      await db.moderation.put({
        ...record,
        data: {
          ...record.data,
          status: 'read',
          finishedAt: at,
          finishedBy: request.by,
          updatedAt: at,
        },
      });
      return { status: 'done' };
    },
  );
}
