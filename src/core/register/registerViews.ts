/**
 * What the register screen shows of the recommendations: the open and overdue actions (today is
 * passed in, as an ISO date, never read from a clock here), the owners to filter by, and the
 * recommendations a filter by RAG status and owner keeps.
 */
import type { RagStatus, RegisterAction, RegisterRecommendation } from './registerSchema';

/** An action due before today and not done. Due today is not yet overdue. */
export function isOverdue(action: RegisterAction, today: string): boolean {
  return action.doneOn === null && action.dueDate !== null && action.dueDate < today;
}

export function openActions(recommendation: RegisterRecommendation): RegisterAction[] {
  return recommendation.actions.filter((a) => a.doneOn === null);
}

export function overdueActions(
  recommendation: RegisterRecommendation,
  today: string,
): RegisterAction[] {
  return recommendation.actions.filter((a) => isOverdue(a, today));
}

/** A RAG status to filter by; `not-assessed` keeps those with none yet. */
export type RagFilter = RagStatus | 'not-assessed';

export type RegisterFilter = {
  /** Null: any status. */
  readonly rag: RagFilter | null;
  /** Null: any owner; '' keeps those with no owner. Compared without case or outer spaces. */
  readonly owner: string | null;
};

function sameOwner(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('en-GB') === b.trim().toLocaleLowerCase('en-GB');
}

export function filterRecommendations(
  recommendations: readonly RegisterRecommendation[],
  filter: RegisterFilter,
): RegisterRecommendation[] {
  return recommendations.filter(
    (r) =>
      (filter.rag === null ||
        (filter.rag === 'not-assessed' ? r.rag === null : r.rag === filter.rag)) &&
      (filter.owner === null || sameOwner(r.owner, filter.owner)),
  );
}

/** The owners named in the register, each once, in alphabetical order. */
export function registerOwners(recommendations: readonly RegisterRecommendation[]): string[] {
  const owners = new Map<string, string>();
  for (const r of recommendations) {
    const owner = r.owner.trim();
    const key = owner.toLocaleLowerCase('en-GB');
    if (owner !== '' && !owners.has(key)) owners.set(key, owner);
  }
  return [...owners.values()].sort((a, b) => a.localeCompare(b, 'en-GB'));
}
