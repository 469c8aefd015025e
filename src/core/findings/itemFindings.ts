/**
 * Turns one group's counters into findings for each item: the figures, their exclusions, the
 * interval and the sentence. Reads counters; allocates only the result objects.
 */

import type { Language } from '../i18n/language';
import { answerStatement, answersInWords } from '../phrasing/answerWords';
import { findingSentence } from '../phrasing/findingSentence';
import { phraseProportion } from '../phrasing/phraseProportion';
import { plural } from '../phrasing/plural';
import type { QuantifierVocabulary } from '../phrasing/quantifier';
import { describeNumbers } from '../statistics/describeNumbers';
import { percentHalfUp } from '../statistics/roundHalfUp';
import { wilsonInterval } from '../statistics/wilsonInterval';
import {
  ANSWERED,
  type FindingsPlan,
  HIDDEN,
  INVALID,
  NA,
  NK,
  type PlannedItem,
  UNANSWERED,
} from './findingsPlan';
import {
  type Exclusions,
  type ItemFinding,
  type OptionCount,
  type Proportion,
  type ProportionFinding,
  SMALL_BASE,
} from './findingTypes';

const NO_NUMBERS: ArrayLike<number> = [];

export type SentenceSide = 'auto' | 'positive' | 'negative';

export type CellSettings = {
  readonly confidence: number;
  readonly vocabulary: QuantifierVocabulary;
  readonly sentences: SentenceSide;
  /** The language of the sentences and quantifier words; absent: English. */
  readonly language?: Language;
  /**
   * The side each item states, decided over all cases: every group of a breakdown counts the
   * same side as the whole, so a row of cells never mixes "was" and "was not".
   */
  readonly sides?: ReadonlyMap<string, 'positive' | 'negative'>;
};

/** Percentage, whole percentage and Wilson interval (in per cent) for numerator of base. */
export function proportionOf(numerator: number, base: number, confidence: number): Proportion {
  if (base === 0) return { percent: null, percentRounded: null, interval: null, smallBase: true };
  const interval = wilsonInterval(numerator, base, confidence)!;
  return {
    percent: (numerator * 100) / base,
    percentRounded: percentHalfUp(numerator, base),
    interval: { low: interval.low * 100, high: interval.high * 100 },
    smallBase: base < SMALL_BASE,
  };
}

/** An option's count with its share of `base`. */
function optionFigure(
  option: Pick<OptionCount, 'value' | 'label' | 'meaning'>,
  count: number,
  base: number,
  confidence: number,
): OptionCount & Proportion {
  return {
    value: option.value,
    label: option.label,
    meaning: option.meaning,
    count,
    ...proportionOf(count, base, confidence),
  };
}

/** The item's own figure when it has no positive option: only the options' shares mean anything. */
const NO_PROPORTION = (base: number): Proportion => ({
  percent: null,
  percentRounded: null,
  interval: null,
  smallBase: base < SMALL_BASE,
});

function exclusionsAt(counts: Int32Array, at: number): Exclusions {
  return {
    notApplicable: counts[at + NA]!,
    notKnown: counts[at + NK]!,
    unanswered: counts[at + UNANSWERED]!,
    hidden: counts[at + HIDDEN]!,
    invalid: counts[at + INVALID]!,
  };
}

/** The answers of one side in the scale's words: "No", "Yes or Partly". */
function answersOf(item: PlannedItem, side: 'positive' | 'negative', language: Language): string {
  return answersInWords(
    item.options.filter((o) => o.meaning === side).map((o) => o.label),
    language,
  );
}

/** What a sentence says happened, from the question's finding wording or, failing that, its options. */
function statementFor(
  item: PlannedItem,
  side: 'positive' | 'negative',
  language: Language,
): string {
  const entry = item.entry;
  if (entry.type === 'question' && entry.item.finding) return entry.item.finding[side];
  return answerStatement(entry.item.text, answersOf(item, side, language) || side, language);
}

/**
 * The side an item's figure and sentence state: the whole inspection's side within a
 * breakdown; a side the caller asks for; the event, for a question about an adverse event
 * (reports say "one-fifth had been victims of crime", never "four-fifths had not"); otherwise
 * the larger side.
 */
function sideOf(
  item: PlannedItem,
  positive: number,
  negative: number,
  settings: CellSettings,
): 'positive' | 'negative' {
  const fixed = settings.sides?.get(item.id);
  if (fixed) return fixed;
  if (settings.sentences !== 'auto') return settings.sentences;
  if (item.adverse) return 'negative';
  return positive >= negative ? 'positive' : 'negative';
}

