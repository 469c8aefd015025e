/**
 * The answers already given against a framework version, counted by item and inspection: what
 * the Compare screen needs to say what a new version would do to them ("12 answers in 2
 * inspections would no longer fit"). Counts only; no answer leaves storage.
 */
import { type AnswersByItem, frameworkKey } from '../../core';
import { inspectionValues } from '../cases/answerStore';
import { database } from '../connection';

export async function answersOnFramework(key: string): Promise<AnswersByItem> {
  const db = database();
  const inspections = (await db.inspections.toArray()).filter(
    (inspection) => frameworkKey(inspection.framework) === key,
  );
  const counts: Record<string, Record<string, number>> = {};
  for (const inspection of inspections) {
    for (const record of await inspectionValues(db, inspection.id)) {
      for (const itemId of Object.keys(record.values)) {
        const byInspection = counts[itemId] ?? {};
        byInspection[inspection.id] = (byInspection[inspection.id] ?? 0) + 1;
        counts[itemId] = byInspection;
      }
    }
  }
  return counts;
}
