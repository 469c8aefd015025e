/**
 * How second readings travel and merge: assignments go to the second reader in a pack, their
 * readings come back in a "my work" file. Storage reads the records and writes what these
 * return; the rules (a changed reader, a finished reading locked, why a reading is not taken)
 * are here.
 */

import {
  assignedReading,
  type ModerationAssignment,
  type ModerationCase,
  moderationIdOf,
  type SecondReading,
} from './moderationRecord';
import { mergeReadingAnswers } from './readingAnswers';

/** The second readings assigned to `inspectorId` and not finished, with their answers so far. */
export function assignmentsFor(
  records: readonly ModerationCase[],
  inspectorId: string,
): ModerationAssignment[] {
  return records
    .filter((r) => r.data.secondReaderId === inspectorId && r.data.status === 'assigned')
    .map((r) => ({
      moderationId: r.id,
      inspectionId: r.inspectionId,
      caseId: r.caseId,
      caseRef: r.data.caseRef,
      secondReaderId: r.data.secondReaderId,
      assignedAt: r.data.assignedAt,
      assignedBy: r.data.assignedBy,
      answers: r.data.secondReading,
      finishedAt: r.data.finishedAt,
    }));
}

/** Every second reading still to read, whoever reads it: what a lead's device tells the server. */
export function allAssignments(records: readonly ModerationCase[]): ModerationAssignment[] {
  const readers = [...new Set(records.map((r) => r.data.secondReaderId))].sort();
  return readers.flatMap((reader) => assignmentsFor(records, reader));
}

/** The second readings `readerId` holds among `records`. */
export function readingsBy(records: readonly ModerationCase[], readerId: string): SecondReading[] {
  return records
    .filter((r) => r.data.secondReaderId === readerId)
    .map((r) => ({
      moderationId: r.id,
      inspectionId: r.inspectionId,
      caseId: r.caseId,
      readerId: r.data.secondReaderId,
      answers: r.data.secondReading,
      finishedAt: r.data.finishedAt,
    }));
}

/** An assignment for another inspection, or whose id is not its case's, is left out. */
export function assignmentSkipped(inspectionId: string, a: ModerationAssignment): boolean {
  return a.inspectionId !== inspectionId || a.moderationId !== moderationIdOf(a.caseId);
}

export type AssignmentApplied =
  | { readonly kind: 'added' | 'updated'; readonly record: ModerationCase }
  | { readonly kind: 'unchanged' };

/**
 * An assignment from a pack over the record held here (null: none yet). A new record keeps
 * the first reader and the selection on the lead's device. A new reader takes the pack's
 * answers; the same reader's answers merge, newer winning; a reading finished here is locked.
 */
export function applyAssignment(
  record: ModerationCase | null,
  a: ModerationAssignment,
  at: string,
): AssignmentApplied {
  if (!record) {
    return {
      kind: 'added',
      record: {
        id: a.moderationId,
        inspectionId: a.inspectionId,
        caseId: a.caseId,
        // The first reader and the selection stay on the lead's device.
        data: {
          ...assignedReading(
            {
              caseRef: a.caseRef,
              firstReaderId: null,
              secondReaderId: a.secondReaderId,
              selection: null,
              assignedAt: a.assignedAt,
              assignedBy: a.assignedBy,
            },
            at,
          ),
          status: a.finishedAt ? 'read' : 'assigned',
          secondReading: a.answers,
          finishedAt: a.finishedAt,
          finishedBy: a.finishedAt ? a.secondReaderId : null,
        },
      },
    };
  }
  const { data } = record;
  const readerChanged = data.secondReaderId !== a.secondReaderId;
  // Finished here: the reading is locked, whatever the pack says.
  if (data.status !== 'assigned' && !readerChanged) return { kind: 'unchanged' };
  const answers = readerChanged ? a.answers : mergeReadingAnswers(data.secondReading, a.answers);
  if (!readerChanged && answers === null) return { kind: 'unchanged' };
  return {
    kind: 'updated',
    record: {
      ...record,
      data: {
        ...data,
        secondReaderId: a.secondReaderId,
        assignedAt: a.assignedAt,
        assignedBy: a.assignedBy,
        secondReading: answers ?? data.secondReading,
        updatedAt: at,
      },
    },
  };
}

export type SecondReadingSkipped = {
  readonly moderationId: string;
  readonly caseId: string;
  readonly reason: 'unknown' | 'reassigned' | 'finished';
  /** Plain words for the merge summary. */
  readonly message: string;
};

export type SecondReadingApplied =
  | { readonly kind: 'merged'; readonly record: ModerationCase }
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'skipped'; readonly skipped: SecondReadingSkipped };

/**
 * A second reading from a "my work" file over the record held here for `inspectionId` (null:
 * none). Only the assigned reader's reading is taken; once finished here, later changes are not.
 */
export function applySecondReading(
  inspectionId: string,
  record: ModerationCase | null,
  r: SecondReading,
  at: string,
): SecondReadingApplied {
  const skip = (reason: SecondReadingSkipped['reason'], message: string) => ({
    kind: 'skipped' as const,
    skipped: { moderationId: r.moderationId, caseId: r.caseId, reason, message },
  });
  if (!record || record.inspectionId !== inspectionId || record.caseId !== r.caseId) {
    return skip('unknown', 'No second reading of this case is assigned on this device.');
  }
  const { data } = record;
  if (data.secondReaderId !== r.readerId) {
    return skip(
      'reassigned',
      `Case ${data.caseRef}: this second reading is now assigned to someone else.`,
    );
  }
  const answers = mergeReadingAnswers(data.secondReading, r.answers);
  if (data.status !== 'assigned') {
    if (answers === null) return { kind: 'unchanged' };
    return skip(
      'finished',
      `Case ${data.caseRef}: the second reading was already finished here; later changes are not taken.`,
    );
  }
  const finishing = r.finishedAt !== null;
  if (answers === null && !finishing) return { kind: 'unchanged' };
  return {
    kind: 'merged',
    record: {
      ...record,
      data: {
        ...data,
        secondReading: answers ?? data.secondReading,
        ...(finishing ? { status: 'read', finishedAt: r.finishedAt, finishedBy: r.readerId } : {}),
        updatedAt: at,
      },
    },
  };
}
