/**
 * What this device is for an inspection (core's `deviceRoleOf`), from what the device already
 * records: every file opened into the inspection is in `imports` with its kind and, for packs
 * and work files, the device that made it; the team member scoring here is in `meta` (a pack
 * that brings an inspection notes its inspector there). Nothing new is stored, so databases
 * from before this existed give the same answer: no pack opened, the lead's device.
 */
import { type DeviceRole, deviceRoleOf, type FileOpenedHere, LEADS_DEVICE } from '../../core';
import { database } from '../connection';
import type { ImportRecord } from '../database';
import { scorerFor } from './identityStore';

const KINDS: readonly FileOpenedHere['kind'][] = ['inspection', 'pack', 'work'];

/** How an import record describes its file; null for anything else (never guessed at). */
function fileOpened(record: ImportRecord): FileOpenedHere | null {
  const summary = record.summary;
  if (typeof summary !== 'object' || summary === null) return null;
  const { kind, device } = summary as { kind?: unknown; device?: unknown };
  const known = KINDS.find((k) => k === kind);
  if (!known) return null;
  return { kind: known, madeOn: typeof device === 'string' ? device : null };
}

/**
 * What this device (`thisDevice`, from identityStore's `deviceId`) is for the inspection; the
 * lead's when the inspection is not here. Reads only, so it can be watched live.
 */
export async function deviceRoleHere(
  inspectionId: string,
  thisDevice: string,
): Promise<DeviceRole> {
  const db = database();
  return db.transaction('r', [db.inspections, db.imports, db.meta], async () => {
    const [inspection, imports, scorer] = await Promise.all([
      db.inspections.get(inspectionId),
      db.imports.where('inspectionId').equals(inspectionId).toArray(),
      scorerFor(inspectionId),
    ]);
    if (!inspection) return LEADS_DEVICE;
    return deviceRoleOf(inspection, {
      thisDevice,
      filesOpened: imports.flatMap((r) => fileOpened(r) ?? []),
      scorer,
    });
  });
}
