/**
 * The answers a scaled item offers, in the order a form shows them: the scale's options, then
 * "N/A" and "Not known" where the scale allows them. Items without a scale offer none, except
 * the "N/A" and "Not known" a number, date or text item may allow (`specialChoices`).
 */

import { NOT_APPLICABLE, NOT_KNOWN } from '../framework/answerCodes';
import type { FrameworkIndex } from '../framework/frameworkItems';
import type { ScaleOption } from '../framework/frameworkSchema';
import type { Language } from '../i18n/language';
import { ENGLISH, type Translator } from '../i18n/translator';

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

/** The reserved answers as a form offers them, in the translator's language. */
function notApplicableChoice(tr: Translator): AnswerChoice {
  return { value: NOT_APPLICABLE, label: tr.t('scoring', 'N/A'), special: 'not-applicable' };
}
function notKnownChoice(tr: Translator): AnswerChoice {
  return { value: NOT_KNOWN, label: tr.t('scoring', 'Not known'), special: 'not-known' };
}

// One cache per language: the reserved answers' labels differ.
const caches = new Map<Language, WeakMap<ScaleOption[], AnswerChoice[]>>();

export function answerChoices(
  index: FrameworkIndex,
  itemId: string,
  tr: Translator = ENGLISH,
): readonly AnswerChoice[] {
  const scaleId = index.itemById.get(itemId)?.item.scale;
  const scale = scaleId === undefined ? undefined : index.scaleById.get(scaleId);
  if (!scale) return [];
  let cache = caches.get(tr.language);
  if (!cache) {
    cache = new WeakMap();
    caches.set(tr.language, cache);
  }
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
    choices.push(notApplicableChoice(tr));
  }
  if (scale.allowNotKnown) {
    choices.push(notKnownChoice(tr));
  }
  cache.set(scale.options, choices);
  return choices;
}

/** "N/A" and "Not known", where a number, date or text item allows them (in that order). */
export function specialChoices(
  index: FrameworkIndex,
  itemId: string,
  tr: Translator = ENGLISH,
): readonly AnswerChoice[] {
  const item = index.itemById.get(itemId)?.item;
  if (!item || item.scale !== undefined) return [];
  return [
    ...(item.allowNotApplicable ? [notApplicableChoice(tr)] : []),
    ...(item.allowNotKnown ? [notKnownChoice(tr)] : []),
  ];
}
