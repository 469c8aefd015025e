/**
 * What this device is for an inspection. The lead's device is where the inspection was set up,
 * or where it was moved whole (an inspection file). An inspector's device is where it came in a
 * pack made on another device: a copy for fieldwork, whose set-up, sample, assignments, merging
 * and report stay with the lead. Screens use this to show an inspector what an inspector does,
 * and to keep the lead's tools one step away from them.
 */
import type { Inspection, TeamMember } from './inspectionSchema';

/** A file opened into the inspection on this device, as the device recorded it. */
export type FileOpenedHere = {
  /** A whole inspection file, a lead's pack, or an inspector's work. */
  readonly kind: 'inspection' | 'pack' | 'work';
  /** The device the file was made on, when the file says (packs and work files do). */
  readonly madeOn: string | null;
};

/** What a device knows of how an inspection came to it, and who scores there. */
export type DeviceFacts = {
  readonly thisDevice: string;
  readonly filesOpened: readonly FileOpenedHere[];
  /** The team member id (or typed name) scoring the inspection on this device; null until chosen. */
  readonly scorer: string | null;
};

export type DeviceRole =
  | {
      readonly role: 'lead';
      /** Set up on this device, or moved here as a whole inspection file. */
      readonly how: 'set-up-here' | 'inspection-file';
    }
  | {
      readonly role: 'inspector';
      /**
       * Who scores here: the pack's inspector, noted when the pack brought the inspection, or
       * whoever has said it is them since (a shared laptop); null until someone does (a pack for
       * everyone), or when the name typed is not a team member's.
       */
      readonly member: TeamMember | null;
    };

/** The lead's device, for an inspection set up on it: what every device was before packs. */
export const LEADS_DEVICE: DeviceRole = { role: 'lead', how: 'set-up-here' };

export function deviceRoleOf(inspection: Pick<Inspection, 'team'>, facts: DeviceFacts): DeviceRole {
  // A whole inspection file moves the lead's inspection itself (a new laptop, an archive).
  if (facts.filesOpened.some((f) => f.kind === 'inspection')) {
    return { role: 'lead', how: 'inspection-file' };
  }
  // A pack this device made itself, opened back here, does not make it an inspector's.
  const packFromElsewhere = facts.filesOpened.some(
    (f) => f.kind === 'pack' && f.madeOn !== facts.thisDevice,
  );
  if (!packFromElsewhere) return LEADS_DEVICE;
  const member =
    facts.scorer === null ? null : (inspection.team.find((m) => m.id === facts.scorer) ?? null);
  return { role: 'inspector', member };
}
