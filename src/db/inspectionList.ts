/**
 * The list of inspections on this device, for the first screen. Kept apart from
 * inspectionStore.ts so the first screen loads no validation code: it only reads.
 */
import type { Inspection } from '../core';
import { database } from './connection';

export type InspectionSummary = {
  inspection: Inspection;
  caseCount: number;
};

/** Every inspection, most recently changed first, with its number of cases. */
export async function listInspections(): Promise<InspectionSummary[]> {
  const db = database();
  const inspections = await db.inspections.orderBy('updatedAt').reverse().toArray();
  return Promise.all(
    inspections.map(async (inspection) => ({
      inspection,
      caseCount: await db.cases.where('inspectionId').equals(inspection.id).count(),
    })),
  );
}
