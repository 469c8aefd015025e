/**
 * What the team-work screens share: their addresses, who is merging (recorded on every
 * decision), how devices are named, and the moment files are named by.
 */
import { type Inspection, localStamp, type MergeContext, STATUS_HISTORY_ITEM } from '../../core';
import { deviceId, scorerFor } from '../../db/identityStore';
import { inspectionHref } from '../InspectionNav/inspectionSections';

export function teamWorkHref(inspectionId: string, rest = ''): string {
  return inspectionHref(inspectionId, `/team-work${rest}`);
}

/** The person deciding on this device: who scores here, else the team's lead. */
export async function mergeContext(inspection: Inspection): Promise<MergeContext> {
  const [device, scorer] = await Promise.all([deviceId(), scorerFor(inspection.id)]);
  const lead = inspection.team.find((m) => m.role === 'lead')?.id;
  return { now: new Date().toISOString(), by: scorer ?? lead ?? 'lead', device };
}

/** This moment in the user's time zone, `yyyy-mm-dd-hhmm`: team files are named by it. */
export function stampNow(now: Date = new Date()): string {
  return localStamp({
    year: now.getFullYear(),
    month: now.getMonth() + 1,
    day: now.getDate(),
    hour: now.getHours(),
    minute: now.getMinutes(),
  });
}

/** "This device", or a short device id (random ids: the first eight characters tell them apart). */
export function deviceLabel(device: string, here: string | null): string {
  if (device === here) return 'This device';
  return device === '' ? 'Unknown device' : `Device ${device.slice(0, 8)}`;
}

export function memberNameIn(inspection: Inspection): (id: string) => string {
  const names = new Map(inspection.team.map((m) => [m.id, m.name]));
  return (id: string) => names.get(id) ?? (id === '' ? 'Unknown' : id);
}

export function isStatusItem(itemId: string): boolean {
  return itemId === STATUS_HISTORY_ITEM;
}
