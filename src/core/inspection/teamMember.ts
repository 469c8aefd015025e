/**
 * Team members as the rest of the app names them: a member's name for an id that screens,
 * files and histories record, and whom an action taken for the lead is recorded as by.
 */
import type { TeamMember } from './inspectionSchema';

type Member = Pick<TeamMember, 'id' | 'name' | 'role'>;

/**
 * The name of the member with this id. An id the team no longer has, or a name typed where the
 * inspection has no team, is shown as it is: a record never loses who made it.
 */
export function memberName(team: readonly Pick<TeamMember, 'id' | 'name'>[], id: string): string {
  return team.find((m) => m.id === id)?.name ?? id;
}

/**
 * Whom an action taken for the lead (adding cases, drawing the sample, choosing second
 * readings, deciding them, merging) is recorded as by: the person scoring on this device when
 * one is known, else the team's lead (the first, when several share the role); '' when the
 * team has no lead and nobody is known.
 */
export function leadActionBy(
  team: readonly Member[],
  scorer: string | null | undefined = null,
): string {
  return scorer ?? team.find((m) => m.role === 'lead')?.id ?? '';
}
