/**
 * The checks on a framework's rating rules: percentage bands that cover 0–100% without gaps or
 * overlaps, and overall points bands that cover every total the rated standards can reach.
 */
import { plural } from '../phrasing/plural';
import type { ValidationError } from '../validation/validationResult';
import type { Framework, RatingRules } from './frameworkSchema';
import { quote } from './locatedItems';

/** The percentage bands: each the right way up, together covering 0–100% with no overlap. */
function percentBandErrors(errors: ValidationError[], rating: RatingRules) {
  const sorted = rating.bands
    .map((band, i) => ({ band, i }))
    .sort((a, b) => a.band.minPercent - b.band.minPercent);
  sorted.forEach(({ band, i }) => {
    if (band.minPercent >= band.maxPercent) {
      errors.push({ path: `rating.bands[${i}]`, message: 'minPercent must be below maxPercent' });
    }
  });
  // An upside-down band is reported once above, not again as overlaps and gaps.
  const bands = sorted.filter(({ band }) => band.minPercent < band.maxPercent);
  const first = bands[0];
  if (first && first.band.minPercent !== 0) {
    errors.push({
      path: `rating.bands[${first.i}].minPercent`,
      message: `the bands leave a gap: nothing covers 0% to ${first.band.minPercent}%`,
    });
  }
  for (let k = 1; k < bands.length; k++) {
    const prev = bands[k - 1]!;
    const next = bands[k]!;
    if (next.band.minPercent < prev.band.maxPercent) {
      errors.push({
        path: `rating.bands[${next.i}].minPercent`,
        message: `bands overlap: ${quote(prev.band.label)} runs to ${prev.band.maxPercent}% but ${quote(next.band.label)} starts at ${next.band.minPercent}%`,
      });
    } else if (next.band.minPercent > prev.band.maxPercent) {
      errors.push({
        path: `rating.bands[${next.i}].minPercent`,
        message: `the bands leave a gap between ${prev.band.maxPercent}% and ${next.band.minPercent}%`,
      });
    }
  }
  const last = bands[bands.length - 1];
  if (last && last.band.maxPercent !== 100) {
    errors.push({
      path: `rating.bands[${last.i}].maxPercent`,
      message: `the bands leave a gap: nothing covers ${last.band.maxPercent}% to 100%`,
    });
  }
}

/** The overall points bands: covering 0 to the most the rated standards can score. */
function pointsBandErrors(errors: ValidationError[], framework: Framework, rating: RatingRules) {
  const overall = rating.overall;
  if (!overall) return;
  const ratedStandards = framework.sections
    .flatMap((s) => s.standards)
    .filter((st) => (st.ratedBy ?? 'key-questions') !== 'not-rated').length;
  const maxPoints = ratedStandards * Math.max(...rating.bands.map((b) => b.points));
  const sortedPoints = overall.bands
    .map((band, i) => ({ band, i }))
    .sort((a, b) => a.band.minPoints - b.band.minPoints);
  sortedPoints.forEach(({ band, i }) => {
    if (band.minPoints > band.maxPoints) {
      errors.push({
        path: `rating.overall.bands[${i}]`,
        message: 'minPoints must not be above maxPoints',
      });
    }
  });
  const points = sortedPoints.filter(({ band }) => band.minPoints <= band.maxPoints);
  const firstPoints = points[0];
  if (firstPoints && firstPoints.band.minPoints !== 0) {
    errors.push({
      path: `rating.overall.bands[${firstPoints.i}].minPoints`,
      message:
        firstPoints.band.minPoints === 1
          ? 'the overall bands leave a gap: nothing covers 0 points'
          : `the overall bands leave a gap: nothing covers 0 to ${firstPoints.band.minPoints - 1} points`,
    });
  }
  for (let k = 1; k < points.length; k++) {
    const prev = points[k - 1]!;
    const next = points[k]!;
    if (next.band.minPoints <= prev.band.maxPoints) {
      errors.push({
        path: `rating.overall.bands[${next.i}].minPoints`,
        message: `overall bands overlap: ${quote(prev.band.rating)} runs to ${prev.band.maxPoints} points but ${quote(next.band.rating)} starts at ${next.band.minPoints}`,
      });
    } else if (next.band.minPoints > prev.band.maxPoints + 1) {
      errors.push({
        path: `rating.overall.bands[${next.i}].minPoints`,
        message: `the overall bands leave a gap between ${prev.band.maxPoints} and ${next.band.minPoints} points`,
      });
    }
  }
  const lastPoints = points[points.length - 1];
  if (lastPoints && lastPoints.band.maxPoints !== maxPoints) {
    errors.push({
      path: `rating.overall.bands[${lastPoints.i}].maxPoints`,
      message: `the overall bands should end at ${maxPoints} points (${plural(ratedStandards, 'rated standard')} × ${plural(maxPoints / Math.max(ratedStandards, 1), 'point')}), not ${lastPoints.band.maxPoints}`,
    });
  }
}

/** Checks the rating rules, if the framework has any, adding each problem to `errors`. */
export function checkRating(errors: ValidationError[], framework: Framework) {
  const rating = framework.rating;
  if (!rating) return;
  percentBandErrors(errors, rating);
  pointsBandErrors(errors, framework, rating);
}
