/**
 * Who is scoring, on which device. Every answer carries both: `by` is the team member's id (or
 * the name typed when an inspection has no team), `device` a random id made once per browser
 * profile, so merging work from several devices can tell them apart.
 *
 * A device can also be given a name ("Amira's laptop"), written with its id into the files it
 * makes, so histories and merge screens elsewhere say whose device made a change.
 *
 * Stored in `meta`:
 * - `device.id`               the device id (crypto.randomUUID), made on first use
 * - `device.name`             the name given to this device on Settings, if any
 * - `device.names`            other devices' names, by id, learned from files imported here
 * - `scorer:<inspectionId>`   the team member scoring that inspection on this device, picked
 *                             the first time they score in it and changeable at any time
 */
import type { DeviceNames } from '../../core';
import { database, retrying } from '../connection';

const DEVICE_KEY = 'device.id';
const NAME_KEY = 'device.name';
const LEARNED_KEY = 'device.names';
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

/** The name given to this device, or null. */
export async function thisDeviceName(): Promise<string | null> {
  const stored = await database().meta.get(NAME_KEY);
  return typeof stored?.value === 'string' ? stored.value : null;
}

/** Names this device ("Amira's laptop"); an empty name removes it. */
export async function setDeviceName(name: string): Promise<void> {
  const trimmed = name.trim();
  await retrying(async (db) => {
    if (trimmed === '') await db.meta.delete(NAME_KEY);
    else await db.meta.put({ key: NAME_KEY, value: trimmed });
  });
}

function namesOf(record: { value: unknown } | undefined): Record<string, string> {
  const value = record?.value;
  if (value === null || typeof value !== 'object') return {};
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}

/**
 * Every device name known here, by device id: this device's own, and those learned from files.
 * Reads only (no id is made), so screens can follow it live.
 */
export async function knownDeviceNames(): Promise<DeviceNames> {
  const [id, own, learned] = await database().meta.bulkGet([DEVICE_KEY, NAME_KEY, LEARNED_KEY]);
  const names = new Map(Object.entries(namesOf(learned)));
  if (typeof id?.value === 'string' && typeof own?.value === 'string')
    names.set(id.value, own.value);
  return Object.fromEntries(names);
}

/**
 * Keeps the device names a file brought (its `devices`), the newest file's name for a device
 * winning; this device's own name is only ever set on Settings.
 */
export async function learnDeviceNames(
  brought: readonly (DeviceNames | undefined)[],
): Promise<void> {
  const incoming = brought.flatMap((names) => Object.entries(names ?? {}));
  if (incoming.length === 0) return;
  await retrying((db) =>
    db.transaction('rw', db.meta, async () => {
      const [id, learned] = await db.meta.bulkGet([DEVICE_KEY, LEARNED_KEY]);
      // A Map, then plain own properties: an id is data, never an object's prototype.
      const names = new Map(Object.entries(namesOf(learned)));
      for (const [device, name] of incoming) if (device !== id?.value) names.set(device, name);
      await db.meta.put({ key: LEARNED_KEY, value: Object.fromEntries(names) });
    }),
  );
}
