/**
 * Inspections on this device: create, change, read and delete an inspection record. Its case
 * list is in caseListStore.ts; the population a sample is drawn from, and the cases a sample
 * creates, are in populationStore.ts. The rules a draft must meet are core's.
 *
 * Every write is one transaction (all or nothing) through `retrying`, and expected failures come
 * back as values (writeOutcome.ts). The framework version an inspection is pinned to never
 * changes here: moving to another version is a separate, explicit step (moveFramework.ts).
 */
import {
  type CaseUsage,
  caseUsageOf,
  checkInspectionDraft,
  frameworkKey,
  type Inspection,
  type InspectionDraft,
  newInspection,
  removalErrors,
  trimmedDraft,
} from '../../core';
import {
  answerTables,
  countInspectionAnswers,
  deleteInspectionAnswers,
} from '../cases/answerStore';
import { database } from '../connection';
import type { CaseAuditDatabase, FrameworkRecord } from '../database';
import {
  type Clock,
  type Failed,
  type InspectionChange,
  type Missing,
  NO_INSPECTION,
  systemClock,
  writeTransaction,
} from '../writeOutcome';

const randomId = () => crypto.randomUUID();

export type InspectionWriteOutcome = InspectionChange<{
  readonly status: 'saved';
  readonly inspection: Inspection;
}>;

export function getInspection(id: string): Promise<Inspection | undefined> {
  return database().inspections.get(id);
}

/** An inspection with the framework version it is pinned to (null if that is not on this device). */
export type InspectionWithFramework = {
  readonly inspection: Inspection;
  readonly framework: FrameworkRecord | null;
};

/** An inspection and its pinned framework, read in `db` (the caller's transaction, if any). */
export async function inspectionWithFramework(
  db: CaseAuditDatabase,
  id: string,
): Promise<InspectionWithFramework | null> {
  const inspection = await db.inspections.get(id);
  if (!inspection) return null;
  const framework = (await db.frameworks.get(frameworkKey(inspection.framework))) ?? null;
  return { inspection, framework };
}

export function getInspectionWithFramework(id: string): Promise<InspectionWithFramework | null> {
  return inspectionWithFramework(database(), id);
}

/** Creates an inspection pinned to a framework version that is on this device. */
export async function createInspection(
  draft: InspectionDraft,
  options: { now?: Clock; newId?: () => string } = {},
): Promise<InspectionWriteOutcome> {
  const errors = checkInspectionDraft(draft);
  if (errors.length > 0) return { status: 'invalid', errors };
  const inspection = newInspection(
    draft,
    (options.newId ?? randomId)(),
    (options.now ?? systemClock)().toISOString(),
  );
  return writeTransaction(
    (db) => [db.inspections, db.frameworks],
    async (db): Promise<InspectionWriteOutcome> => {
      if (!(await db.frameworks.get(frameworkKey(inspection.framework)))) {
        return {
          status: 'invalid',
          errors: [
            {
              path: 'framework',
              message: 'That framework version is no longer on this device: choose another',
            },
          ],
        };
      }
      await db.inspections.add(inspection);
      return { status: 'saved', inspection };
    },
    (outcome) => outcome.status === 'saved',
  );
}

/** How many cases use each area, stratum and team member of an inspection. */
export async function caseUsage(inspectionId: string): Promise<CaseUsage> {
  return caseUsageOf(await database().cases.where('inspectionId').equals(inspectionId).toArray());
}

/**
 * Changes an inspection's details. Refused, with every reason: a different framework version
 * (pinned: moving is Move to another version, moveFramework.ts), or removing an area, stratum or team member that cases use.
 */
