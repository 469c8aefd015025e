/**
 * A comparison with a published figure in words, in parts a screen can lay out beside the
 * audit's figure: the published figure and where the report gives it, this audit's figure on the
 * same side, the difference in whole points with its 95% interval, and whether it is more than
 * chance would explain — said in words, so no reader depends on colour.
 */
import { isSmallBase, printedFigure, SMALL_BASE_MARK } from '../findings/printedFigure';
import { ENGLISH, type Translator } from '../i18n/translator';
import { formatPercent, roundHalfUp } from '../statistics/roundHalfUp';
import type {
  BenchmarkComparison,
  BenchmarkNotComparable,
  BenchmarkResult,
  NotComparableWhy,
} from './compareWithBenchmark';

export type ComparedWords = {
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
};

export type NotComparableWords = {
  readonly status: 'not-comparable';
  /** "25 of 60 (“25 of the 60 cases”)" */
  readonly published: string;
  readonly location: string;
  /** "not comparable: …" */
  readonly reason: string;
};

export type BenchmarkWords = ComparedWords | NotComparableWords;

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
function publishedText(c: BenchmarkComparison, tr: Translator): string {
  const { published, figure } = c;
  if (published.range === null) {
    const printed = printedFigure(published.percent, published.positive!, published.base);
    return published.reversed
      ? tr.t('benchmarks', '{figure}, the other side of the report’s “{stated}”', {
          figure: printed,
          stated: figure.stated,
        })
      : printed;
  }
  const small = isSmallBase(published.base) ? ` ${SMALL_BASE_MARK}` : '';
  const counts = `${tr.t('benchmarks', '{low}–{high} of {base}', {
    low: published.range.low,
    high: published.range.high,
    base: published.base,
  })}${small}`;
  return published.reversed
    ? tr.t('benchmarks', '{figure}, the other side of the report’s “{stated}”', {
        figure: counts,
        stated: figure.stated,
      })
    : `${figure.stated} (${counts})`;
}

/** Whether the difference is more than chance would explain, in words; a range's at its ends. */
function benchmarkOutcome(c: BenchmarkComparison, tr: Translator = ENGLISH): string {
  if (c.ends.length === 1) {
    return c.significant
      ? tr.t('benchmarks', 'more than chance would explain')
      : tr.t('benchmarks', 'not more than chance would explain');
  }
  const at = c.ends.filter((e) => e.significant).length;
  if (c.significant) return tr.t('benchmarks', 'more than chance would explain at both ends');
  if (at === 2) {
    return tr.t(
      'benchmarks',
      'more than chance would explain at both ends but in opposite directions, so not counted as more than chance',
    );
  }
  if (at === 0) return tr.t('benchmarks', 'not more than chance would explain at either end');
  return tr.t(
    'benchmarks',
    'more than chance would explain at one end only, so not counted as more than chance',
  );
}

/**
 * The difference in whole points with its sign ("−13"; a range "+25 to +28") and its 95%
 * interval's ends in whole points, rounded from the unrounded interval.
 */
export function wholePoints(
  c: BenchmarkComparison,
  tr: Translator = ENGLISH,
): {
  difference: string;
  low: string;
  high: string;
} {
  const differences = [...new Set(c.ends.map((e) => wholeDifference(c, e.positive)))]
    .sort((a, b) => a - b)
    .map(signedPoints);
  const low = roundHalfUp(Math.min(...c.ends.map((e) => e.exactInterval.low)), 0);
  const high = roundHalfUp(Math.max(...c.ends.map((e) => e.exactInterval.high)), 0);
  const difference =
    differences.length === 2
      ? tr.t('benchmarks', '{low} to {high}', { low: differences[0]!, high: differences[1]! })
      : (differences[0] ?? '');
  return { difference, low: signedPoints(low), high: signedPoints(high) };
}

function differenceText(c: BenchmarkComparison, tr: Translator): string {
  const { difference, low, high } = wholePoints(c, tr);
  return tr.t('benchmarks', '{difference} points (95% interval {low} to {high})', {
    difference,
    low,
    high,
  });
}

