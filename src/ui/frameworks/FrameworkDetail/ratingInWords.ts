/**
 * A framework's rating rules in the words an inspector reads before fieldwork. The rules
 * themselves are data in the framework (SPEC §4.6); this only says them.
 */
import type { PercentBand, RatingRules } from '../../../core';
import { t } from '../../i18n/translate';

/**
 * The percentages a band covers. Bands run from `minPercent` (inclusive) to `maxPercent`
 * (exclusive); the band that ends at 100% also takes 100%. Whole percentages (half-up rounding) read as
 * "50–64%"; exact proportions as "50% to under 65%".
 */
export function bandRange(band: PercentBand, rounding: RatingRules['rounding']): string {
  const { minPercent: min, maxPercent: max } = band;
  const toTop = max === 100;
  if (toTop && min === 0) return t('frameworks', 'any percentage (0–100%)');
  if (toTop) return t('frameworks', '{min}% and over', { min });
  if (min === 0) return t('frameworks', 'below {max}%', { max });
  const wholeNumbers = rounding === 'half-up' && Number.isInteger(min) && Number.isInteger(max);
  return wholeNumbers
    ? `${min}–${max - 1}%`
    : t('frameworks', '{min}% to under {max}%', { min, max });
}

export function roundingInWords(rounding: RatingRules['rounding']): string {
  return rounding === 'half-up'
    ? t(
        'frameworks',
        'Percentages are rounded to whole numbers, half up, before they are placed in a band, as they are printed: 64.5% counts as 65%.',
      )
    : t(
        'frameworks',
        'The exact proportion is placed in a band, without rounding: 64.9% is below 65%.',
      );
}

export function standardRuleInWords(rule: RatingRules['standardRule']): string {
  return rule === 'lowest-key-question'
    ? t(
        'frameworks',
        'A standard rated from its key questions takes the band of its lowest-scoring key question: each key question’s percentage of cases with a positive answer is placed in a band below, and the lowest band gives the standard’s rating and points.',
      )
    : t(
        'frameworks',
        'Standards are not rated from the answers: the bands below describe key questions only.',
      );
}

export function pointsRange(min: number, max: number): string {
  return min === max ? `${min}` : `${min}–${max}`;
}

/** Whether a standard is rated, and how, in one sentence. */
export function ratedByInWords(ratedBy: 'key-questions' | 'lead-judgement' | 'not-rated') {
  switch (ratedBy) {
    case 'key-questions':
      return t('frameworks', 'Rated from its key questions.');
    case 'lead-judgement':
      return t(
        'frameworks',
        'Rated by the lead inspector’s professional judgement, with a rationale.',
      );
    case 'not-rated':
      return t('frameworks', 'Not rated.');
  }
}
