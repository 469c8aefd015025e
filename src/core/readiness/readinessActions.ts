/**
 * The register's open actions as "Ready for inspection" lists them: overdue first, then by due
 * date, undated last, each with its recommendation and its owner (the action's, else the
 * recommendation's). The register's own rules decide what is open and overdue.
 */
import { ENGLISH, type Translator } from '../i18n/translator';
import type { RagStatus, RegisterRecommendation } from '../register/registerSchema';
import { isOverdue, openActions } from '../register/registerViews';

export type ReadinessAction = {
  readonly recommendationId: string;
  /** "Local authorities: ensure that …" */
  readonly recommendation: string;
  readonly rag: RagStatus | null;
  readonly actionId: string;
  readonly text: string;
  /** The action's owner, else the recommendation's; "" when neither is named. */
  readonly owner: string;
  readonly dueDate: string | null;
  /** Due before today and not done. */
  readonly overdue: boolean;
};

/** The register's open actions, overdue first, then by due date; undated ones last. */
export function openActionsByDue(
  register: readonly RegisterRecommendation[],
  today: string,
  tr: Translator = ENGLISH,
): ReadinessAction[] {
  // The register's own rules for open and overdue, so both pages count the same actions.
  const open = register.flatMap((r) =>
    openActions(r).map((a) => ({
      recommendationId: r.id,
      recommendation: `${r.addressee.trim() || tr.t('readiness.summary', 'The service')}: ${r.text.trim()}`,
      rag: r.rag,
      actionId: a.id,
      text: a.text,
      owner: a.owner.trim() || r.owner.trim(),
      dueDate: a.dueDate,
      overdue: isOverdue(a, today),
    })),
  );
  const rank = (a: ReadinessAction) => (a.overdue ? 0 : a.dueDate !== null ? 1 : 2);
  // Stable: actions due the same day keep the register's order.
  return open.sort((a, b) => rank(a) - rank(b) || (a.dueDate ?? '').localeCompare(b.dueDate ?? ''));
}
