/**
 * An audit's figure for a question read against the figure an inspection report published for
 * it: the difference in percentage points and whether it is more than chance would explain,
 * with the method stated. The two figures are put on the same side first, so "42% were not
 * allocated promptly" is never set against "58% were".
 */
import type { ItemFinding, ProportionFinding } from '../findings/findingTypes';
import { isSmallBase } from '../findings/printedFigure';
import { newcombeInterval } from '../statistics/differenceInterval';
import { percentHalfUp, roundHalfUp, scaledPercentHalfUp } from '../statistics/roundHalfUp';
import type { BenchmarkFigure, BenchmarkSet } from './benchmarkSchema';

/** The intervals of the difference are always 95%, as the method says. */
const CONFIDENCE = 0.95;

export const BENCHMARK_METHOD =
  'Newcombe’s hybrid score interval for a difference of two independent proportions, 95%';

/** Both ends in percentage points, to one decimal. */
export type PointsRange = { readonly low: number; readonly high: number };

/** The comparison with one published count (a range's figure has one for each end). */
export type BenchmarkEnd = {
  /** The published count, on the audit's side. */
  readonly positive: number;
  /** Whole per cent, rounded half up. */
  readonly percent: number;
  /** Audit − published, in points to one decimal. */
  readonly difference: number;
  /** The 95% interval of the difference, in points to one decimal. */
  readonly interval: PointsRange;
  /** The same interval unrounded, for wordings that round it otherwise (whole points). */
  readonly exactInterval: PointsRange;
  /** The interval leaves out 0: more than chance would explain. */
  readonly significant: boolean;
};

export type BenchmarkComparison = {
  readonly status: 'compared';
  readonly itemId: string;
  readonly figure: BenchmarkFigure;
  /** The audit's figure, on the side the finding states (or the figure's answers, if unscored). */
  readonly audit: {
    readonly count: number;
    readonly base: number;
    readonly percent: number;
    /** The answers counted, in the scale's words: "No", "Yes or Partly". */
    readonly answers: string;
  };
  /** The published figure put on the audit's side. */
  readonly published: {
    /** Null when the report's words allow a range of counts. */
    readonly positive: number | null;
    readonly range: { readonly low: number; readonly high: number } | null;
    readonly base: number;
    /** Whole per cent rounded half up; null with a range. */
    readonly percent: number | null;
    /** The report counted the other answers: its count was taken from its base. */
    readonly reversed: boolean;
  };
  /** Audit − published in points; low = high unless the figure is a range. */
  readonly difference: PointsRange;
  /** The 95% interval of the difference; over both ends for a range. */
  readonly interval: PointsRange;
  /** More than chance would explain (at both ends, in the same direction, for a range). */
  readonly significant: boolean;
  /** One end, or the range's low and high ends. */
  readonly ends: readonly BenchmarkEnd[];
  readonly method: string;
  /** Either base is under 10: marked, as every small base is. */
  readonly smallBase: boolean;
};

/** Why a published figure cannot be set against the audit's (said in words by `benchmarkWords`). */
export type NotComparableWhy =
  | { readonly kind: 'not-a-share' }
  | { readonly kind: 'no-applicable-cases' }
  /** The figure counts a value that is not an answer to the question. */
  | { readonly kind: 'unknown-answer'; readonly value: string }
  /** The figure counts other answers than the audit's side, or its other side. */
  | { readonly kind: 'other-answers'; readonly published: string; readonly audit: string };

export type BenchmarkNotComparable = {
  readonly status: 'not-comparable';
  readonly itemId: string;
  readonly figure: BenchmarkFigure;
  readonly why: NotComparableWhy;
};

export type BenchmarkResult = BenchmarkComparison | BenchmarkNotComparable;

/** Audit − published in points, to one decimal, rounded half away from zero exactly. */
function differencePoints(count: number, base: number, positive: number, pBase: number): number {
  const numerator = count * pBase - positive * base;
  const scaled = scaledPercentHalfUp(Math.abs(numerator), base * pBase, 1) / 10;
  return numerator < 0 ? -scaled : scaled;
}

/** One end, and which way its interval lies from 0 (0: it holds 0). */
function endOf(
  audit: { count: number; base: number },
  positive: number,
  base: number,
): { end: BenchmarkEnd; direction: -1 | 0 | 1 } {
  const interval = newcombeInterval(audit.count, audit.base, positive, base, CONFIDENCE);
  const direction = interval.low > 0 ? 1 : interval.high < 0 ? -1 : 0;
  return {
    end: {
      positive,
      percent: percentHalfUp(positive, base),
      difference: differencePoints(audit.count, audit.base, positive, base),
      interval: {
        low: roundHalfUp(interval.low * 100, 1),
        high: roundHalfUp(interval.high * 100, 1),
      },
      exactInterval: { low: interval.low * 100, high: interval.high * 100 },
      significant: direction !== 0,
    },
    direction,
  };
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((v) => b.has(v));
}

