/**
 * Who may see what in a pack. A pack for one inspector carries the cases assigned to them and
 * the cases they are asked to second-read; a case they second-read but do not inspect goes blind
 * (its record only, no answers, notes or history), so their reading stays blind. The pack for
 * everyone carries every case and no second readings, since every case's answers are in it.
 */
import type { Case } from '../inspection/inspectionSchema';
import type { ModerationAssignment } from '../moderation/moderationRecord';

/** What the scope reads of a second reading: whose it is, of which case. */
type ReadingOf = Pick<ModerationAssignment, 'caseId' | 'secondReaderId'>;

export type PackScope<A extends ReadingOf = ModerationAssignment> = {
  /** The cases the pack carries. */
  readonly caseIds: ReadonlySet<string>;
  /** Of those, the ones that travel without answers and history. */
  readonly blind: ReadonlySet<string>;
  /** The second readings the pack asks of its inspector. */
  readonly assignments: A[];
};

/**
 * What a pack for `inspectorId` (null: for everyone) carries of the inspection's `cases`, given
 * the second readings not yet finished (`assignments`; only the inspector's own are taken).
 * A team server applies the same scope to what it sends (core/sync/caseAccess.ts).
 */
export function packScope<A extends ReadingOf = ModerationAssignment>(
  cases: readonly Pick<Case, 'id' | 'inspectorId'>[],
  assignments: readonly A[],
  inspectorId: string | null,
): PackScope<A> {
  if (inspectorId === null) {
    return { caseIds: new Set(cases.map((c) => c.id)), blind: new Set(), assignments: [] };
  }
  const theirReadings = assignments.filter((a) => a.secondReaderId === inspectorId);
  const secondReads = new Set(theirReadings.map((a) => a.caseId));
  const caseIds = new Set<string>();
  const blind = new Set<string>();
  for (const c of cases) {
    if (c.inspectorId === inspectorId) caseIds.add(c.id);
    else if (secondReads.has(c.id)) {
      caseIds.add(c.id);
      blind.add(c.id);
    }
  }
  return { caseIds, blind, assignments: theirReadings };
}
