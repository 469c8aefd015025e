/**
 * Choosing cases for a second reading, and changing the reader or withdrawing a choice before
 * any of it is answered. moderationStore.ts describes the moderation records.
 */
import {
  type ModerationData,
  type ModerationSelection,
  moderationIdOf,
  secondReadingStarted,
  type ValidationError,
} from '../../core';
import { retrying } from '../connection';
import type { ModerationRecord } from '../database';
import { requestPersistenceOnFirstWrite } from '../device/storageStatus';
import {
  type ChangeOutcome,
  type Clock,
  type Failed,
  failure,
  NOT_HERE,
  recordOf,
  systemClock,
} from './moderationStore';

export type AssignRequest = {
  readonly inspectionId: string;
  readonly assignments: readonly { readonly caseId: string; readonly secondReaderId: string }[];
  readonly selection: ModerationSelection;
  readonly by: string;
};

export type AssignOutcome =
  | { readonly status: 'done'; readonly added: number }
  | { readonly status: 'invalid'; readonly errors: readonly ValidationError[] }
  | { readonly status: 'missing'; readonly message: string }
  | Failed;

/**
 * Records second readings for the chosen cases, all or none: each case must be complete and
 * not already chosen, and its second reader must be a team member other than its inspector.
 */
export async function assignSecondReadings(
  request: AssignRequest,
  now: Clock = systemClock,
): Promise<AssignOutcome> {
  try {
    const outcome = await retrying((db) =>
      db.transaction('rw', [db.inspections, db.cases, db.moderation], async () => {
        const inspection = await db.inspections.get(request.inspectionId);
        if (!inspection) {
          return { status: 'missing', message: 'This inspection is no longer on this device.' };
        }
        const team = new Set(inspection.team.map((m) => m.id));
        const cases = await db.cases.bulkGet(request.assignments.map((a) => a.caseId));
        const existing = await db.moderation.bulkGet(
          request.assignments.map((a) => moderationIdOf(a.caseId)),
        );
        const errors: ValidationError[] = [];
        const at = now().toISOString();
        const rows: ModerationRecord[] = [];
        request.assignments.forEach((assignment, i) => {
          const kase = cases[i];
          const path = `case ${kase?.ref ?? assignment.caseId}`;
          if (!kase || kase.inspectionId !== request.inspectionId) {
            errors.push({ path, message: 'This case is not in this inspection' });
            return;
          }
          if (kase.status !== 'complete') {
            errors.push({ path, message: `Case ${kase.ref} is not marked complete` });
            return;
          }
          if (existing[i]) {
            errors.push({ path, message: `Case ${kase.ref} already has a second reading` });
            return;
          }
          if (assignment.secondReaderId === kase.inspectorId) {
            errors.push({
              path,
              message: `Case ${kase.ref} needs a second reader other than its own inspector`,
            });
            return;
          }
          if (team.size > 0 && !team.has(assignment.secondReaderId)) {
            errors.push({ path, message: `Choose a second reader for case ${kase.ref}` });
            return;
          }
          const data: ModerationData = {
            caseRef: kase.ref,
            firstReaderId: kase.inspectorId,
            secondReaderId: assignment.secondReaderId,
            status: 'assigned',
            selection: request.selection,
            assignedAt: at,
            assignedBy: request.by,
            secondReading: {},
            finishedAt: null,
            finishedBy: null,
            firstReading: null,
            decisions: {},
            decidedAt: null,
            updatedAt: at,
          };
          rows.push({
            id: moderationIdOf(kase.id),
            inspectionId: request.inspectionId,
            caseId: kase.id,
            data,
          });
        });
        if (errors.length > 0) return { status: 'invalid', errors } as const;
        await db.moderation.bulkAdd(rows);
        return { status: 'done', added: rows.length } as const;
      }),
    );
    if (outcome.status === 'done') void requestPersistenceOnFirstWrite();
    return outcome as AssignOutcome;
  } catch (error) {
    return failure(error);
  }
}

/** Gives a second reading to someone else: only before any of it has been answered. */
export async function changeSecondReader(
  inspectionId: string,
  caseId: string,
  readerId: string,
  now: Clock = systemClock,
): Promise<ChangeOutcome> {
  try {
    return await retrying((db) =>
      db.transaction('rw', [db.moderation], async (): Promise<ChangeOutcome> => {
        const record = await recordOf(db, inspectionId, caseId);
        if (!record) return { status: 'missing', message: NOT_HERE };
        const { data } = record;
        if (readerId === data.firstReaderId) {
          return { status: 'refused', message: 'The second reader cannot be the case’s inspector' };
        }
        if (secondReadingStarted(record)) {
          return {
            status: 'refused',
            message: 'This second reading has been started, so its reader cannot change',
          };
        }
        await db.moderation.put({
          ...record,
          data: { ...data, secondReaderId: readerId, updatedAt: now().toISOString() },
        });
        return { status: 'done' };
      }),
    );
  } catch (error) {
    return failure(error);
  }
}

/** Takes a case out of moderation: only while its second reading is unfinished. */
export async function withdrawSecondReading(
  inspectionId: string,
  caseId: string,
): Promise<ChangeOutcome> {
  try {
    return await retrying((db) =>
      db.transaction('rw', [db.moderation], async (): Promise<ChangeOutcome> => {
        const record = await recordOf(db, inspectionId, caseId);
        if (!record) return { status: 'missing', message: NOT_HERE };
        if (record.data.status !== 'assigned') {
          return {
            status: 'refused',
            message: 'This second reading is finished, so it stays in the moderation record',
          };
        }
        await db.moderation.delete(record.id);
        return { status: 'done' };
      }),
    );
  } catch (error) {
    return failure(error);
  }
}
