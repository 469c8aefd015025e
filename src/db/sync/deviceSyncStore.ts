/**
 * Which inspections on this device sync with the team server, and how far each has got (core's
 * `DeviceSync`), kept in the person's space under `serverSync:<inspectionId>`. A record that no
 * longer reads (written by another version) counts as not synced: the next sync starts again
 * from a fresh copy's sequence number, which merges as a no-op.
 */
import { type DeviceSync, deviceSyncSchema } from '../../core';
import { database, retrying } from '../connection';

const PREFIX = 'serverSync:';

export const deviceSyncKey = (inspectionId: string) => `${PREFIX}${inspectionId}`;

export async function deviceSyncOf(inspectionId: string): Promise<DeviceSync | null> {
  const stored = await database().meta.get(deviceSyncKey(inspectionId));
  const read = deviceSyncSchema.safeParse(stored?.value);
  return read.success ? read.data : null;
}

export async function saveDeviceSync(inspectionId: string, sync: DeviceSync): Promise<void> {
  const value = deviceSyncSchema.parse(sync);
  await retrying((db) => db.meta.put({ key: deviceSyncKey(inspectionId), value }));
}

/** The inspections on this device that sync with the team server. */
export async function syncedInspectionIds(): Promise<string[]> {
  const keys = await database().meta.where('key').startsWith(PREFIX).primaryKeys();
  return keys.map((key) => String(key).slice(PREFIX.length));
}
