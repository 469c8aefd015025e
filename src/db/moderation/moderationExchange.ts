/**
 * Second readings in exchange files: assignments into packs for inspectors, readings into work
 * files, and both merged on the receiving device. moderationStore.ts describes the four functions
 * and their rules; core's readingExchange.ts decides them.
 */
import {
  allAssignments,
  applyAssignment,
  applySecondReading,
  assignmentSkipped,
  assignmentsFor,
  type ModerationAssignment,
  readingsBy,
  type SecondReading,
  type SecondReadingSkipped,
} from '../../core';
import { currentDatabase } from '../connection';
import { type Clock, systemClock } from '../writeOutcome';
import { readModerationRecord, recordsOf } from './moderationStore';

export type { SecondReadingSkipped };

/**
 * For a pack: the second readings assigned to `inspectorId` and not finished, each with the
 * reader's own answers so far. Never the first reading.
 */
export async function moderationAssignmentsFor(
  inspectionId: string,
  inspectorId: string,
): Promise<ModerationAssignment[]> {
  return assignmentsFor(await recordsOf(currentDatabase(), inspectionId), inspectorId);
}

/** Every second reading still to read, whoever reads it: what the lead's device tells the server. */
export async function allAssignmentsOf(inspectionId: string): Promise<ModerationAssignment[]> {
  return allAssignments(await recordsOf(currentDatabase(), inspectionId));
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
    const counts = { added: 0, updated: 0, unchanged: 0, skipped: 0 };
    for (const a of assignments) {
      if (assignmentSkipped(inspectionId, a)) {
        counts.skipped++;
        continue;
      }
      const at = now().toISOString();
      const record = readModerationRecord(await db.moderation.get(a.moderationId));
      const applied = applyAssignment(record, a, at);
      if (applied.kind !== 'unchanged') await db.moderation.put(applied.record);
      counts[applied.kind]++;
    }
    return counts;
  });
}

/** For a "my work" file: the second readings `readerId` holds on this device. */
export async function secondReadingsBy(
  inspectionId: string,
  readerId: string,
): Promise<SecondReading[]> {
  return readingsBy(await recordsOf(currentDatabase(), inspectionId), readerId);
}

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
      const applied = applySecondReading(inspectionId, record, reading, now().toISOString());
      if (applied.kind === 'skipped') skipped.push(applied.skipped);
      else if (applied.kind === 'unchanged') unchanged.push(reading.caseId);
      else {
        await db.moderation.put(applied.record);
        merged.push(reading.caseId);
      }
    }
    return { merged, unchanged, skipped };
  });
}
