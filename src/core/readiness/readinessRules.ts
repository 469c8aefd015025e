/**
 * The rules of the "Ready for inspection" summary, in words and as tests: how the framework rates
 * a standard (its bands), which of its ratings are the lower half, and which standards are counted
 * among those most at risk. Said on the page, so a service can check each judgement by hand.
 */
import type { RatingRules } from '../framework/frameworkSchema';

/** "a", "a or b", "a, b or c". */
function eitherInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
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
function bandsInWords(rules: RatingRules): string {
  const bands = [...rules.bands].sort((a, b) => a.minPercent - b.minPercent);
  return bands
    .map((b, i) => {
      const range =
        i === 0
          ? `under ${b.maxPercent}%`
          : i === bands.length - 1
            ? `${b.minPercent}% or more`
            : `${b.minPercent}% to under ${b.maxPercent}%`;
      return `${range}: ${b.rating}`;
    })
    .join('; ');
}

/** How the framework rates a standard from the figures, in one sentence. */
export function ratingRuleText(rules: RatingRules | undefined): string {
  if (!rules)
    return 'This framework has no rating rules, so no standard is rated from the figures.';
  if (rules.standardRule === 'none') {
    return 'This framework does not rate standards from the case figures.';
  }
  const rounding = rules.rounding === 'half-up' ? ', rounded to a whole per cent' : '';
  return `Each standard takes the band of its key question with the lowest figure (the cases answered positively, out of those where the question applied${rounding}): ${bandsInWords(rules)}. A rating set by the lead replaces the one from the figures and says so.`;
}

/** Which standards are counted as most at risk, in one sentence, from the rules that apply. */
export function atRiskRuleText(lower: readonly string[], hasBenchmarks: boolean): string {
  const rated =
    lower.length > 0
      ? `it is rated ${eitherInWords(lower)} (the lower half of the framework’s ratings)`
      : null;
  const published = hasBenchmarks
    ? 'one of its key figures is worse than the published figure by more than chance would explain (the 95% interval of the difference leaves out 0)'
    : null;
  const when = [rated, published].filter((p) => p !== null);
  if (when.length === 0) {
    return 'This framework has neither rating rules nor published figures, so no standard is judged at risk from the figures.';
  }
  return `A standard is counted among those most at risk when ${when.join(', or when ')}.`;
}
