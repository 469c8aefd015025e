/**
 * The list of inspections on this device, for the first screen. Kept apart from
 * inspectionStore.ts so the first screen loads no validation code: it only reads.
 */
import type { Inspection } from '../../core';
import { database } from '../connection';

export type InspectionSummary = {
  inspection: Inspection;
  /** Cases to read: every case but the reserves. */
  sampleCount: number;
  /** Reserves, read only if a sampled case cannot be. */
  reserveCount: number;
};

/** Every inspection, most recently changed first, with its cases and reserves counted apart. */
export async function listInspections(): Promise<InspectionSummary[]> {
  const db = database();
  const inspections = await db.inspections.orderBy('updatedAt').reverse().toArray();
  return Promise.all(
    inspections.map(async (inspection) => {
      // A case's role is sealed with it: the cases are read whole and counted here.
      const cases = await db.cases.where('inspectionId').equals(inspection.id).toArray();
      const reserveCount = cases.filter((c) => c.role === 'reserve').length;
      return { inspection, sampleCount: cases.length - reserveCount, reserveCount };
    }),
  );
}
