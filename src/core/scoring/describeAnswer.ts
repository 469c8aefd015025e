/**
 * An answer in words, as a summary list, a conflict or the history shows it: the option's label
 * ("Yes", "N/A", "Not known"), labels joined for several choices, a number with its unit
 * agreeing with it ("15 years", "1 placement"), a date written out ("3 March 2024"), or the
 * text itself.
 */
import type { FrameworkIndex } from '../framework/frameworkItems';
import type { AnswerValue } from '../inspection/answerValue';
import { isAnswered } from '../inspection/answerValue';
import { longDate } from '../phrasing/longDate';
import { numberWithUnit } from '../phrasing/numberWithUnit';
import { answerChoices } from './answerChoices';
import { isIsoDate } from './validateAnswer';

export const NOT_ANSWERED = 'Not answered';

export function describeAnswer(
  index: FrameworkIndex,
  itemId: string,
  value: AnswerValue | undefined,
): string {
  if (value === undefined || value === null || !isAnswered(value)) return NOT_ANSWERED;
  const entry = index.itemById.get(itemId);
  const choices = answerChoices(index, itemId);
  const label = (code: string) => choices.find((c) => c.value === code)?.label ?? code;
  if (Array.isArray(value)) return value.map(label).join(', ');
  if (typeof value === 'number') {
    const unit = entry?.item.unit;
    return unit ? numberWithUnit(value, unit) : String(value);
  }
  if (choices.length > 0) return label(value);
  if (entry?.item.kind === 'date' && isIsoDate(value)) return longDate(value);
  return value;
}
