/**
 * What an account with a role in an inspection may receive of each case from a team server:
 * the same scope as a pack (packScope.ts), so a case never reaches a device by sync that it
 * could not reach in a pack.
 *
 * - lead: every case, whole.
 * - inspector, and local assessor in a self-audit (who scores the cases assigned to them as an
 *   inspector does): the cases assigned to them, whole; the cases they second-read, blind.
 * - second reader: only the cases they second-read, blind.
 * - blind: the case record and its profile placing, never the first reading's answers, notes
 *   or history.
 *
 * Unlike a pack, a second reading counts whatever its status: a case once blind to its second
 * reader stays blind after the reading is finished or decided. An administrator has no case
 * access by being one: it is not a role here.
 */
import { packScope } from '../exchange/packScope';
import type { Case } from '../inspection/inspectionSchema';
import type { ModerationCase } from '../moderation/moderationRecord';
import type { TeamRole } from '../teamServer/accountSchemas';

/** `blind`: the case without its answers, notes and history. */
export type CaseAccess = 'full' | 'blind' | 'none';

/** The caller's role in the inspection and the team member they are there. */
export type SyncCaller = { readonly role: TeamRole; readonly memberId: string };

/** Each of `cases`' access for `caller`, by case id; `readings` are the inspection's second readings. */
export function caseAccess(
  caller: SyncCaller,
  cases: readonly Pick<Case, 'id' | 'inspectorId'>[],
  readings: readonly ModerationCase[],
): ReadonlyMap<string, CaseAccess> {
  const scope = packScope(
    cases,
    readings.map((r) => ({ caseId: r.caseId, secondReaderId: r.data.secondReaderId })),
    caller.role === 'lead' ? null : caller.memberId,
  );
  const out = new Map<string, CaseAccess>();
  for (const { id } of cases) {
    const blind = scope.blind.has(id);
    const sent = caller.role === 'second-reader' ? blind : scope.caseIds.has(id);
    out.set(id, !sent ? 'none' : blind ? 'blind' : 'full');
  }
  return out;
}