function proportionFinding(
  item: PlannedItem,
  counts: Int32Array,
  cellBase: number,
  settings: CellSettings,
): ProportionFinding {
  const at = cellBase + item.offset;
  let positive = 0;
  let negative = 0;
  let neutral = 0;
  let scored = false;
  for (let i = 0; i < item.optionCount; i++) {
    const count = counts[at + i]!;
    const meaning = item.options[i]!.meaning;
    if (meaning === 'positive') {
      positive += count;
      scored = true;
    } else if (meaning === 'negative') negative += count;
    else neutral += count;
  }
  const exclusions = exclusionsAt(counts, cellBase + item.extra);
  const base = positive + negative + neutral + (item.notKnownInBase ? exclusions.notKnown : 0);
  const options = item.options.map((option, i) =>
    optionFigure(option, counts[at + i]!, base, settings.confidence),
  );
  const isQuestion = item.entry.type === 'question';
  const side = scored ? sideOf(item, positive, negative, settings) : null;
  const count = side === 'negative' ? negative : positive;
  let quantifier: string | null = null;
  let sentence: string | null = null;
  const language = settings.language ?? 'en';
  if (isQuestion && side !== null && base > 0) {
    quantifier = phraseProportion(count, base, settings.vocabulary, language)?.words ?? null;
    sentence = findingSentence(
      count,
      base,
      statementFor(item, side, language),
      settings.vocabulary,
      language,
    );
  }
  const counted =
    side === null
      ? null
      : {
          side,
          count,
          base,
          answers: answersOf(item, side, language),
          statement:
            item.entry.type === 'question' && item.entry.item.finding
              ? item.entry.item.finding[side]
              : null,
          ...proportionOf(count, base, settings.confidence),
        };
  return {
    type: 'proportion',
    itemId: item.id,
    kind: item.entry.item.kind,
    standardId: item.entry.type === 'question' ? item.entry.standard.id : null,
    key: item.entry.type === 'question' && item.entry.item.key === true,
    scored,
    options,
    positive,
    negative,
    neutral,
    base,
    notKnownInBase: item.notKnownInBase,
    ...exclusions,
    ...(scored ? proportionOf(positive, base, settings.confidence) : NO_PROPORTION(base)),
    quantifier,
    sentence,
    sentenceSide: sentence === null ? null : side,
    adverse: item.adverse,
    counted,
  };
}

const MULTICHOICE_NOTE = (base: number) =>
  `A case could give more than one answer, so the counts can add up to more than the ${plural(base, 'case')} answering.`;

/** Findings for every item of one group, in framework order. */
export function itemFindings(
  plan: FindingsPlan,
  counts: Int32Array,
  cell: number,
  numbers: readonly (ArrayLike<number> | undefined)[],
  settings: CellSettings,
): ItemFinding[] {
  const cellBase = cell * plan.slots;
  return plan.items.map((item): ItemFinding => {
    const fields = {
      itemId: item.id,
      kind: item.entry.item.kind,
      standardId: item.entry.type === 'question' ? item.entry.standard.id : null,
    };
    const answered = counts[cellBase + item.extra + ANSWERED]!;
    switch (item.type) {
      case 'proportion':
        return proportionFinding(item, counts, cellBase, settings);
      case 'multichoice': {
        let selections = 0;
        const options = item.options.map((option, i) => {
          const count = counts[cellBase + item.offset + i]!;
          selections += count;
          return optionFigure(option, count, answered, settings.confidence);
        });
        return {
          type: 'multichoice',
          ...fields,
          ...exclusionsAt(counts, cellBase + item.extra),
          base: answered,
          selections,
          options,
          note: MULTICHOICE_NOTE(answered),
        };
      }
      case 'number': {
        const thresholds = item.entry.item.thresholds ?? [];
        const values = numbers[cell * plan.numberItems + item.numberSlot] ?? NO_NUMBERS;
        const summary = describeNumbers(
          values,
          thresholds.map((t) => t.above),
        );
        return {
          type: 'number',
          ...fields,
          ...exclusionsAt(counts, cellBase + item.extra),
          unit: item.entry.item.unit ?? null,
          summary,
          thresholds: thresholds.map((t, i) => {
            const count = summary?.above[i]?.count ?? 0;
            return {
              above: t.above,
              label: t.label,
              count,
              base: values.length,
              ...proportionOf(count, values.length, settings.confidence),
            };
          }),
        };
      }
      default:
        return {
          type: 'answered',
          ...fields,
          ...exclusionsAt(counts, cellBase + item.extra),
          answered,
        };
    }
  });
}
