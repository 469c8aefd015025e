/**
 * A comparison with a published figure in words, in parts a screen can lay out beside the
 * audit's figure: the published figure and where the report gives it, this audit's figure on the
 * same side, the difference in whole points with its 95% interval, and whether it is more than
 * chance would explain — said in words, so no reader depends on colour.
 */
import { isSmallBase, printedFigure, SMALL_BASE_MARK } from '../findings/printedFigure';
import { formatPercent, roundHalfUp } from '../statistics/roundHalfUp';
import {
  BENCHMARK_METHOD,
  type BenchmarkComparison,
  type BenchmarkResult,
} from './compareWithBenchmark';

export type BenchmarkWords =
  | {
      readonly status: 'compared';
      /** "58% (35/60)"; a range: "nearly two-thirds (37–39 of 60)". */
      readonly published: string;
      /** "paragraph 3.4" */
      readonly location: string;
      /** "45% (9/20)" */
      readonly audit: string;
      /** "−13 points (95% interval −36 to +11)"; a range: "−14 to −9 points (…)". */
      readonly difference: string;
      /** "more than chance would explain", or not, and for a range at which ends. */
      readonly outcome: string;
      readonly significant: boolean;
      /** Either base is under 10. */
      readonly smallBase: boolean;
      /** How a range was compared, or null. */
      readonly note: string | null;
    }
  | {
      readonly status: 'not-comparable';
      /** "25 of 60 (“25 of the 60 cases”)" */
      readonly published: string;
      readonly location: string;
      /** "not comparable: …" */
      readonly reason: string;
    };

/** Whole points with their sign, as differences are written: "−13", "+12", "0". */
export function signedPoints(points: number): string {
  if (points === 0) return '0';
  return points < 0 ? `−${-points}` : `+${points}`;
}

/** Audit − published at one published count in whole points, rounded exactly from the counts. */
function wholeDifference(c: BenchmarkComparison, positive: number): number {
  const { count, base } = c.audit;
  const numerator = count * c.published.base - positive * base;
  const whole = Number(formatPercent(Math.abs(numerator), base * c.published.base, 0));
  return numerator < 0 ? -whole : whole;
}

/** The published figure on the audit's side; the report's own words when it counted the other. */
function publishedText(c: BenchmarkComparison): string {
  const { published, figure } = c;
  const other = published.reversed ? `, the other side of the report’s “${figure.stated}”` : '';
  if (published.range === null) {
    return `${printedFigure(published.percent, published.positive!, published.base)}${other}`;
  }
  const small = isSmallBase(published.base) ? ` ${SMALL_BASE_MARK}` : '';
  const counts = `${published.range.low}–${published.range.high} of ${published.base}${small}`;
  return published.reversed ? `${counts}${other}` : `${figure.stated} (${counts})`;
}

/** Whether the difference is more than chance would explain, in words; a range's at its ends. */
export function benchmarkOutcome(c: BenchmarkComparison): string {
  if (c.ends.length === 1) {
    return c.significant ? 'more than chance would explain' : 'not more than chance would explain';
  }
  const at = c.ends.filter((e) => e.significant).length;
  if (c.significant) return 'more than chance would explain at both ends';
  if (at === 2) {
    return 'more than chance would explain at both ends but in opposite directions, so not counted as more than chance';
  }
  if (at === 0) return 'not more than chance would explain at either end';
  return 'more than chance would explain at one end only, so not counted as more than chance';
}

/**
 * The difference in whole points with its sign ("−13"; a range "+25 to +28") and its 95%
 * interval's ends in whole points, rounded from the unrounded interval.
 */
export function wholePoints(c: BenchmarkComparison): {
  difference: string;
  low: string;
  high: string;
} {
  const differences = [...new Set(c.ends.map((e) => wholeDifference(c, e.positive)))]
    .sort((a, b) => a - b)
    .map(signedPoints);
  const low = roundHalfUp(Math.min(...c.ends.map((e) => e.exactInterval.low)), 0);
  const high = roundHalfUp(Math.max(...c.ends.map((e) => e.exactInterval.high)), 0);
  return { difference: differences.join(' to '), low: signedPoints(low), high: signedPoints(high) };
}

function differenceText(c: BenchmarkComparison): string {
  const { difference, low, high } = wholePoints(c);
  return `${difference} points (95% interval ${low} to ${high})`;
}

/** A comparison, or the reason there is none, in words. */
export function benchmarkWords(result: BenchmarkResult): BenchmarkWords {
  const { figure } = result;
  const location = figure.source.location;
  if (result.status === 'not-comparable') {
    const count = figure.positive ?? `${figure.range!.low}–${figure.range!.high}`;
    return {
      status: 'not-comparable',
      published: `${count} of ${figure.base} (“${figure.stated}”)`,
      location,
      reason: result.reason,
    };
  }
  return {
    status: 'compared',
    published: publishedText(result),
    location,
    audit: printedFigure(result.audit.percent, result.audit.count, result.audit.base),
    difference: differenceText(result),
    outcome: benchmarkOutcome(result),
    significant: result.significant,
    smallBase: result.smallBase,
    note: result.note,
  };
}

/** The sentence under the published figures: how a difference is judged and what it counts. */
export const BENCHMARK_METHOD_SENTENCE = `Each difference is this audit’s figure minus the published figure, in percentage points, on the same side (the answers this audit counts); its interval is ${BENCHMARK_METHOD}, and a difference is more than chance would explain when that interval leaves out 0.`;
