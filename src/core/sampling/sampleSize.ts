/**
 * How many cases to read for a given confidence and margin of error, and the margin a number of
 * cases achieves (SPEC §4.8). Both use the normal approximation for a proportion with the finite
 * population correction, so they are exact inverses of each other:
 *
 *   n₀ = z² · p(1 − p) / e²          (an infinite population)
 *   n  = n₀ · N / (n₀ + N − 1)       (N cases in all), rounded up to whole cases
 *   e  = z · √( p(1 − p) / n · (N − n) / (N − 1) )
 *
 * p = 0.5 unless stated: the most cautious assumption, giving the largest sample.
 * Confidence, margin and proportion are fractions (0.95, 0.05, 0.5); screens convert from %.
 */

import { ENGLISH, type Translator } from '../i18n/translator';
import { formatCount } from '../phrasing/plural';
import { criticalValue } from '../statistics/inverseNormal';
import {
  invalid,
  type ValidationError,
  type ValidationResult,
  valid,
} from '../validation/validationResult';

export type SampleSizeInput = {
  /** N: cases in the population the sample is drawn from. */
  readonly population: number;
  /** e.g. 0.8 for 80% confidence. */
  readonly confidence: number;
  /** e.g. 0.05 for ±5 percentage points. */
  readonly marginOfError: number;
  /** The expected proportion; default 0.5. */
  readonly proportion?: number;
};

export type SampleSize = {
  /** Whole cases to read: the exact figure rounded up, never more than the population. */
  readonly sampleSize: number;
  /** Before rounding up, e.g. 44.14. */
  readonly exact: number;
  /** n₀: what an infinite population would need. */
  readonly withoutCorrection: number;
  /** The critical value used, e.g. 1.2816 at 80%. */
  readonly z: number;
  /** e.g. "From a population of 60, a margin of error of ±5% at 80% confidence needs 45 cases (44.1, rounded up)." */
  readonly sentence: string;
};

export type MarginOfErrorInput = {
  readonly population: number;
  /** n: cases read (or survey responses). */
  readonly responses: number;
  readonly confidence: number;
  readonly proportion?: number;
};

export type MarginOfError = {
  /** As a fraction, e.g. 0.0609 for ±6.1%. */
  readonly marginOfError: number;
  readonly z: number;
  /** e.g. "98 of a population of 157 give a margin of error of ±6.1% at 95% confidence." */
  readonly sentence: string;
};

/** Absorbs floating-point noise before rounding up, so an exact 45 never becomes 46. */
const ROUNDING_SLACK = 1e-9;

function checkFraction(value: number, path: string, what: string, errors: ValidationError[]): void {
  if (!Number.isFinite(value) || value <= 0 || value >= 1) {
    errors.push({ path, message: `must be ${what} between 0% and 100% (exclusive)` });
  }
}

function checkCount(value: number, path: string, errors: ValidationError[]): void {
  if (!Number.isInteger(value) || value < 1) {
    errors.push({ path, message: 'must be a whole number of cases, at least 1' });
  }
}

/** A fraction as a percentage with at most `decimals` places and no trailing zeros: 0.95 → "95%". */
export function formatPercentage(fraction: number, decimals = 1): string {
  return `${Number((fraction * 100).toFixed(decimals))}%`;
}

export function requiredSampleSize(
  input: SampleSizeInput,
  tr: Translator = ENGLISH,
): ValidationResult<SampleSize> {
  const p = input.proportion ?? 0.5;
  const errors: ValidationError[] = [];
  checkCount(input.population, 'population', errors);
  checkFraction(input.confidence, 'confidence', 'a confidence level', errors);
  checkFraction(input.marginOfError, 'marginOfError', 'a margin of error', errors);
  checkFraction(p, 'proportion', 'a proportion', errors);
  if (errors.length > 0) return invalid(errors);

  const z = criticalValue(input.confidence);
  const N = input.population;
  const withoutCorrection = (z * z * p * (1 - p)) / (input.marginOfError * input.marginOfError);
  const exact = (withoutCorrection * N) / (withoutCorrection + N - 1);
  const sampleSize = Math.min(N, Math.ceil(exact - ROUNDING_SLACK));
  const rounded = Number(exact.toFixed(1));
  const margin = formatPercentage(input.marginOfError);
  const confidence = formatPercentage(input.confidence);
  return valid({
    sampleSize,
    exact,
    withoutCorrection,
    z,
    sentence:
      rounded === sampleSize
        ? tr.t(
            'setup',
            'From a population of {population}, a margin of error of ±{margin} at {confidence} confidence needs {size, plural, one {# case} other {# cases}}.',
            { population: formatCount(N), margin, confidence, size: sampleSize },
          )
        : tr.t(
            'setup',
            'From a population of {population}, a margin of error of ±{margin} at {confidence} confidence needs {size, plural, one {# case} other {# cases}} ({exact}, rounded up).',
            {
              population: formatCount(N),
              margin,
              confidence,
              size: sampleSize,
              exact: `${rounded}`,
            },
          ),
  });
}

export function achievedMarginOfError(
  input: MarginOfErrorInput,
  tr: Translator = ENGLISH,
): ValidationResult<MarginOfError> {
  const p = input.proportion ?? 0.5;
  const errors: ValidationError[] = [];
  checkCount(input.population, 'population', errors);
  checkCount(input.responses, 'responses', errors);
  checkFraction(input.confidence, 'confidence', 'a confidence level', errors);
  checkFraction(p, 'proportion', 'a proportion', errors);
  if (errors.length === 0 && input.responses > input.population) {
    errors.push({
      path: 'responses',
      message: `is more than the population (${input.responses} of ${input.population})`,
    });
  }
  if (errors.length > 0) return invalid(errors);

  const z = criticalValue(input.confidence);
  const N = input.population;
  const n = input.responses;
  // Everyone counted: no sampling error (and N − 1 may be 0).
  const correction = n === N ? 0 : (N - n) / (N - 1);
  const marginOfError = z * Math.sqrt(((p * (1 - p)) / n) * correction);
  return valid({
    marginOfError,
    z,
    sentence: tr.t(
      'setup',
      '{read} of a population of {population} give a margin of error of ±{margin} at {confidence} confidence.',
      {
        read: `${n}`,
        population: `${N}`,
        margin: formatPercentage(marginOfError),
        confidence: formatPercentage(input.confidence),
      },
    ),
  });
}
