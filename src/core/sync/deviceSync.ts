/**
 * What a device keeps about syncing one inspection with its team server: the highest sequence
 * number it has pulled (the next pull asks for what came after), the push it is waiting to hear
 * back about (retried under the same id, so the server merges it once), what it last pushed,
 * and when it last synced and how that went, in words for the screen.
 */
import { z } from 'zod';

export const deviceSyncSchema = z.strictObject({
  seq: z.number().int().min(0),
  pendingPush: z.strictObject({ pushId: z.uuid(), checksum: z.string().min(1) }).nullable(),
  syncedAt: z.iso.datetime({ offset: true }).nullable(),
  /** A hash of the cases and readings last pushed (the same work is not sent again). */
  pushedWork: z.string().nullable().optional(),
  /** On the lead's device: a hash of the second readings' assignments last sent (null: none). */
  assignmentsSent: z.string().nullable().optional(),
  /** On a lead's device: the conflicts whose decision the server has recorded (their ids). */
  decisionsSent: z.array(z.string().max(400)).max(100_000).optional(),
  /** The last attempt's outcome in words, and whether it failed. */
  outcome: z.strictObject({ text: z.string().max(500), failed: z.boolean() }).nullable(),
});
export type DeviceSync = z.infer<typeof deviceSyncSchema>;

/** A device that has just taken its first copy from the server, at sequence number `seq`. */
export function newDeviceSync(seq: number): DeviceSync {
  return { seq, pendingPush: null, syncedAt: null, outcome: null };
}

/**
 * The id to push work under (`checksum`: a hash of what it holds): the waiting push's when it is
 * the same work (a retry after an answer that never came), else a new one (`newId`).
 */
export function pushIdFor(sync: DeviceSync, checksum: string, newId: () => string): string {
  const waiting = sync.pendingPush;
  return waiting && waiting.checksum === checksum ? waiting.pushId : newId();
}