export async function updateInspection(
  id: string,
  draft: InspectionDraft,
  now: Clock = systemClock,
): Promise<InspectionWriteOutcome> {
  const errors = checkInspectionDraft(draft);
  if (errors.length > 0) return { status: 'invalid', errors };
  return writeTransaction(
    (db) => [db.inspections, db.cases],
    async (db): Promise<InspectionWriteOutcome> => {
      const stored = await db.inspections.get(id);
      if (!stored) return NO_INSPECTION;
      if (frameworkKey(stored.framework) !== frameworkKey(draft.framework)) {
        return {
          status: 'invalid',
          errors: [
            {
              path: 'framework',
              message: `This inspection is pinned to ${frameworkKey(stored.framework)}; to move it to another version, use Move to another version in its settings`,
            },
          ],
        };
      }
      const cases = await db.cases.where('inspectionId').equals(id).toArray();
      const inUse = removalErrors(stored, draft, caseUsageOf(cases));
      if (inUse.length > 0) return { status: 'invalid', errors: inUse };
      const inspection: Inspection = {
        ...stored,
        ...trimmedDraft(draft),
        framework: stored.framework,
        updatedAt: now().toISOString(),
      };
      await db.inspections.put(inspection);
      return { status: 'saved', inspection };
    },
  );
}

/** What deleting an inspection would remove from this device. */
export type InspectionContents = {
  /** Every case, reserves included. */
  readonly cases: number;
  /** Of `cases`, those that are reserves: read only if a sampled case cannot be. */
  readonly reserves: number;
  readonly answers: number;
  readonly history: number;
  readonly population: number;
  readonly reports: number;
  readonly moderation: number;
  readonly imports: number;
};

async function contentsOf(db: CaseAuditDatabase, id: string): Promise<InspectionContents> {
  const [caseRecords, answers, history, summary, reports, moderation, imports] = await Promise.all([
    db.cases.where('inspectionId').equals(id).toArray(),
    countInspectionAnswers(db, id),
    db.answerHistory.where('inspectionId').equals(id).count(),
    // The list's size is in its summary: no need to read every entry to count them.
    db.meta.get(`population:${id}`),
    db.reports.where('inspectionId').equals(id).count(),
    db.moderation.where('inspectionId').equals(id).count(),
    db.imports.where('inspectionId').equals(id).count(),
  ]);
  const population = (summary?.value as { size?: number } | undefined)?.size ?? 0;
  // A case's role is sealed with it: the cases are read whole and the reserves counted here.
  const cases = caseRecords.length;
  const reserves = caseRecords.filter((c) => c.role === 'reserve').length;
  return { cases, reserves, answers, history, population, reports, moderation, imports };
}

export function inspectionContents(id: string): Promise<InspectionContents> {
  return contentsOf(database(), id);
}

/**
 * Keys in `meta` that belong to one inspection (the population summary, who scores on this
 * device, the pack's auto-lock setting: packAutoLock.ts, how far it has synced with the team
 * server: sync/deviceSyncStore.ts).
 */
export function inspectionMetaKeys(id: string): string[] {
  return [`population:${id}`, `scorer:${id}`, `autoLock:${id}`, `serverSync:${id}`];
}

/**
 * Deletes an inspection and everything of it on this device, in one transaction: its cases,
 * answers and their history, population list, report, moderation, import and conflict records,
 * recommendations register and committee paper. Nothing of any other inspection is touched.
 */
export async function deleteInspection(
  id: string,
): Promise<
  { readonly status: 'deleted'; readonly removed: InspectionContents } | Missing | Failed
> {
  return writeTransaction(
    (db) => [
      db.inspections,
      db.cases,
      ...answerTables(db),
      db.answerHistory,
      db.populationChunks,
      db.reports,
      db.moderation,
      db.imports,
      db.conflicts,
      db.registers,
      db.committeePapers,
      db.meta,
    ],
    async (db) => {
      if (!(await db.inspections.get(id))) return NO_INSPECTION;
      const removed = await contentsOf(db, id);
      await Promise.all([
        db.cases.where('inspectionId').equals(id).delete(),
        deleteInspectionAnswers(db, id),
        db.answerHistory.where('inspectionId').equals(id).delete(),
        db.populationChunks.where('inspectionId').equals(id).delete(),
        db.reports.where('inspectionId').equals(id).delete(),
        db.moderation.where('inspectionId').equals(id).delete(),
        db.imports.where('inspectionId').equals(id).delete(),
        db.conflicts.where('inspectionId').equals(id).delete(),
        db.registers.delete(id),
        db.committeePapers.delete(id),
        db.meta.bulkDelete(inspectionMetaKeys(id)),
      ]);
      await db.inspections.delete(id);
      return { status: 'deleted' as const, removed };
    },
  );
}
