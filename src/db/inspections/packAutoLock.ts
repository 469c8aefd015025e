/**
 * How soon the lead asked inspectors' devices to lock, kept from each inspection's pack
 * (`autoLockMinutes`): stored in `meta` as `autoLock:<inspectionId>` when a pack's details are
 * taken on this device, so the session can apply the shortest of the person's inspections.
 */
import { AUTO_LOCK_LIMITS, type PackFile } from '../../core';
import { database } from '../connection';
import type { CaseAuditDatabase } from '../database';

const PREFIX = 'autoLock:';

export function packAutoLockKey(inspectionId: string): string {
  return `${PREFIX}${inspectionId}`;
}

/**
 * Keeps (or, for a pack without it, forgets) the pack's setting, inside the caller's
 * transaction, which must include `meta`.
 */
export async function keepPackAutoLock(db: CaseAuditDatabase, pack: PackFile): Promise<void> {
  const key = packAutoLockKey(pack.inspection.id);
  if (pack.autoLockMinutes === undefined) await db.meta.delete(key);
  else await db.meta.put({ key, value: pack.autoLockMinutes });
}

function isMinutes(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= AUTO_LOCK_LIMITS.min &&
    value <= AUTO_LOCK_LIMITS.max
  );
}

/** The settings of the packs of inspections still on this device. */
export async function packAutoLockMinutes(): Promise<number[]> {
  const db = database();
  return db.transaction('r', [db.meta, db.inspections], async () => {
    const kept = await db.meta.where('key').startsWith(PREFIX).toArray();
    const ids = kept.map((row) => row.key.slice(PREFIX.length));
    const present = await db.inspections.bulkGet(ids);
    return kept.flatMap((row, i) => (present[i] && isMinutes(row.value) ? [row.value] : []));
  });
}
