/**
 * Ratings from findings by the framework's rule (SPEC §4.6), held as data: each key question's
 * percentage is placed in a band, a standard takes the band of its lowest key question, and the
 * overall rating bands the sum of the standards' points. A lead's override replaces a rating
 * and is kept beside the computed one, with its rationale.
 */
import { standardRatedBy } from '../framework/frameworkItems';
import type { Framework, PercentBand, RatingRules } from '../framework/frameworkSchema';
import type { RatingOverride } from '../inspection/inspectionSchema';
import { hasOrHave } from '../phrasing/agreement';
import { plural, pluralForm } from '../phrasing/plural';
import { formatPercent, percentHalfUp } from '../statistics/roundHalfUp';
import type {
  OverallRating,
  ProportionFinding,
  StandardOverride,
  StandardRating,
} from './findingTypes';
import { overridesInForce } from './ratingOverride';

/** The percentage a rule compares with its bands: exact, or the whole percentage as printed. */
export function ratedPercent(rules: RatingRules, positive: number, base: number): number {
  return rules.rounding === 'half-up' ? percentHalfUp(positive, base) : (positive * 100) / base;
}

/**
 * The band for positive of base. Bands are [min, max) with the top one including 100; with no
 * rounding the comparison is exact (99 of 200 is below 50, not equal to it).
 */
export function bandFor(rules: RatingRules, positive: number, base: number): PercentBand {
  const sorted = [...rules.bands].sort((a, b) => a.minPercent - b.minPercent);
  const rounded = rules.rounding === 'half-up' ? percentHalfUp(positive, base) : null;
  let found = sorted[0]!;
  for (const band of sorted) {
    const reaches =
      rounded === null ? positive * 100 >= band.minPercent * base : rounded >= band.minPercent;
    if (reaches) found = band;
  }
  return found;
}

function figure(f: { positive: number; base: number }): string {
  return `${formatPercent(f.positive, f.base)}%, ${f.positive} of ${f.base}`;
}

type Rated = Omit<StandardRating, 'override' | 'rating' | 'points'>;

function rateFromData(
  framework: Framework,
  sectionId: string,
  standard: Framework['sections'][number]['standards'][number],
  findingOf: (questionId: string) => ProportionFinding | undefined,
): Rated {
  const ratedBy = standardRatedBy(standard);
  const empty: Rated = {
    standardId: standard.id,
    sectionId,
    ratedBy,
    band: null,
    questionId: null,
    positive: null,
    base: null,
    percent: null,
    ratedPercent: null,
    skipped: [],
    computedRating: null,
    computedPoints: null,
    note: '',
  };
  const rules = framework.rating;
  if (ratedBy === 'not-rated') return { ...empty, note: 'This standard is not rated.' };
  if (ratedBy === 'lead-judgement') {
    return { ...empty, note: "Rated by the lead inspector's professional judgement." };
  }
  if (!rules) return { ...empty, note: 'The framework has no rating rules.' };
  if (rules.standardRule === 'none') {
    return { ...empty, note: 'The framework does not rate standards from case figures.' };
  }
  const skipped: { questionId: string; reason: string }[] = [];
  let lowest: ProportionFinding | null = null;
  for (const question of standard.questions) {
    if (!question.key) continue;
    const finding = findingOf(question.id);
    if (!finding || finding.base === 0) {
      skipped.push({ questionId: question.id, reason: 'no case was applicable and answered' });
      continue;
    }
    // Lowest exact proportion; on a tie the first in the framework's order.
    if (!lowest || finding.positive * lowest.base < lowest.positive * finding.base)
      lowest = finding;
  }
  const skippedNote =
    skipped.length === 0
      ? ''
      : ` ${pluralForm(skipped.length, { one: 'Key question', other: 'Key questions' })} ${skipped.map((s) => s.questionId).join(', ')} skipped: no case was applicable and answered.`;
  if (!lowest) {
    return {
      ...empty,
      skipped,
      note:
        skipped.length === 0
          ? 'Not rated: the standard has no key questions.'
          : `Not rated: none of its key questions (${skipped.map((q) => q.questionId).join(', ')}) had a case that was applicable and answered.`,
    };
  }
  const band = bandFor(rules, lowest.positive, lowest.base);
  const rated = ratedPercent(rules, lowest.positive, lowest.base);
  return {
    ...empty,
    band: band.label,
    questionId: lowest.itemId,
    positive: lowest.positive,
    base: lowest.base,
    percent: lowest.percent,
    ratedPercent: rated,
    skipped,
    computedRating: band.rating,
    computedPoints: band.points,
    note: `Set by key question ${lowest.itemId} (${figure(lowest)}): ${band.label}, ${band.rating}.${skippedNote}`,
  };
}

