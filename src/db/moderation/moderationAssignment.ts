/**
 * Choosing cases for a second reading, and changing the reader or withdrawing a choice before
 * any of it is answered. moderationStore.ts describes the moderation records.
 */
import {
  assignedReading,
  type ModerationCase,
  type ModerationSelection,
  moderationIdOf,
  readerChangeProblem,
  secondReadingProblem,
  type ValidationError,
  withdrawalProblem,
} from '../../core';
import type { CaseAuditDatabase, ModerationRecord } from '../database';
import {
  type Clock,
  type Failed,
  NO_INSPECTION,
  systemClock,
  writeTransaction,
} from '../writeOutcome';
import { type ChangeOutcome, NOT_HERE, recordOf } from './moderationStore';

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
  return writeTransaction(
    (db) => [db.inspections, db.cases, db.moderation],
    async (db): Promise<AssignOutcome> => {
      const inspection = await db.inspections.get(request.inspectionId);
      if (!inspection) return NO_INSPECTION;
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
        const problem = secondReadingProblem(
          kase,
          existing[i] !== undefined,
          assignment.secondReaderId,
          inspection.team,
        );
        if (problem !== null) {
          errors.push({ path, message: problem });
          return;
        }
        const data = assignedReading(
          {
            caseRef: kase.ref,
            firstReaderId: kase.inspectorId,
            secondReaderId: assignment.secondReaderId,
            selection: request.selection,
            assignedAt: at,
            assignedBy: request.by,
          },
          at,
        );
        rows.push({
          id: moderationIdOf(kase.id),
          inspectionId: request.inspectionId,
          caseId: kase.id,
          data,
        });
      });
      if (errors.length > 0) return { status: 'invalid', errors };
      await db.moderation.bulkAdd(rows);
      return { status: 'done', added: rows.length };
    },
    (outcome) => outcome.status === 'done',
  );
}

/** A change to one case's second reading, in one transaction: refused with the problem, if any. */
function changeRecord(
  inspectionId: string,
  caseId: string,
  problem: (record: ModerationCase) => string | null,
  write: (db: CaseAuditDatabase, record: ModerationCase) => Promise<unknown>,
): Promise<ChangeOutcome> {
  return writeTransaction(
    (db) => [db.moderation],
    async (db): Promise<ChangeOutcome> => {
      const record = await recordOf(db, inspectionId, caseId);
      if (!record) return { status: 'missing', message: NOT_HERE };
      const refusal = problem(record);
      if (refusal !== null) return { status: 'refused', message: refusal };
      await write(db, record);
      return { status: 'done' };
    },
  );
}

/** Gives a second reading to someone else: only before any of it has been answered. */
export async function changeSecondReader(
  inspectionId: string,
  caseId: string,
  readerId: string,
  now: Clock = systemClock,
): Promise<ChangeOutcome> {
  return changeRecord(
    inspectionId,
    caseId,
    (record) => readerChangeProblem(record, readerId),
    (db, record) =>
      db.moderation.put({
        ...record,
        data: { ...record.data, secondReaderId: readerId, updatedAt: now().toISOString() },
      }),
  );
}

/** Takes a case out of moderation: only while its second reading is unfinished. */
export async function withdrawSecondReading(
  inspectionId: string,
  caseId: string,
): Promise<ChangeOutcome> {
  return changeRecord(inspectionId, caseId, withdrawalProblem, (db, record) =>
    db.moderation.delete(record.id),
  );
}
