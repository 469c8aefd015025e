/**
 * What the findings of an inspection are computed from: the inspection, its pinned framework
 * version, and the cases the findings count with their answers (core's `joinCasesAndAnswers`:
 * unused reserves and cases held only for a blind second reading are left out and counted).
 * One query per table, never one per case, so a thousand cases of sixty answers load in a few
 * hundred milliseconds at most.
 */
import {
  type FindingsCases,
  type Framework,
  frameworkKey,
  heldForSecondReader,
  type Inspection,
  joinCasesAndAnswers,
  moderationRecordSchema,
} from '../../core';
import { database } from '../connection';

export type FindingsSource = FindingsCases & {
  readonly inspection: Inspection;
  /** The pinned framework version; null when it is not on this device. */
  readonly framework: Framework | null;
};

/** The cases of an inspection with their answers (one read of each table, consistent). */
export async function loadFindingsCases(inspectionId: string): Promise<FindingsCases> {
  const db = database();
  const [caseRows, answerRows, moderationRows] = await db.transaction(
    'r',
    [db.cases, db.answers, db.moderation],
    () =>
      Promise.all([
        db.cases.where('inspectionId').equals(inspectionId).toArray(),
        db.answers.where('inspectionId').equals(inspectionId).toArray(),
        db.moderation.where('inspectionId').equals(inspectionId).toArray(),
      ]),
  );
  const held = new Set<string>();
  for (const row of moderationRows) {
    const parsed = moderationRecordSchema.safeParse(row);
    if (parsed.success && heldForSecondReader(parsed.data)) held.add(row.caseId);
  }
  return joinCasesAndAnswers(caseRows, answerRows, held);
}

/** Everything findings need; null when the inspection is not on this device. */
export async function loadFindingsSource(inspectionId: string): Promise<FindingsSource | null> {
  const db = database();
  const tables = [db.inspections, db.frameworks, db.cases, db.answers, db.moderation];
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
