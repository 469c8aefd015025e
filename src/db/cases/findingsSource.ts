/**
 * What the findings of an inspection are computed from: the inspection, its pinned framework
 * version, and the cases the findings count with their answers (core's `joinCasesAndAnswers`:
 * unused reserves and cases held only for a blind second reading are left out and counted).
 * One query per table, never one per case, and of the answers only their values (the
 * `answerValues` records, cases/answerStore.ts): 1,000 cases of 63 answers load in a few tens of
 * milliseconds, 5,000 of 40 in about a tenth of a second. The screen that lists the cases
 * behind a figure with their evidence notes reads the notes too (`loadFindingsCasesWithNotes`).
 */
import {
  type Answer,
  compareRefsAsRead,
  countsInFindings,
  type FindingsCase,
  type FindingsCases,
  type Framework,
  frameworkKey,
  heldForSecondReader,
  type Inspection,
  joinCasesAndAnswers,
  moderationRecordSchema,
} from '../../core';
import { database } from '../connection';
import type { AnswerRecord, AnswerValuesRecord } from '../database';
import { answerTables, inspectionAnswers, inspectionValues, valueTables } from './answerStore';

export type FindingsSource = FindingsCases & {
  readonly inspection: Inspection;
  /** The pinned framework version; null when it is not on this device. */
  readonly framework: Framework | null;
};

/**
 * Lays each counted case's answer values into its answers (as joined by core, with none yet).
 * An answer read for the figures carries its value alone: nothing else is read, so nothing else
 * is said (no note, revision 0, no author).
 */
function withValues(found: FindingsCases, records: readonly AnswerValuesRecord[]): FindingsCases {
  const valuesOf = new Map(records.map((r) => [r.caseId, r.values]));
  for (const kase of found.cases) {
    const values = valuesOf.get(kase.id);
    if (!values) continue;
    // Made by the join for this read alone, without a prototype: filled here.
    const answers = kase.answers as Record<string, Answer>;
    for (const itemId of Object.keys(values)) {
      answers[itemId] = { value: values[itemId]!, note: '', rev: 0, at: '', by: '', device: '' };
    }
  }
  return found;
}

/**
 * The cases of an inspection with their answers' values (one read of each table, consistent):
 * what figures, reports and exports need. Each answer's note, revision and author are left
 * empty: read `loadFindingsCasesWithNotes` to show them.
 */
export function loadFindingsCases(inspectionId: string): Promise<FindingsCases> {
  return loadCases(inspectionId, false);
}

/** The same cases with every answer whole: value, evidence note, revision, author. */
export function loadFindingsCasesWithNotes(inspectionId: string): Promise<FindingsCases> {
  return loadCases(inspectionId, true);
}

async function loadCases(inspectionId: string, notes: boolean): Promise<FindingsCases> {
  const db = database();
  const answers = notes ? answerTables(db) : valueTables(db);
  const [caseRows, answerRows, moderationRows] = await db.transaction(
    'r',
    [db.cases, ...answers, db.moderation],
    () =>
      Promise.all([
        db.cases.where('inspectionId').equals(inspectionId).toArray(),
        notes ? inspectionAnswers(db, inspectionId) : inspectionValues(db, inspectionId),
        db.moderation.where('inspectionId').equals(inspectionId).toArray(),
      ]),
  );
  const held = heldCases(moderationRows);
  if (notes) return joinCasesAndAnswers(caseRows, answerRows as AnswerRecord[], held);
  return withValues(joinCasesAndAnswers(caseRows, [], held), answerRows as AnswerValuesRecord[]);
}

/** The counted cases as the findings engine reads them: their fields and answer values. */
export type FindingsValues = Omit<FindingsCases, 'cases'> & {
  readonly cases: readonly FindingsCase[];
};

/**
 * The counted cases of an inspection as the findings engine reads them, straight from the
 * stored value records (no object per answer is made): the quickest read for figures. The same
 * cases, in the same order, as `loadFindingsCases`.
 */
export async function loadFindingsValues(inspectionId: string): Promise<FindingsValues> {
  const db = database();
  const [caseRows, records, moderationRows] = await db.transaction(
    'r',
    [db.cases, ...valueTables(db), db.moderation],
    () =>
      Promise.all([
        db.cases.where('inspectionId').equals(inspectionId).toArray(),
        inspectionValues(db, inspectionId),
        db.moderation.where('inspectionId').equals(inspectionId).toArray(),
      ]),
  );
  const held = heldCases(moderationRows);
  const valuesOf = new Map(records.map((r) => [r.caseId, r.values]));
  const cases: FindingsCase[] = [];
  let unusedReserves = 0;
  let heldForSecondReading = 0;
  for (const row of caseRows) {
    if (held.has(row.id)) heldForSecondReading++;
    else if (!countsInFindings(row)) unusedReserves++;
    else {
      const { id, ref, areaId, stratumId, inspectorId, status } = row;
      const values = valuesOf.get(id) ?? {};
      cases.push({ id, ref, areaId, stratumId, inspectorId, status, values });
    }
  }
  cases.sort((a, b) => compareRefsAsRead(a.ref, b.ref));
  return { cases, unusedReserves, heldForSecondReading };
}

/** Ids of the cases this device holds only for their blind second reading. */
function heldCases(moderationRows: readonly { caseId: string }[]): Set<string> {
  const held = new Set<string>();
  for (const row of moderationRows) {
    const parsed = moderationRecordSchema.safeParse(row);
    if (parsed.success && heldForSecondReader(parsed.data)) held.add(row.caseId);
  }
  return held;
}

/** Everything findings need; null when the inspection is not on this device. */
export async function loadFindingsSource(inspectionId: string): Promise<FindingsSource | null> {
  const db = database();
  const tables = [db.inspections, db.frameworks, db.cases, ...valueTables(db), db.moderation];
  return db.transaction('r', tables, async () => {
    const inspection = await db.inspections.get(inspectionId);
    if (!inspection) return null;
    const [record, found] = await Promise.all([
      db.frameworks.get(frameworkKey(inspection.framework)),
      loadFindingsCases(inspectionId),
    ]);
    return { inspection, framework: record?.framework ?? null, ...found };
  });
}
