/**
 * Whether a value is an acceptable answer to an item, by its kind:
 * - judgement, rating, choice: one of the scale's option codes, or `na` / `not_known` where the
 *   scale allows them;
 * - multichoice: a list of distinct option codes (at least one), or `na` / `not_known` alone
 *   (stored as the plain code, not a list) where the scale allows them; "None of these"
 *   (`exclusive`) alone; "Other" (`other`) with its words, as `other:Boxing club`;
 * - number: a finite number, whole if the item says `integer`, within `min` and `max`;
 * - date: a real calendar date written `YYYY-MM-DD`;
 * - text: any text;
 * - number, date, text: also `na` / `not_known` where the item allows them.
 * `null` (no answer) is always acceptable: an answer can be cleared.
 *
 * `parseNumberAnswer` and `parseDateAnswer` read what an inspector typed and say what is wrong
 * in words a form can show beside the field.
 */

import { NOT_APPLICABLE, NOT_KNOWN } from '../framework/answerCodes';
import type { FrameworkIndex } from '../framework/frameworkItems';
import { ENGLISH, type Translator } from '../i18n/translator';
import type { AnswerValue } from '../inspection/answerValue';
import { invalid, type ValidationResult, valid } from '../validation/validationResult';
import { answerChoices, specialChoices } from './answerChoices';
import { multichoiceProblem } from './multichoiceAnswer';

type NumberRules = {
  min?: number | undefined;
  max?: number | undefined;
  integer?: boolean | undefined;
};

function problem(itemId: string, message: string) {
  return invalid([{ path: itemId, message }]);
}

/** "Enter a whole number from 1 to 10", as the rules say; bounds are written as typed. */
function enterNumber(rules: NumberRules, tr: Translator): string {
  const min = rules.min === undefined ? undefined : String(rules.min);
  const max = rules.max === undefined ? undefined : String(rules.max);
  if (rules.integer) {
    if (min !== undefined && max !== undefined)
      return tr.t('scoring', 'Enter a whole number from {min} to {max}', { min, max });
    if (min !== undefined) return tr.t('scoring', 'Enter a whole number of {min} or more', { min });
    if (max !== undefined) return tr.t('scoring', 'Enter a whole number of {max} or less', { max });
    return tr.t('scoring', 'Enter a whole number');
  }
  if (min !== undefined && max !== undefined)
    return tr.t('scoring', 'Enter a number from {min} to {max}', { min, max });
  if (min !== undefined) return tr.t('scoring', 'Enter a number of {min} or more', { min });
  if (max !== undefined) return tr.t('scoring', 'Enter a number of {max} or less', { max });
  return tr.t('scoring', 'Enter a number');
}

function numberProblem(value: number, rules: NumberRules, tr: Translator): string | null {
  if (!Number.isFinite(value)) return tr.t('scoring', 'Enter a number');
  if (rules.integer && !Number.isInteger(value)) return enterNumber(rules, tr);
  if (
    (rules.min !== undefined && value < rules.min) ||
    (rules.max !== undefined && value > rules.max)
  ) {
    return enterNumber(rules, tr);
  }
  return null;
}

/** True for `YYYY-MM-DD` naming a day that exists (no 31 June, 29 February only in leap years). */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function validateAnswer(
  index: FrameworkIndex,
  itemId: string,
  value: AnswerValue,
): ValidationResult<AnswerValue> {
  const entry = index.itemById.get(itemId);
  if (!entry) return problem(itemId, `There is no question "${itemId}" in this framework`);
  if (value === null) return valid(null);
  const item = entry.item;
  const choices = answerChoices(index, itemId);
  const offers = (code: string) => choices.some((c) => c.value === code);
  if (specialChoices(index, itemId).some((c) => c.value === value)) return valid(value);
  switch (item.kind) {
    case 'judgement':
    case 'rating':
    case 'choice':
      return typeof value === 'string' && offers(value)
        ? valid(value)
        : problem(itemId, 'Choose one of the answers offered');
    case 'multichoice': {
      if (typeof value === 'string') {
        return (value === NOT_APPLICABLE || value === NOT_KNOWN) && offers(value)
          ? valid(value)
          : problem(itemId, 'Choose one or more of the answers offered');
      }
      if (!Array.isArray(value))
        return problem(itemId, 'Choose one or more of the answers offered');
      if (value.length === 0) return valid(null);
      const message = multichoiceProblem(choices, value);
      return message === null ? valid(value) : problem(itemId, message);
    }
    case 'number': {
      if (typeof value !== 'number') return problem(itemId, 'Enter a number');
      const message = numberProblem(value, item, ENGLISH);
      return message === null ? valid(value) : problem(itemId, message);
    }
    case 'date':
      return typeof value === 'string' && isIsoDate(value)
        ? valid(value)
        : problem(itemId, 'Enter a real date');
    case 'text':
      return typeof value === 'string'
        ? valid(value.trim() === '' ? null : value)
        : problem(itemId, 'Enter text');
  }
}

/**
 * Reads a typed number: blank is "no answer"; commas as thousands separators are accepted
 * ("1,200"); anything else that is not a number is refused with a message.
 */
export function parseNumberAnswer(
  index: FrameworkIndex,
  itemId: string,
  typed: string,
  tr: Translator = ENGLISH,
): ValidationResult<number | null> {
  const text = typed.trim().replace(/(\d),(?=\d{3}\b)/g, '$1');
  if (text === '') return valid(null);
  const rules = index.itemById.get(itemId)?.item ?? {};
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(text)) {
    return problem(itemId, enterNumber(rules, tr));
  }
  const value = Number(text);
  const message = numberProblem(value, rules, tr);
  return message === null ? valid(value) : problem(itemId, message);
}

export type DateParts = { readonly day: string; readonly month: string; readonly year: string };

/** What a date typed in three boxes lacks: [day, month, year] each true when blank. */
function missingDateParts([day, month, year]: boolean[], tr: Translator): string {
  if (day && month) return tr.t('scoring', 'The date must include a day and month');
  if (day && year) return tr.t('scoring', 'The date must include a day and year');
  if (month && year) return tr.t('scoring', 'The date must include a month and year');
  if (day) return tr.t('scoring', 'The date must include a day');
  if (month) return tr.t('scoring', 'The date must include a month');
  return tr.t('scoring', 'The date must include a year');
}

/** Reads a GOV.UK date input (day, month, year boxes): all blank is "no answer". */
export function parseDateAnswer(
  itemId: string,
  parts: DateParts,
  tr: Translator = ENGLISH,
): ValidationResult<string | null> {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (day === '' && month === '' && year === '') return valid(null);
  const missing = [day === '', month === '', year === ''];
  if (missing.some(Boolean)) return problem(itemId, missingDateParts(missing, tr));
  const notReal = () => tr.t('scoring', 'Enter a real date, for example 27 3 2024');
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) {
    return problem(itemId, notReal());
  }
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(iso) ? valid(iso) : problem(itemId, notReal());
}

/** The day, month and year boxes for a stored date (blank boxes for no answer). */
export function dateParts(value: AnswerValue | undefined): DateParts {
  if (typeof value !== 'string' || !isIsoDate(value)) return { day: '', month: '', year: '' };
  const [year, month, day] = value.split('-') as [string, string, string];
  return { day: String(Number(day)), month: String(Number(month)), year };
}
