/**
 * What the findings read of a case: where it sits (area, stratum, inspector), its status, and
 * the value of each answer by item id. Evidence notes, times and authors are never counted, so
 * they are not part of the input; leaving them out also makes the copy sent to the findings
 * worker much smaller.
 */
import type { AnswerValue } from '../inspection/answerValue';
import type { Case, CaseStatus, CaseWithAnswers } from '../inspection/inspectionSchema';
import type { FindingsPlan } from './findingsPlan';

/** Answer values by item id. */
export type AnswerValues = Readonly<Record<string, AnswerValue>>;

export type FindingsCase = Pick<
  Case,
  'id' | 'ref' | 'areaId' | 'stratumId' | 'inspectorId' | 'status'
> & {
  /** Read through `valuesOf`, which keeps inherited properties from reading as answers. */
  readonly values: AnswerValues;
  /** Set when cases of several inspections are analysed together. */
  readonly inspectionId?: string;
};

/** A case with its answers → what the findings read of it. */
export function findingsCaseOf(kase: CaseWithAnswers): FindingsCase {
  // No prototype: an item may be called "constructor" and must still read as unanswered.
  const values: Record<string, AnswerValue> = Object.create(null);
  const { answers } = kase;
  for (const itemId in answers) values[itemId] = answers[itemId]!.value;
  return {
    id: kase.id,
    ref: kase.ref,
    areaId: kase.areaId,
    stratumId: kase.stratumId,
    inspectorId: kase.inspectorId,
    status: kase.status,
    values,
  };
}

export function findingsCasesOf(cases: readonly CaseWithAnswers[]): FindingsCase[] {
  return cases.map(findingsCaseOf);
}

/**
 * A case's values, safe to read by every item id of the plan. Values that came with a
 * prototype (an object literal, or a copy sent to the worker) are read as they are unless some
 * item is called like an inherited property ("constructor"); then they are copied without one,
 * so that such an item reads as unanswered.
 */
export function valuesOf(
  kase: FindingsCase,
  plan: Pick<FindingsPlan, 'inheritedIds'>,
): AnswerValues {
  const { values } = kase;
  if (!plan.inheritedIds || Object.getPrototypeOf(values) === null) return values;
  return Object.assign(Object.create(null) as Record<string, AnswerValue>, values);
}

/** Whether a case's status lets it count when only complete cases are wanted. */
export function isCompleteStatus(status: CaseStatus): boolean {
  return status === 'complete' || status === 'moderated';
}
