/**
 * How far a case has got: per task (the profile, each standard) and for the whole case.
 *
 * - An item is **applicable** unless its applicability rule is false for the case's answers
 *   (`hiddenItems`); hidden items count nowhere, though their answers are kept.
 * - An item is **answered** when it holds a value; N/A and "not known" are answers.
 * - An item is **required** unless the framework marks it `required: false`.
 *
 * Task states, as a GOV.UK task list shows them:
 * - `cannot-start-yet`: none of the task's questions applies yet, and whether they apply hangs
 *   on items outside the task that are not answered yet (for example a standard asked only for
 *   children subject to MAPPA, before the profile says whether this child was). `waitingOn`
 *   names those items.
 * - `not-asked`: none of the task's questions applies to this case, and no missing answer can
 *   change that (the profile says the child was not subject to MAPPA).
 * - `not-started`: questions apply, none answered.
 * - `completed`: every applicable required question is answered.
 * - `in-progress`: some answered, some required still missing.
 *
 * A case can be completed when no applicable required item of any task is unanswered.
 */
import {
  type AnswerLookup,
  type CasePlace,
  effectiveRule,
  hiddenItems,
  NO_PLACE,
} from '../framework/applicability';
import type { FrameworkIndex } from '../framework/frameworkItems';
import type { Condition } from '../framework/frameworkSchema';
import { isAnswered } from '../inspection/answerValue';
import type { CaseStatus } from '../inspection/inspectionSchema';
import { type ScoringTask, scoringTasks } from './scoringTasks';

export type TaskState =
  | 'cannot-start-yet'
  | 'not-asked'
  | 'not-started'
  | 'in-progress'
  | 'completed';

export type TaskProgress = {
  readonly task: ScoringTask;
  readonly state: TaskState;
  /** Items that apply to this case. */
  readonly applicable: number;
  /** Applicable items with an answer. */
  readonly answered: number;
  /** Applicable required items without an answer, in answering order. */
  readonly requiredMissing: readonly string[];
  /** Items not asked for this case (rule false). */
  readonly hidden: readonly string[];
  /** Hidden items that still hold an earlier answer (kept, not counted). */
  readonly kept: readonly string[];
  /** For `cannot-start-yet`: the unanswered items elsewhere that decide what is asked. */
  readonly waitingOn: readonly string[];
};

export type CaseProgress = {
  readonly tasks: readonly TaskProgress[];
  readonly applicable: number;
  readonly answered: number;
  readonly requiredMissing: readonly string[];
  readonly hidden: ReadonlySet<string>;
  readonly canComplete: boolean;
};

function referencedItems(condition: Condition, into: string[]): string[] {
  if (condition.all) for (const c of condition.all) referencedItems(c, into);
  if (condition.any) for (const c of condition.any) referencedItems(c, into);
  if (condition.not) referencedItems(condition.not, into);
  const ref = condition.question ?? condition.profile;
  if (ref !== undefined) into.push(ref);
  const from = condition.daysAfter?.question ?? condition.daysAfter?.profile;
  if (from !== undefined) into.push(from);
  return into;
}

/** `place`: the case's area and stratum, which rules may ask about. */
export function caseProgress(
  index: FrameworkIndex,
  answers: AnswerLookup,
  place: CasePlace = NO_PLACE,
): CaseProgress {
  const hidden = hiddenItems(index, answers, place);
  const has = (id: string) => isAnswered(answers(id));

  // The unanswered, asked items an item's rule waits on, following hidden items to their causes.
  const blockers = (id: string, seen: Set<string>, into: Set<string>): void => {
    if (seen.has(id)) return;
    seen.add(id);
    if (!hidden.has(id)) {
      if (!has(id)) into.add(id);
      return;
    }
    const entry = index.itemById.get(id);
    const rule = entry && effectiveRule(entry);
    if (rule) for (const ref of referencedItems(rule, [])) blockers(ref, seen, into);
  };

  let applicable = 0;
  let answered = 0;
  const allMissing: string[] = [];
  const tasks = scoringTasks(index).map((task): TaskProgress => {
    const own = new Set(task.itemIds);
    const taskHidden: string[] = [];
    const kept: string[] = [];
    const missing: string[] = [];
    let taskApplicable = 0;
    let taskAnswered = 0;
    for (const id of task.itemIds) {
      if (hidden.has(id)) {
        taskHidden.push(id);
        if (has(id)) kept.push(id);
        continue;
      }
      taskApplicable++;
      if (has(id)) taskAnswered++;
      else if (index.itemById.get(id)?.item.required !== false) missing.push(id);
    }
    let waitingOn: string[] = [];
    if (taskApplicable === 0) {
      const found = new Set<string>();
      const seen = new Set<string>();
      for (const id of taskHidden) {
        const entry = index.itemById.get(id);
        const rule = entry && effectiveRule(entry);
        if (!rule) continue;
        for (const ref of referencedItems(rule, [])) if (!own.has(ref)) blockers(ref, seen, found);
      }
      waitingOn = index.items.map((e) => e.item.id).filter((id) => found.has(id));
    }
    const state: TaskState =
      taskApplicable === 0
        ? waitingOn.length > 0
          ? 'cannot-start-yet'
          : 'not-asked'
        : taskAnswered === 0
          ? 'not-started'
          : missing.length === 0
            ? 'completed'
            : 'in-progress';
    applicable += taskApplicable;
    answered += taskAnswered;
    allMissing.push(...missing);
    return {
      task,
      state,
      applicable: taskApplicable,
      answered: taskAnswered,
      requiredMissing: missing,
      hidden: taskHidden,
      kept,
      waitingOn,
    };
  });
  return {
    tasks,
    applicable,
    answered,
    requiredMissing: allMissing,
    hidden,
    canComplete: allMissing.length === 0,
  };
}

/**
 * The tasks before and after `current` worth visiting: those with at least one question that
 * applies (and `current` itself, whatever it holds).
 */
export function taskNeighbours(
  progress: CaseProgress,
  current: TaskProgress,
): { previous: ScoringTask | undefined; next: ScoringTask | undefined } {
  const open = progress.tasks.filter((t) => t.applicable > 0 || t === current);
  const at = open.indexOf(current);
  return { previous: open[at - 1]?.task, next: open[at + 1]?.task };
}

/** A case with an answer is at least in progress: a case not started becomes so once answered. */
export function statusOnceAnswered(status: CaseStatus, answered: boolean): CaseStatus {
  return status === 'not-started' && answered ? 'in-progress' : status;
}
