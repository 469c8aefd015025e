/**
 * The case list of an inspection on this device: read it (in order of reference, with each
 * case's progress), add cases one by one or from an imported list, and assign them to the
 * team. Every write is one transaction (all or nothing) through `retrying`; expected failures
 * come back as values (writeOutcome.ts). The cases a drawn sample creates are written by
 * populationStore.ts, through `writeNewCases`.
 */
import {
  type AnswerValue,
  assignmentErrors,
  byRef,
  type CaseStatus,
  caseProgress,
  frameworkKey,
  type Inspection,
  indexFramework,
  type NewCase,
  placementErrors,
  splitRepeatedRefs,
} from '../../core';
import { answerTables, inspectionAnswers } from '../cases/answerStore';
import { importAnswers } from '../cases/answerWriter';
import { database } from '../connection';
import type { CaseAuditDatabase, CaseRecord } from '../database';
import {
  type Clock,
  type InspectionChange,
  NO_INSPECTION,
  systemClock,
  writeTransaction,
} from '../writeOutcome';

const randomId = () => crypto.randomUUID();

/** An inspection's cases in order of reference. */
export async function listCases(inspectionId: string): Promise<CaseRecord[]> {
  const cases = await database().cases.where('inspectionId').equals(inspectionId).toArray();
  return cases.sort(byRef);
}

/** A case with how far it has got: applicable items answered, as the case list shows it. */
export type CaseWithProgress = {
  readonly caseRecord: CaseRecord;
  readonly answered: number;
  readonly applicable: number;
};

/** The case list of an inspection, with each case's progress (null when the framework is missing). */
export async function casesWithProgress(inspectionId: string): Promise<CaseWithProgress[]> {
  const db = database();
  const [inspection, cases, answers] = await Promise.all([
    db.inspections.get(inspectionId),
    db.cases.where('inspectionId').equals(inspectionId).toArray(),
    inspectionAnswers(db, inspectionId),
  ]);
  const record = inspection && (await db.frameworks.get(frameworkKey(inspection.framework)));
  const index = record ? indexFramework(record.framework) : null;
  const valuesByCase = new Map<string, Map<string, AnswerValue>>();
  for (const answer of answers) {
    let values = valuesByCase.get(answer.caseId);
    if (!values) {
      values = new Map();
      valuesByCase.set(answer.caseId, values);
    }
    values.set(answer.itemId, answer.value);
  }
  return cases.sort(byRef).map((caseRecord) => {
    if (!index) return { caseRecord, answered: 0, applicable: 0 };
    const values = valuesByCase.get(caseRecord.id);
    const progress = caseProgress(index, (id) => values?.get(id), caseRecord);
    return { caseRecord, answered: progress.answered, applicable: progress.applicable };
  });
}

/** References already used in an inspection, lower-cased: a reference is unique in any case. */
async function refsIn(db: CaseAuditDatabase, inspectionId: string): Promise<Map<string, string>> {
  const cases = await db.cases.where('inspectionId').equals(inspectionId).toArray();
  return new Map(cases.map((c) => [c.ref.toLowerCase(), c.ref]));
}

export async function caseRefs(inspectionId: string): Promise<string[]> {
  return [...(await refsIn(database(), inspectionId)).values()];
}

/** Who writes case rows, for the profile answers' history. */
export type Writer = {
  /** Team member id of the person setting up the fieldwork. */
  readonly by: string;
  readonly device: string;
  /** Where the profile answers came from, e.g. the case list's file name. */
  readonly source: string;
  readonly now?: Clock;
  readonly newId?: () => string;
  /** Called after each chunk of a long write, with the rows written so far. */
  readonly onProgress?: (written: number) => void;
};

/** Rows written per request in a long write: each chunk is its own task, so the page keeps up. */
const CHUNK = 2_000;

/**
 * Writes new cases and their profile answers (with history `via: 'import'`) inside the caller's
 * transaction, which must include cases, answers and answerHistory. Assumes the references are
 * new. Returns the records written.
 */