function labelsOf(finding: ProportionFinding, values: ReadonlySet<string>): string {
  return finding.options
    .filter((o) => values.has(o.value))
    .map((o) => o.label)
    .join(' or ');
}

type Side = { count: number; answers: string; reversed: boolean };

/**
 * The audit's count on the side the finding states, and whether the figure counts the other
 * answers; a reason when the two count different things.
 */
function alignSides(finding: ProportionFinding, figure: BenchmarkFigure): Side | NotComparableWhy {
  const values = new Set(finding.options.map((o) => o.value));
  const counts = new Set(figure.counts);
  const unknown = figure.counts.find((v) => !values.has(v));
  if (unknown !== undefined) {
    return { kind: 'unknown-answer', value: unknown };
  }
  const counted = finding.counted;
  if (counted === null) {
    // No positive answer (a fact about the case): the audit counts what the report counted.
    const count = finding.options
      .filter((o) => counts.has(o.value))
      .reduce((n, o) => n + o.count, 0);
    return { count, answers: labelsOf(finding, counts), reversed: false };
  }
  const side = new Set(
    finding.options.filter((o) => o.meaning === counted.side).map((o) => o.value),
  );
  const base = { count: counted.count, answers: counted.answers };
  if (sameSet(counts, side)) return { ...base, reversed: false };
  // The other answers: the report's count is its base less ours, unless "not known" is in the base.
  const other = [...values].filter((v) => !side.has(v));
  if (!finding.notKnownInBase && sameSet(counts, new Set(other)))
    return { ...base, reversed: true };
  return { kind: 'other-answers', published: labelsOf(finding, counts), audit: counted.answers };
}

/**
 * The audit's finding for a question against the published figure for it. Proportion findings
 * only; the sides are aligned first, and a figure counting other answers than the audit's is
 * reported as not comparable, with the reason.
 */
export function compareWithBenchmark(
  finding: ItemFinding,
  figure: BenchmarkFigure,
): BenchmarkResult {
  const notComparable = (why: NotComparableWhy): BenchmarkNotComparable => ({
    status: 'not-comparable',
    itemId: finding.itemId,
    figure,
    why,
  });
  if (finding.type !== 'proportion') return notComparable({ kind: 'not-a-share' });
  if (finding.base === 0) return notComparable({ kind: 'no-applicable-cases' });
  const side = alignSides(finding, figure);
  if ('kind' in side) return notComparable(side);
  const audit = { count: side.count, base: finding.base };
  const flip = (n: number) => (side.reversed ? figure.base - n : n);
  const counts =
    figure.positive !== null
      ? [flip(figure.positive)]
      : [flip(figure.range!.low), flip(figure.range!.high)].sort((a, b) => a - b);
  const compared = counts.map((n) => endOf(audit, n, figure.base));
  const ends = compared.map((c) => c.end);
  const range = ends.length === 2 ? { low: counts[0]!, high: counts[1]! } : null;
  // A range counts as more than chance only when both ends are, and on the same side of 0.
  const direction = compared[0]!.direction;
  const significant = direction !== 0 && compared.every((c) => c.direction === direction);
  return {
    status: 'compared',
    itemId: finding.itemId,
    figure,
    audit: { ...audit, percent: percentHalfUp(audit.count, audit.base), answers: side.answers },
    published: {
      positive: range ? null : counts[0]!,
      range,
      base: figure.base,
      percent: range ? null : ends[0]!.percent,
      reversed: side.reversed,
    },
    difference: {
      low: Math.min(...ends.map((e) => e.difference)),
      high: Math.max(...ends.map((e) => e.difference)),
    },
    interval: {
      low: Math.min(...ends.map((e) => e.interval.low)),
      high: Math.max(...ends.map((e) => e.interval.high)),
    },
    significant,
    ends,
    method: BENCHMARK_METHOD,
    smallBase: isSmallBase(audit.base) || isSmallBase(figure.base),
  };
}

/**
 * Each question of the findings with a published figure, compared with it: the first figure
 * given for a question, by question id. Figures for questions the findings lack are left out.
 */
export function compareWithBenchmarks(
  questions: readonly ItemFinding[],
  benchmarks: BenchmarkSet,
): ReadonlyMap<string, BenchmarkResult> {
  const figures = new Map<string, BenchmarkFigure>();
  for (const figure of benchmarks.figures) {
    if (!figures.has(figure.itemId)) figures.set(figure.itemId, figure);
  }
  const results = new Map<string, BenchmarkResult>();
  for (const finding of questions) {
    const figure = figures.get(finding.itemId);
    if (figure) results.set(finding.itemId, compareWithBenchmark(finding, figure));
  }
  return results;
}