function pointsFor(rules: RatingRules | undefined, rating: string): number | null {
  return rules?.bands.find((band) => band.rating === rating)?.points ?? null;
}

export type RatedStandards = {
  readonly standards: StandardRating[];
  readonly overall: OverallRating | null;
  readonly warnings: string[];
};

/**
 * Rates every standard from its key questions' findings, applies the lead's overrides, and
 * bands the overall points. `findingOf` gives a question's finding (undefined: not counted).
 */
export function rateStandards(
  framework: Framework,
  findingOf: (questionId: string) => ProportionFinding | undefined,
  overrides: readonly RatingOverride[] = [],
): RatedStandards {
  const warnings: string[] = [];
  const latest = overridesInForce(overrides);
  const rules = framework.rating;
  const standards: StandardRating[] = [];
  const seen = new Set<string>();
  for (const section of framework.sections) {
    for (const standard of section.standards) {
      seen.add(standard.id);
      const rated = rateFromData(framework, section.id, standard, findingOf);
      const chosen = latest.get(standard.id);
      if (chosen && rated.ratedBy === 'not-rated') {
        warnings.push(
          `The override for standard ${standard.id} is ignored: the framework says this standard is not rated.`,
        );
      }
      if (!chosen || rated.ratedBy === 'not-rated') {
        standards.push({
          ...rated,
          rating: rated.computedRating,
          points: rated.computedPoints,
          override: null,
        });
        continue;
      }
      const points = pointsFor(rules, chosen.rating);
      if (points === null) {
        warnings.push(
          `The override for standard ${standard.id} gives "${chosen.rating}", which is not one of the framework's ratings, so it earns no points.`,
        );
      }
      const override: StandardOverride = {
        rating: chosen.rating,
        points,
        rationale: chosen.rationale,
        by: chosen.by,
        at: chosen.at,
      };
      const judged = rated.ratedBy === 'lead-judgement' || rules?.standardRule === 'none';
      standards.push({
        ...rated,
        rating: chosen.rating,
        points,
        override,
        note: judged
          ? `Rated ${chosen.rating} by ${chosen.by}: ${chosen.rationale}`
          : `Overridden by ${chosen.by}: ${rated.computedRating ?? 'not rated'} from the figures, changed to ${chosen.rating}. Rationale: ${chosen.rationale}`,
      });
    }
  }
  for (const standardId of latest.keys()) {
    if (!seen.has(standardId)) {
      warnings.push(
        `An override names standard ${standardId}, which this framework does not have.`,
      );
    }
  }
  return { standards, overall: rateOverall(rules, standards), warnings };
}

/** Sum of the rated standards' points, banded; not rated while any standard lacks a rating. */
export function rateOverall(
  rules: RatingRules | undefined,
  standards: readonly StandardRating[],
): OverallRating | null {
  if (!rules?.overall) return null;
  const counted = standards.filter((s) => s.ratedBy !== 'not-rated');
  const top = Math.max(0, ...rules.bands.map((b) => b.points));
  const maxPoints = counted.length * top;
  const missing = counted.filter((s) => s.points === null).map((s) => s.standardId);
  if (missing.length > 0) {
    return {
      rating: null,
      points: null,
      maxPoints,
      missing,
      note: `Not rated: ${pluralForm(missing.length, { one: 'standard', other: 'standards' })} ${missing.join(', ')} ${hasOrHave(missing.length)} no rating.`,
    };
  }
  const points = counted.reduce((sum, s) => sum + (s.points ?? 0), 0);
  const band = rules.overall.bands.find((b) => points >= b.minPoints && points <= b.maxPoints);
  return {
    rating: band?.rating ?? null,
    points,
    maxPoints,
    missing,
    note: band
      ? `${points} of ${plural(maxPoints, 'point')}: ${band.rating} (${band.minPoints}–${band.maxPoints}).`
      : `${points} of ${plural(maxPoints, 'point')} fall in no overall band.`,
  };
}