export async function writeNewCases(
  db: CaseAuditDatabase,
  inspection: Inspection,
  cases: readonly NewCase[],
  writer: Writer,
): Promise<CaseRecord[]> {
  const at = (writer.now ?? systemClock)().toISOString();
  const newId = writer.newId ?? randomId;
  const records: CaseRecord[] = cases.map((c) => ({
    id: newId(),
    inspectionId: inspection.id,
    ref: c.ref.trim(),
    areaId: c.areaId,
    stratumId: c.stratumId,
    inspectorId: c.inspectorId,
    status: 'not-started' as CaseStatus,
    role: c.role ?? 'sample',
    createdAt: at,
    updatedAt: at,
  }));
  for (let i = 0; i < records.length; i += CHUNK) {
    await db.cases.bulkAdd(records.slice(i, i + CHUNK));
    writer.onProgress?.(Math.min(records.length, i + CHUNK));
  }
  const answers = cases.flatMap((c, i) =>
    Object.entries(c.profile ?? {}).map(([itemId, value]) => ({
      caseId: records[i]!.id,
      inspectionId: inspection.id,
      itemId,
      value,
      note: '',
      at,
      by: writer.by,
      device: writer.device,
    })),
  );
  for (let i = 0; i < answers.length; i += CHUNK) {
    await importAnswers(answers.slice(i, i + CHUNK), { via: 'import', source: writer.source });
  }
  return records;
}

export type CaseWriteOutcome = InspectionChange<
  | { readonly status: 'saved'; readonly created: number; readonly skipped: readonly string[] }
  | {
      /** References already in the inspection; nothing was written. */
      readonly status: 'duplicates';
      readonly refs: readonly string[];
    }
>;

/**
 * Adds cases to an inspection in one transaction. A reference already in the inspection (in
 * any letter case) is a duplicate: the whole write is refused and the duplicates listed, unless
 * `skipExisting`, when those cases are left as they are and the rest added. Importing the same
 * list twice therefore never makes a case twice.
 */
export async function addCases(
  inspectionId: string,
  cases: readonly NewCase[],
  writer: Writer & { readonly skipExisting?: boolean },
): Promise<CaseWriteOutcome> {
  return writeTransaction(
    (db) => [db.inspections, db.cases, ...answerTables(db), db.answerHistory],
    async (db): Promise<CaseWriteOutcome> => {
      const inspection = await db.inspections.get(inspectionId);
      if (!inspection) return NO_INSPECTION;
      const { fresh, repeated: duplicates } = splitRepeatedRefs(
        cases,
        await refsIn(db, inspectionId),
      );
      if (duplicates.length > 0 && !writer.skipExisting) {
        return { status: 'duplicates', refs: duplicates };
      }
      const errors = placementErrors(inspection, fresh);
      if (errors.length > 0) return { status: 'invalid', errors };
      await writeNewCases(db, inspection, fresh, writer);
      if (fresh.length > 0) {
        await db.inspections.put({
          ...inspection,
          updatedAt: (writer.now ?? systemClock)().toISOString(),
        });
      }
      return { status: 'saved', created: fresh.length, skipped: duplicates };
    },
    (outcome) => outcome.status === 'saved' && outcome.created > 0,
  );
}

/** One case and who is to read it (`null`: no one yet). */
export type Assignment = { readonly caseId: string; readonly inspectorId: string | null };

/**
 * Assigns cases to team members (or to no one) in one transaction: all of them or none. Cases
 * of other inspections are never touched. Returns how many cases changed.
 */
export async function assignCases(
  inspectionId: string,
  assignments: readonly Assignment[],
  now: Clock = systemClock,
): Promise<InspectionChange<{ readonly status: 'saved'; readonly changed: number }>> {
  return writeTransaction(
    (db) => [db.inspections, db.cases],
    async (db) => {
      const inspection = await db.inspections.get(inspectionId);
      if (!inspection) return NO_INSPECTION;
      const errors = assignmentErrors(
        inspection,
        assignments.map((a) => a.inspectorId),
      );
      if (errors.length > 0) return { status: 'invalid' as const, errors };
      const at = now().toISOString();
      const stored = await db.cases.bulkGet(assignments.map((a) => a.caseId));
      const changed: CaseRecord[] = [];
      assignments.forEach((assignment, i) => {
        const c = stored[i];
        if (!c || c.inspectionId !== inspectionId || c.inspectorId === assignment.inspectorId) {
          return;
        }
        changed.push({ ...c, inspectorId: assignment.inspectorId, updatedAt: at });
      });
      await db.cases.bulkPut(changed);
      if (changed.length > 0) await db.inspections.put({ ...inspection, updatedAt: at });
      return { status: 'saved' as const, changed: changed.length };
    },
    (outcome) => outcome.status === 'saved' && outcome.changed > 0,
  );
}
