/**
 * An answer in words, as a summary list, a conflict or the history shows it: the option's label
 * ("Yes", "N/A", "Not known"), labels joined for several choices, a number with its unit
 * agreeing with it ("15 years", "1 placement"), a date written out ("3 March 2024"), or the
 * text itself.
 */
import type { FrameworkIndex } from '../framework/frameworkItems';
import { ENGLISH, type Translator } from '../i18n/translator';
import type { AnswerValue } from '../inspection/answerValue';
import { isAnswered } from '../inspection/answerValue';
import { numberWithUnit } from '../phrasing/numberWithUnit';
import { type AnswerChoice, answerChoices, specialChoices } from './answerChoices';
import { splitChoice } from './multichoiceAnswer';
import { isIsoDate } from './validateAnswer';

/** One choice of a list: its label, or for "Other (please say)" "Other: Boxing club". */
function choiceLabel(choices: readonly AnswerChoice[], value: string): string {
  const exact = choices.find((c) => c.value === value);
  if (exact) return exact.label;
  const { code, text } = splitChoice(value);
  const other = choices.find((c) => c.value === code && c.other);
  if (!other || text === null) return value;
  return `${other.label.replace(/\s*\([^)]*\)\s*$/, '')}: ${text}`;
}

export function describeAnswer(
  index: FrameworkIndex,
  itemId: string,
  value: AnswerValue | undefined,
  tr: Translator = ENGLISH,
): string {
  if (value === undefined || value === null || !isAnswered(value))
    return tr.t('scoring', 'Not answered');
  const entry = index.itemById.get(itemId);
  const choices = answerChoices(index, itemId, tr);
  const label = (code: string) => choices.find((c) => c.value === code)?.label ?? code;
  const special = specialChoices(index, itemId, tr).find((c) => c.value === value);
  if (special) return special.label;
  if (Array.isArray(value)) return value.map((v) => choiceLabel(choices, v)).join(', ');
  if (typeof value === 'number') {
    const unit = entry?.item.unit;
    return unit ? numberWithUnit(value, unit) : String(value);
  }
  if (choices.length > 0) return label(value);
  if (entry?.item.kind === 'date' && isIsoDate(value)) return tr.date(value);
  return value;
}
