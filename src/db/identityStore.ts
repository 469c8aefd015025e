/**
 * Who is scoring, on which device. Every answer carries both: `by` is the team member's id (or
 * the name typed when an inspection has no team), `device` a random id made once per browser
 * profile, so merging work from several devices can tell them apart.
 *
 * Stored in `meta`:
 * - `device.id`               the device id (crypto.randomUUID), made on first use
 * - `scorer:<inspectionId>`   the team member scoring that inspection on this device, picked
 *                             the first time they score in it and changeable at any time
 */
import { database, retrying } from './connection';

const DEVICE_KEY = 'device.id';
const scorerKey = (inspectionId: string) => `scorer:${inspectionId}`;

let device: Promise<string> | null = null;

/** This device's id: the same for every tab and every visit until the browser data is cleared. */
export function deviceId(): Promise<string> {
  device ??= retrying((db) =>
    // One transaction: two tabs opening at once still agree on one id.
    db.transaction('rw', db.meta, async () => {
      const stored = await db.meta.get(DEVICE_KEY);
      if (typeof stored?.value === 'string') return stored.value;
      const id = crypto.randomUUID();
      await db.meta.put({ key: DEVICE_KEY, value: id });
      return id;
    }),
  );
  device.catch(() => {
    device = null;
  });
  return device;
}

/** Forgets the cached device id (tests switch databases). */
export function forgetDeviceId(): void {
  device = null;
}

/** The team member id (or typed name) scoring this inspection on this device, if chosen. */
export async function scorerFor(inspectionId: string): Promise<string | null> {
  const stored = await database().meta.get(scorerKey(inspectionId));
  return typeof stored?.value === 'string' ? stored.value : null;
}

export async function setScorer(inspectionId: string, scorer: string): Promise<void> {
  await retrying((db) => db.meta.put({ key: scorerKey(inspectionId), value: scorer }));
}
