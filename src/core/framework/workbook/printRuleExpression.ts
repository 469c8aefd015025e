/**
 * Writes a rule (`showWhen`) as the expression a workbook cell holds (see ruleExpression.ts):
 * reading the printed text back gives the same rule, nesting included.
 */
import type { Condition } from '../frameworkSchema';

function literal(value: string | number): string {
  return typeof value === 'number' ? String(value) : `'${value.replaceAll("'", "''")}'`;
}

/** A group inside another is bracketed, so the nesting survives the round trip. */
function operand(condition: Condition, hasItem: (id: string) => boolean): string {
  const text = printRuleExpression(condition, hasItem);
  return condition.all || condition.any ? `(${text})` : text;
}

function subjectOf(condition: Condition, hasItem: (id: string) => boolean): string {
  if (condition.case !== undefined) {
    return hasItem(condition.case) ? `case(${condition.case})` : condition.case;
  }
  return condition.question ?? condition.profile ?? '';
}

function printDaysAfter(condition: Condition, subject: string): string {
  const days = condition.daysAfter!;
  const name = days.working ? 'working_days_after' : 'days_after';
  const bounds: string[] = [];
  if (days.gt !== undefined) bounds.push(`> ${days.gt}`);
  if (days.lt !== undefined) bounds.push(`< ${days.lt}`);
  return `${name}(${subject}, ${days.question ?? days.profile ?? ''}) ${bounds.join(' and ')}`;
}

/** `hasItem` says whether the framework has an item of that id (then `area` is written case(area)). */
export function printRuleExpression(
  condition: Condition,
  hasItem: (id: string) => boolean,
): string {
  if (condition.all) return condition.all.map((c) => operand(c, hasItem)).join(' and ');
  if (condition.any) return condition.any.map((c) => operand(c, hasItem)).join(' or ');
  if (condition.not) return `not (${printRuleExpression(condition.not, hasItem)})`;
  const subject = subjectOf(condition, hasItem);
  if (condition.daysAfter) return printDaysAfter(condition, subject);
  if (condition.answered !== undefined) {
    return `${condition.answered ? 'answered' : 'unanswered'}(${subject})`;
  }
  if (condition.in) return `${subject} in (${condition.in.map(literal).join(', ')})`;
  if (condition.equals !== undefined) return `${subject} = ${literal(condition.equals)}`;
  if (condition.notEquals !== undefined) return `${subject} != ${literal(condition.notEquals)}`;
  if (condition.gt !== undefined) return `${subject} > ${condition.gt}`;
  if (condition.lt !== undefined) return `${subject} < ${condition.lt}`;
  return subject;
}
