/**
 * The answers a scaled item offers, in the order a form shows them: the scale's options, then
 * "N/A" and "Not known" where the scale allows them. Items without a scale offer none, except
 * the "N/A" and "Not known" a number, date or text item may allow (`specialChoices`).
 */

import { NOT_APPLICABLE, NOT_KNOWN } from '../framework/answerCodes';
import type { FrameworkIndex } from '../framework/frameworkItems';
import type { ScaleOption } from '../framework/frameworkSchema';

export type AnswerChoice = {
  readonly value: string;
  readonly label: string;
  readonly description?: string;
  /** Set for the reserved answers, which a form sets apart from the scale's own options. */
  readonly special?: 'not-applicable' | 'not-known';
  /** "None of these": chosen alone. */
  readonly exclusive?: true;
  /** "Other (please say)": chosen with words. */
  readonly other?: true;
};

export const NOT_APPLICABLE_LABEL = 'N/A';
export const NOT_KNOWN_LABEL = 'Not known';

const cache = new WeakMap<ScaleOption[], AnswerChoice[]>();

export function answerChoices(index: FrameworkIndex, itemId: string): readonly AnswerChoice[] {
  const scaleId = index.itemById.get(itemId)?.item.scale;
  const scale = scaleId === undefined ? undefined : index.scaleById.get(scaleId);
  if (!scale) return [];
  const cached = cache.get(scale.options);
  if (cached) return cached;
  const choices: AnswerChoice[] = scale.options.map((option) => ({
    value: option.value,
    label: option.label,
    ...(option.description === undefined ? {} : { description: option.description }),
    ...(option.exclusive ? { exclusive: true as const } : {}),
    ...(option.other ? { other: true as const } : {}),
  }));
  if (scale.allowNotApplicable) {
    choices.push({ value: NOT_APPLICABLE, label: NOT_APPLICABLE_LABEL, special: 'not-applicable' });
  }
  if (scale.allowNotKnown) {
    choices.push({ value: NOT_KNOWN, label: NOT_KNOWN_LABEL, special: 'not-known' });
  }
  cache.set(scale.options, choices);
  return choices;
}

const NOT_APPLICABLE_CHOICE: AnswerChoice = {
  value: NOT_APPLICABLE,
  label: NOT_APPLICABLE_LABEL,
  special: 'not-applicable',
};
const NOT_KNOWN_CHOICE: AnswerChoice = {
  value: NOT_KNOWN,
  label: NOT_KNOWN_LABEL,
  special: 'not-known',
};

/** "N/A" and "Not known", where a number, date or text item allows them (in that order). */
export function specialChoices(index: FrameworkIndex, itemId: string): readonly AnswerChoice[] {
  const item = index.itemById.get(itemId)?.item;
  if (!item || item.scale !== undefined) return [];
  return [
    ...(item.allowNotApplicable ? [NOT_APPLICABLE_CHOICE] : []),
    ...(item.allowNotKnown ? [NOT_KNOWN_CHOICE] : []),
  ];
}