/** For a range: how it was compared with both ends, and what held at each. */
function rangeNote(c: BenchmarkComparison, tr: Translator): string | null {
  const { figure, published, ends } = c;
  if (published.range === null || figure.range === null) return null;
  const at = ends.filter((e) => e.significant).length;
  const outcome = c.significant
    ? tr.t('benchmarks', 'the difference is more than chance would explain at both ends')
    : at === 2
      ? tr.t(
          'benchmarks',
          'the difference is more than chance would explain at both ends but in opposite directions, so it is not counted as more than chance',
        )
      : at === 1
        ? tr.t(
            'benchmarks',
            'the difference is more than chance would explain at one end only, so it is not counted as more than chance',
          )
        : tr.t('benchmarks', 'the difference is not more than chance would explain at either end');
  const values = {
    stated: figure.stated,
    low: figure.range.low,
    high: figure.range.high,
    base: figure.base,
    outcome,
  };
  return published.reversed
    ? tr.t(
        'benchmarks',
        'The report’s words (“{stated}”) allow {low} to {high} of {base}, so {alignedLow} to {alignedHigh} for {answers}; compared with both ends, {outcome}.',
        {
          ...values,
          alignedLow: published.range.low,
          alignedHigh: published.range.high,
          answers: c.audit.answers,
        },
      )
    : tr.t(
        'benchmarks',
        'The report’s words (“{stated}”) allow {low} to {high} of {base}; compared with both ends, {outcome}.',
        values,
      );
}

/** Why a figure cannot be compared, in words. */
function notComparableText(why: NotComparableWhy, tr: Translator): string {
  switch (why.kind) {
    case 'not-a-share':
      return tr.t(
        'benchmarks',
        'not comparable: this audit’s figure for the question is not a share of cases',
      );
    case 'no-applicable-cases':
      return tr.t('benchmarks', 'not comparable: this audit has no applicable cases');
    case 'unknown-answer':
      return tr.t(
        'benchmarks',
        'not comparable: the published figure counts “{value}”, which is not an answer to this question',
        { value: why.value },
      );
    case 'other-answers':
      return tr.t(
        'benchmarks',
        'not comparable: the published figure counts {published}, this audit’s counts {audit}',
        { published: why.published, audit: why.audit },
      );
  }
}

/** A comparison, or the reason there is none, in words (English unless a translator is given). */
export function benchmarkWords(result: BenchmarkNotComparable, tr?: Translator): NotComparableWords;
export function benchmarkWords(result: BenchmarkComparison, tr?: Translator): ComparedWords;
export function benchmarkWords(result: BenchmarkResult, tr?: Translator): BenchmarkWords;
export function benchmarkWords(result: BenchmarkResult, tr: Translator = ENGLISH): BenchmarkWords {
  const { figure } = result;
  const location = figure.source.location;
  if (result.status === 'not-comparable') {
    const count = figure.positive ?? `${figure.range!.low}–${figure.range!.high}`;
    return {
      status: 'not-comparable',
      published: tr.t('benchmarks', '{count} of {base} (“{stated}”)', {
        count,
        base: figure.base,
        stated: figure.stated,
      }),
      location,
      reason: notComparableText(result.why, tr),
    };
  }
  return {
    status: 'compared',
    published: publishedText(result, tr),
    location,
    audit: printedFigure(result.audit.percent, result.audit.count, result.audit.base),
    difference: differenceText(result, tr),
    outcome: benchmarkOutcome(result, tr),
    significant: result.significant,
    smallBase: result.smallBase,
    note: rangeNote(result, tr),
  };
}

/** The sentence under the published figures: how a difference is judged and what it counts. */
export function benchmarkMethodSentence(tr: Translator = ENGLISH): string {
  return tr.t(
    'benchmarks',
    'Each difference is this audit’s figure minus the published figure, in percentage points, on the same side (the answers this audit counts); its interval is Newcombe’s hybrid score interval for a difference of two independent proportions, 95%, and a difference is more than chance would explain when that interval leaves out 0.',
  );
}
