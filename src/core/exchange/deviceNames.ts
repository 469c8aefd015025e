/**
 * Names people give their devices ("Amira's laptop"). Answers and history record the device
 * that made a change by a random id; a name makes histories and merge screens say whose device
 * it was. Files about an inspection carry the names known on the device that made them, in an
 * optional `devices` field: `{ "<device id>": "<name>" }`, for the devices the file records
 * only. Files from before have none, and a device with no known name is shown by the start of
 * its id.
 */
import { z } from 'zod';

export const DEVICE_NAME_MAX_LENGTH = 60;

/** Device id → name. */
export type DeviceNames = Readonly<Record<string, string>>;

export const deviceNamesSchema = z
  .record(z.string().min(1).max(100), z.string().trim().min(1).max(DEVICE_NAME_MAX_LENGTH))
  .refine((names) => Object.keys(names).length <= 10_000, 'names more than 10,000 devices');

/** What is wrong with a device's name as typed, or null (an empty name clears it). */
export function deviceNameProblem(name: string): string | null {
  return name.trim().length > DEVICE_NAME_MAX_LENGTH
    ? `Enter a name of ${DEVICE_NAME_MAX_LENGTH} characters or fewer`
    : null;
}

/** The name known for a device, if any (own keys only: an id is never "constructor"). */
export function nameOfDevice(names: DeviceNames, device: string): string | undefined {
  return Object.hasOwn(names, device) ? names[device] : undefined;
}

/** Every `device` recorded at any depth of a file's contents (answers, history, `from`). */
function collectDevices(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectDevices(item, into);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'device' && typeof inner === 'string' && inner !== '') into.add(inner);
    else if (typeof inner === 'object') collectDevices(inner, into);
  }
}

/**
 * The names to write into a file: those of `known` for the devices its contents record, in
 * order of id (the same contents always give the same file); undefined when there are none, so
 * a file without named devices is exactly as before.
 */
export function deviceNamesIn(contents: unknown, known: DeviceNames): DeviceNames | undefined {
  const recorded = new Set<string>();
  collectDevices(contents, recorded);
  const entries = [...recorded].sort().flatMap((id) => {
    const name = nameOfDevice(known, id);
    return name === undefined ? [] : [[id, name] as const];
  });
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** How a device is shown: "This device", its name, or "Device 0dd34d12" when no name is known. */
export function deviceLabel(device: string, here: string | null, names: DeviceNames = {}): string {
  if (device === here) return 'This device';
  if (device === '') return 'Unknown device';
  return nameOfDevice(names, device) ?? `Device ${device.slice(0, 8)}`;
}
