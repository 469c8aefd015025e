/**
 * Second readings in exchange files: assignments into packs for inspectors, readings into work
 * files, and both merged on the receiving device. moderationStore.ts describes the four functions
 * and their rules.
 */
import {
  assignedReading,
  type ModerationAssignment,
  mergeReadingAnswers,
  moderationIdOf,
  type SecondReading,
} from '../../core';
import { currentDatabase } from '../connection';
import { type Clock, systemClock } from '../writeOutcome';
import { readModerationRecord, recordsOf } from './moderationStore';

/**
 * For a pack: the second readings assigned to `inspectorId` and not finished, each with the
 * reader's own answers so far. Never the first reading.
 */
export async function moderationAssignmentsFor(
  inspectionId: string,
  inspectorId: string,
): Promise<ModerationAssignment[]> {
  return (await recordsOf(currentDatabase(), inspectionId))
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

export type AssignmentsImported = {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Assignments for another inspection, left out. */
  readonly skipped: number;
};

/**
 * On the second reader's device, from a pack: creates the records they answer into, or brings
 * existing ones up to date (a new reader; answers the lead holds that are newer). Work already
 * done here is kept. Call inside your transaction (with `moderation`) or alone.
 */
export async function importModerationAssignments(
  inspectionId: string,
  assignments: readonly ModerationAssignment[],
  now: Clock = systemClock,
): Promise<AssignmentsImported> {
  const db = currentDatabase();
  return db.transaction('rw', [db.moderation], async () => {
    let added = 0;
    let updated = 0;
    let unchanged = 0;
    let skipped = 0;
    for (const a of assignments) {
      if (a.inspectionId !== inspectionId || a.moderationId !== moderationIdOf(a.caseId)) {
        skipped++;
        continue;
      }
      const at = now().toISOString();
      const record = readModerationRecord(await db.moderation.get(a.moderationId));
      if (!record) {
        await db.moderation.put({
          id: a.moderationId,
          inspectionId,
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
        });
        added++;
        continue;
      }
      const { data } = record;
      const readerChanged = data.secondReaderId !== a.secondReaderId;
      if (data.status !== 'assigned' && !readerChanged) {
        // Finished here: the reading is locked, whatever the pack says.
        unchanged++;
        continue;
      }
      const answers = readerChanged
        ? a.answers
        : mergeReadingAnswers(data.secondReading, a.answers);
      if (!readerChanged && answers === null) {
        unchanged++;
        continue;
      }
      await db.moderation.put({
        ...record,
        data: {
          ...data,
          secondReaderId: a.secondReaderId,
          assignedAt: a.assignedAt,
          assignedBy: a.assignedBy,
          secondReading: answers ?? data.secondReading,
          updatedAt: at,
        },
      });
      updated++;
    }
    return { added, updated, unchanged, skipped };
  });
}

/** For a "my work" file: the second readings `readerId` holds on this device. */
export async function secondReadingsBy(
  inspectionId: string,
  readerId: string,
): Promise<SecondReading[]> {
  return (await recordsOf(currentDatabase(), inspectionId))
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

export type SecondReadingSkipped = {
  readonly moderationId: string;
  readonly caseId: string;
  readonly reason: 'unknown' | 'reassigned' | 'finished';
  /** Plain words for the merge summary. */
  readonly message: string;
};

export type SecondReadingsMerged = {
  /** Case ids whose second reading changed. */
  readonly merged: readonly string[];
  readonly unchanged: readonly string[];
  readonly skipped: readonly SecondReadingSkipped[];
};

/**
 * On the lead's device, from "my work" files: the second readings merged into their records.
 * Idempotent (the same file twice changes nothing). Never touches the case's answers. Call
 * inside your transaction (with `moderation`) or alone.
 */
export async function mergeSecondReadings(
  inspectionId: string,
  readings: readonly SecondReading[],
  now: Clock = systemClock,
): Promise<SecondReadingsMerged> {
  const db = currentDatabase();
  return db.transaction('rw', [db.moderation], async () => {
    const merged: string[] = [];
    const unchanged: string[] = [];
    const skipped: SecondReadingSkipped[] = [];
    for (const reading of readings) {
      const record =
        reading.inspectionId === inspectionId
          ? readModerationRecord(await db.moderation.get(reading.moderationId))
          : null;
      const skip = (reason: SecondReadingSkipped['reason'], message: string) =>
        skipped.push({
          moderationId: reading.moderationId,
          caseId: reading.caseId,
          reason,
          message,
        });
      if (!record || record.inspectionId !== inspectionId || record.caseId !== reading.caseId) {
        skip('unknown', 'No second reading of this case is assigned on this device.');
        continue;
      }
      const { data } = record;
      if (data.secondReaderId !== reading.readerId) {
        skip(
          'reassigned',
          `Case ${data.caseRef}: this second reading is now assigned to someone else.`,
        );
        continue;
      }
      const answers = mergeReadingAnswers(data.secondReading, reading.answers);
      if (data.status !== 'assigned') {
        if (answers === null) unchanged.push(record.caseId);
        else
          skip(
            'finished',
            `Case ${data.caseRef}: the second reading was already finished here; later changes are not taken.`,
          );
        continue;
      }
      const finishing = reading.finishedAt !== null;
      if (answers === null && !finishing) {
        unchanged.push(record.caseId);
        continue;
      }
      await db.moderation.put({
        ...record,
        data: {
          ...data,
          secondReading: answers ?? data.secondReading,
          ...(finishing
            ? { status: 'read', finishedAt: reading.finishedAt, finishedBy: reading.readerId }
            : {}),
          updatedAt: now().toISOString(),
        },
      });
      merged.push(record.caseId);
    }
    return { merged, unchanged, skipped };
  });
}
