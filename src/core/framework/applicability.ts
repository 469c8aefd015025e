/**
 * Applicability rules (`showWhen`): which items apply to a case given its other answers.
 * A comparison on an item that is unanswered, hidden, N/A or not known is false, except
 * `answered: false`. An item whose referenced item is hidden is judged on "no answer", so
 * hiding cascades.
 */
import type { AnswerValue } from '../inspection/answerValue';
import { isSpecialAnswer } from '../inspection/answerValue';
import type { FrameworkIndex } from './frameworkItems';
import type { Condition } from './frameworkSchema';

export type AnswerLookup = (itemId: string) => AnswerValue | undefined;

function compare(condition: Condition, value: AnswerValue | undefined): boolean {
  if (condition.answered !== undefined) {
    const has =
      value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);
    return condition.answered === has;
  }
  if (value === undefined || value === null) return false;
  const values: (string | number)[] = Array.isArray(value) ? value : [value];
  if (condition.equals !== undefined) return values.includes(condition.equals);
  if (condition.in !== undefined) return values.some((v) => condition.in!.includes(v));
  if (condition.notEquals !== undefined) {
    if (values.length === 1 && isSpecialAnswer(values[0]!)) return false;
    return !values.includes(condition.notEquals);
  }
  if (condition.gt !== undefined) return typeof value === 'number' && value > condition.gt;
  if (condition.lt !== undefined) return typeof value === 'number' && value < condition.lt;
  return false;
}

/** Evaluates a rule against answers. Pure; the lookup says what each referenced item holds. */
export function evaluateCondition(condition: Condition, lookup: AnswerLookup): boolean {
  if (condition.all) return condition.all.every((c) => evaluateCondition(c, lookup));
  if (condition.any) return condition.any.some((c) => evaluateCondition(c, lookup));
  if (condition.not) return !evaluateCondition(condition.not, lookup);
  const ref = condition.question ?? condition.profile;
  return ref === undefined ? false : compare(condition, lookup(ref));
}

/**
 * The ids of items whose rule is false for these answers (hidden: they count nowhere).
 * Items are visited in order, and rules only refer to earlier items, so one pass suffices.
 */
export function hiddenItems(index: FrameworkIndex, answers: AnswerLookup): Set<string> {
  const hidden = new Set<string>();
  const effective: AnswerLookup = (id) => (hidden.has(id) ? undefined : answers(id));
  for (const entry of index.items) {
    const rule = entry.item.showWhen;
    if (rule && !evaluateCondition(rule, effective)) hidden.add(entry.item.id);
  }
  return hidden;
}
