/**
 * The rules of the "Ready for inspection" summary, in words and as tests: how the framework rates
 * a standard (its bands), which of its ratings are the lower half, and which standards are counted
 * among those most at risk. Said on the page, so a service can check each judgement by hand.
 */
import type { RatingRules } from '../framework/frameworkSchema';
import { ENGLISH, type Translator } from '../i18n/translator';

/** "a", "a or b", "a, b or c". */
function eitherInWords(items: readonly string[], tr: Translator): string {
  if (items.length <= 1) return items.join('');
  return tr.t('readiness.summary', '{some} or {last}', {
    some: items.slice(0, -1).join(', '),
    last: items[items.length - 1] ?? '',
  });
}

/** The framework's ratings in the lower half of its scale, by points: below its middle rating. */
export function lowerRatings(rules: RatingRules | undefined): readonly string[] {
  if (!rules || rules.standardRule === 'none') return [];
  const byPoints = new Map<string, number>();
  for (const band of rules.bands) {
    const points = byPoints.get(band.rating);
    if (points === undefined || band.points < points) byPoints.set(band.rating, band.points);
  }
  const ordered = [...byPoints].sort((a, b) => a[1] - b[1]).map(([rating]) => rating);
  return ordered.slice(0, Math.floor(ordered.length / 2));
}

/** "under 50%: Inadequate; 50% to under 65%: Requires improvement; 80% or more: Outstanding". */
function bandsInWords(rules: RatingRules, tr: Translator): string {
  const bands = [...rules.bands].sort((a, b) => a.minPercent - b.minPercent);
  return bands
    .map((b, i) => {
      const range =
        i === 0
          ? tr.t('readiness.summary', 'under {max}%', { max: String(b.maxPercent) })
          : i === bands.length - 1
            ? tr.t('readiness.summary', '{min}% or more', { min: String(b.minPercent) })
            : tr.t('readiness.summary', '{min}% to under {max}%', {
                min: String(b.minPercent),
                max: String(b.maxPercent),
              });
      return `${range}: ${b.rating}`;
    })
    .join('; ');
}

/** How the framework rates a standard from the figures, in one sentence. */
export function ratingRuleText(rules: RatingRules | undefined, tr: Translator = ENGLISH): string {
  if (!rules) {
    return tr.t(
      'readiness.summary',
      'This framework has no rating rules, so no standard is rated from the figures.',
    );
  }
  if (rules.standardRule === 'none') {
    return tr.t(
      'readiness.summary',
      'This framework does not rate standards from the case figures.',
    );
  }
  const bands = bandsInWords(rules, tr);
  return rules.rounding === 'half-up'
    ? tr.t(
        'readiness.summary',
        'Each standard takes the band of its key question with the lowest figure (the cases answered positively, out of those where the question applied, rounded to a whole per cent): {bands}. A rating set by the lead replaces the one from the figures and says so.',
        { bands },
      )
    : tr.t(
        'readiness.summary',
        'Each standard takes the band of its key question with the lowest figure (the cases answered positively, out of those where the question applied): {bands}. A rating set by the lead replaces the one from the figures and says so.',
        { bands },
      );
}

/** Which standards are counted as most at risk, in one sentence, from the rules that apply. */
export function atRiskRuleText(
  lower: readonly string[],
  hasBenchmarks: boolean,
  tr: Translator = ENGLISH,
): string {
  const ratings = eitherInWords(lower, tr);
  if (lower.length > 0 && hasBenchmarks) {
    return tr.t(
      'readiness.summary',
      'A standard is counted among those most at risk when it is rated {ratings} (the lower half of the framework’s ratings), or when one of its key figures is worse than the published figure by more than chance would explain (the 95% interval of the difference leaves out 0).',
      { ratings },
    );
  }
  if (lower.length > 0) {
    return tr.t(
      'readiness.summary',
      'A standard is counted among those most at risk when it is rated {ratings} (the lower half of the framework’s ratings).',
      { ratings },
    );
  }
  if (hasBenchmarks) {
    return tr.t(
      'readiness.summary',
      'A standard is counted among those most at risk when one of its key figures is worse than the published figure by more than chance would explain (the 95% interval of the difference leaves out 0).',
    );
  }
  return tr.t(
    'readiness.summary',
    'This framework has neither rating rules nor published figures, so no standard is judged at risk from the figures.',
  );
}
