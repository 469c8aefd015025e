/**
 * The blind second reading: saved answer by answer through its own `CaseEditor` (same debounce,
 * retries, conflict rule and "Saved only after commit" as scoring), then finished.
 * moderationStore.ts describes the moderation records.
 */
import { type Answer, caseProgress, indexFramework, moderationIdOf } from '../../core';
import { CaseEditor } from '../../editing/caseEditor';
import { NO_ANSWER, type SaveOutcome, type SaveRequest, sameValue } from '../cases/caseStore';
import { retrying } from '../connection';
import type { AnswerRecord } from '../database';
import { requestPersistenceOnFirstWrite } from '../device/storageStatus';
import {
  type Clock,
  type Failed,
  failure,
  frameworkOf,
  NOT_HERE,
  readingValues,
  readModerationRecord,
  recordOf,
  systemClock,
} from './moderationStore';

/**
 * Saves one change to one answer of a second reading — the writer a second reading's
 * `CaseEditor` uses instead of caseStore's `saveAnswer`, with the same rules: one transaction,
 * resolved after the commit; a field changed by someone else since the editor looked is a
 * conflict; a finished reading is `locked`. Never touches the answers table.
 */
export async function saveSecondAnswer(
  request: SaveRequest,
  now: Clock = systemClock,
): Promise<SaveOutcome> {
  try {
    const outcome = await retrying((db) =>
      db.transaction('rw', [db.moderation], async (): Promise<SaveOutcome> => {
        const row = await db.moderation.get(moderationIdOf(request.caseId));
        const record = readModerationRecord(row);
        if (!record) return { status: 'missing', message: NOT_HERE };
        const { data } = record;
        if (data.status !== 'assigned') return { status: 'locked', caseStatus: 'complete' };
        const { itemId, patch, base, by, device } = request;
        const stored = data.secondReading[itemId];
        const current = stored
          ? { value: stored.value, note: stored.note, rev: stored.rev }
          : NO_ANSWER;
        const withIds = (answer: Answer): AnswerRecord => ({
          ...answer,
          caseId: record.caseId,
          inspectionId: record.inspectionId,
          itemId,
        });
        if (stored && current.rev !== base.rev) {
          const clashes =
            ('value' in patch &&
              !sameValue(current.value, base.value) &&
              !sameValue(current.value, patch.value)) ||
            ('note' in patch && current.note !== base.note && current.note !== patch.note);
          if (clashes) return { status: 'conflict', theirs: withIds(stored) };
        }
        const value = 'value' in patch ? (patch.value ?? null) : current.value;
        const note = 'note' in patch ? (patch.note ?? '') : current.note;
        const at = now().toISOString();
        if (stored && sameValue(value, current.value) && note === current.note) {
          return { status: 'saved', answer: withIds(stored), historySeq: null };
        }
        if (!stored && value === null && note === '') {
          return {
            status: 'saved',
            answer: withIds({ ...NO_ANSWER, at, by, device }),
            historySeq: null,
          };
        }
        const answer: Answer = { value, note, rev: current.rev + 1, at, by, device };
        await db.moderation.put({
          ...record,
          data: {
            ...data,
            secondReading: { ...data.secondReading, [itemId]: answer },
            updatedAt: at,
          },
        });
        return { status: 'saved', answer: withIds(answer), historySeq: null };
      }),
    );
    if (outcome.status === 'saved') void requestPersistenceOnFirstWrite();
    return outcome;
  } catch (error) {
    return failure(error);
  }
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
  try {
    return await retrying((db) =>
      db.transaction(
        'rw',
        [db.inspections, db.frameworks, db.moderation],
        async (): Promise<FinishOutcome> => {
          const record = await recordOf(db, request.inspectionId, request.caseId);
          if (!record) return { status: 'missing', message: NOT_HERE };
          if (record.data.status !== 'assigned') return { status: 'unchanged' };
          const context = await frameworkOf(db, request.inspectionId);
          if (!context) {
            return {
              status: 'missing',
              message: 'The framework of this inspection is not on this device.',
            };
          }
          const values = readingValues(record.data.secondReading);
          const progress = caseProgress(indexFramework(context.framework), (id) => values[id]);
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
      ),
    );
  } catch (error) {
    return failure(error);
  }
}

// The second reading's editor ------------------------------------------------------------------

const readingEditors = new Map<string, CaseEditor>();

/**
 * The editor of a case's second reading: a `CaseEditor` (debounce, retries, conflicts, unsaved
 * work registered so an update never reloads over it) whose writer is `saveSecondAnswer`, so
 * nothing it saves reaches the answers table. Shared by the second-reading screens of the case
 * in this tab and kept for the life of the page, apart from the case's own editor.
 */
export function openSecondReadingEditor(options: {
  readonly caseId: string;
  readonly by: string;
  readonly device: string;
}): CaseEditor {
  const existing = readingEditors.get(options.caseId);
  if (existing) {
    existing.setScorer(options.by);
    return existing;
  }
  const editor = new CaseEditor({ ...options, save: (request) => saveSecondAnswer(request) });
  readingEditors.set(options.caseId, editor);
  return editor;
}

/** Forgets every second-reading editor (tests switch databases). */
export async function closeSecondReadingEditors(): Promise<void> {
  const all = [...readingEditors.values()];
  readingEditors.clear();
  await Promise.all(all.map((editor) => editor.dispose()));
}
