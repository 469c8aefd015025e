/**
 * Multichoice answers with a "None of these" option (`exclusive`: chosen alone) and an
 * "Other (please say)" option (`other`: stored with its words as `<value>:<text>`, such as
 * `other:Boxing club`). Choosing "None of these" clears the other choices, and choosing any
 * other option clears "None of these".
 */

import { textCharacterProblem } from '../framework/schemaText';
import { ENGLISH, type Translator } from '../i18n/translator';
import type { AnswerValue } from '../inspection/answerValue';
import type { AnswerChoice } from './answerChoices';

/** The longest an "other" answer's words may be. */
export const OTHER_TEXT_MAX = 200;

/** An "other" choice with its words, as stored. */
export function otherAnswer(code: string, text: string): string {
  return `${code}:${text}`;
}

/** A stored choice as its option code and, for an "other" choice, its words. */
export function splitChoice(value: string): { code: string; text: string | null } {
  const colon = value.indexOf(':');
  return colon < 0
    ? { code: value, text: null }
    : { code: value.slice(0, colon), text: value.slice(colon + 1) };
}

/** The words given with the "other" option in an answer, or null when it is not chosen. */
export function otherWords(value: AnswerValue | undefined, code: string): string | null {
  if (!Array.isArray(value)) return null;
  for (const v of value) {
    const choice = splitChoice(v);
    if (choice.code === code && choice.text !== null) return choice.text;
  }
  return null;
}

/** What is wrong with the words typed for "other", or null. */
export function otherTextProblem(
  text: string,
  label: string,
  tr: Translator = ENGLISH,
): string | null {
  const name = label.replace(/\s*\([^)]*\)\s*$/, '');
  if (text.trim() === '') return tr.t('scoring', 'Enter what “{name}” is', { name });
  if (text.length > OTHER_TEXT_MAX) {
    return tr.t('scoring', '“{name}” must be {max} characters or fewer', {
      name,
      max: OTHER_TEXT_MAX,
    });
  }
  if (text.includes('|'))
    return tr.t('scoring', '“{name}” must not contain a vertical bar (|)', { name });
  return textCharacterProblem(text, false) === null
    ? null
    : tr.t('scoring', '“{name}” must not contain tabs, line breaks or other control characters', {
        name,
      });
}

/**
 * The answer after an option is ticked (`on`) or unticked: choices in the scale's order,
 * "None of these" alone, "other" with `words` trimmed (left out while it has none). Null: no
 * answer.
 */
export function toggleChoice(
  choices: readonly AnswerChoice[],
  current: AnswerValue | undefined,
  code: string,
  on: boolean,
  words = '',
): string[] | null {
  const chosen = choice(choices, code);
  const selected = new Map<string, string>();
  if (Array.isArray(current)) for (const v of current) selected.set(splitChoice(v).code, v);
  if (!on) selected.delete(code);
  else if (chosen?.exclusive) selected.clear();
  else for (const c of choices) if (c.exclusive) selected.delete(c.value);
  if (on) selected.set(code, chosen?.other ? otherAnswer(code, words.trim()) : code);
  const next: string[] = [];
  for (const c of choices) {
    const value = selected.get(c.value);
    if (value === undefined) continue;
    if (c.other && !(splitChoice(value).text ?? '').trim()) continue;
    next.push(value);
  }
  return next.length > 0 ? next : null;
}

function choice(choices: readonly AnswerChoice[], code: string): AnswerChoice | undefined {
  return choices.find((c) => c.value === code);
}

/** What is wrong with a list of choices, or null: each offered once, "None of these" alone. */
export function multichoiceProblem(
  choices: readonly AnswerChoice[],
  value: readonly unknown[],
): string | null {
  const seen = new Set<string>();
  for (const v of value) {
    if (typeof v !== 'string') return 'Choose one or more of the answers offered';
    const { code, text } = splitChoice(v);
    const offered = choice(choices, code);
    if (!offered || offered.special || seen.has(code)) {
      return 'Choose one or more of the answers offered';
    }
    seen.add(code);
    if (offered.other) {
      const wrong = otherTextProblem(text ?? '', offered.label);
      if (wrong !== null) return wrong;
    } else if (text !== null) return 'Choose one or more of the answers offered';
    if (offered.exclusive && value.length > 1) {
      return `“${offered.label}” cannot be chosen with other answers`;
    }
  }
  return null;
}
