/**
 * What every file about an inspection holds, read from the tables the same way for each: the
 * inspection with the framework it is pinned to, and cases with their current answers and their
 * whole history in the order it happened. Storage reads the rows; core's `casesWithAnswers`
 * decides what travels. The inspection file (inspectionExport.ts) and the team's packs and work
 * files (teamExport.ts) are made from these.
 */
import {
  casesWithAnswers,
  type Framework,
  frameworkKey,
  type Inspection,
  type InspectionFileCase,
} from '../../core';
import { casesAnswers } from '../cases/answerStore';
import type { CaseAuditDatabase, CaseRecord } from '../database';
import { NO_INSPECTION } from '../writeOutcome';

/**
 * Cases with their answers and history, as core's `casesWithAnswers` puts them together from the
 * rows read here; the `blind` cases go without either.
 */
export async function casesWithWork(
  db: CaseAuditDatabase,
  cases: readonly CaseRecord[],
  blind: ReadonlySet<string> = new Set(),
): Promise<InspectionFileCase[]> {
  const ids = cases.map((c) => c.id);
  const [answers, history] = await Promise.all([
    casesAnswers(db, ids),
    // One query per case: history is sealed, so it is read whole rather than through a cursor.
    Promise.all(ids.map((id) => db.answerHistory.where('caseId').equals(id).toArray())),
  ]);
  return casesWithAnswers(cases, answers, history.flat(), blind);
}

/** The inspection and the framework version it is pinned to, or which of them is missing. */
export async function inspectionAndFramework(
  db: CaseAuditDatabase,
  inspectionId: string,
): Promise<
  | { readonly status: 'ok'; readonly inspection: Inspection; readonly framework: Framework }
  | { readonly status: 'missing'; readonly message: string }
> {
  const inspection = await db.inspections.get(inspectionId);
  if (!inspection) return NO_INSPECTION;
  const record = await db.frameworks.get(frameworkKey(inspection.framework));
  if (!record) {
    return {
      status: 'missing',
      message: `The framework this inspection is pinned to (${frameworkKey(inspection.framework)}) is not on this device.`,
    };
  }
  return { status: 'ok', inspection, framework: record.framework };
}
