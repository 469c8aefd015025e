/**
 * Which figures the one-page summary shows for a standard, and the published figure in short for
 * its table. At most two a standard, so a framework of a dozen standards still fits one page: the
 * key questions where the framework names them; else its questions with a published figure, the
 * most telling first — worse than published by more than chance would explain, then furthest
 * below the published figure on the worse side. The rest stay in the findings, and the page says
 * how many.
 */

import type { BenchmarkResult } from '../benchmarks/compareWithBenchmark';
import { isSmallBase, printedFigure, SMALL_BASE_MARK } from '../findings/printedFigure';
import { ENGLISH, type Translator } from '../i18n/translator';

/** The most figures a standard shows on the page. */
export const FIGURES_SHOWN = 2;

/** What the choice needs of a figure: its side and its comparison, if any. */
export type ChoosableFigure = {
  readonly side: 'positive' | 'negative';
  readonly comparison: BenchmarkResult | undefined;
  /** Worse than published by more than chance would explain. */
  readonly worse: boolean;
};

/**
 * How far the audit's figure falls short of the published one, in points, on the worse side:
 * published − audit where the figure counts a good answer, audit − published where it counts an
 * adverse one (the middle of a range's differences). Null: no comparison.
 */
export function shortfall(figure: ChoosableFigure): number | null {
  const c = figure.comparison;
  if (c?.status !== 'compared') return null;
  const middle = (c.difference.low + c.difference.high) / 2;
  return figure.side === 'positive' ? -middle : middle;
}

/**
 * The figures to show, most telling first: worse by more than chance first, then by shortfall
 * (largest first), figures with no comparison last; ties keep the framework's order.
 */
export function chooseFigures<T extends ChoosableFigure>(figures: readonly T[]): T[] {
  const rank = (f: T) => [f.worse ? 0 : 1, -(shortfall(f) ?? Number.NEGATIVE_INFINITY)] as const;
  return figures
    .map((f, i) => ({ f, i, r: rank(f) }))
    .sort((a, b) => a.r[0] - b.r[0] || a.r[1] - b.r[1] || a.i - b.i)
    .slice(0, FIGURES_SHOWN)
    .map(({ f }) => f);
}

/** The choice in words, for under the table: by key questions, published figures, or both. */
export function choiceText(
  byKey: boolean,
  byPublished: boolean,
  keysCut: boolean,
  tr: Translator = ENGLISH,
): string {
  if (byKey && !byPublished && !keysCut) {
    return tr.t(
      'readiness.summary',
      'Each standard shows the key questions the framework names for it.',
    );
  }
  const from =
    byKey && byPublished
      ? tr.t(
          'readiness.summary',
          'its key questions where the framework names them, else its questions with a published figure',
        )
      : byKey
        ? tr.t('readiness.summary', 'of the key questions the framework names for it')
        : tr.t(
            'readiness.summary',
            'of its questions with a published figure (the framework names no key questions)',
          );
  return tr.t(
    'readiness.summary',
    'Each standard shows at most {count} figures, {from}: the most telling, those worse than published by more than chance would explain first, then those furthest below the published figure on the worse side (lower where the figure counts a good answer, higher where it counts an adverse one).',
    { count: String(FIGURES_SHOWN), from },
  );
}

/** "paragraph 3.4" → "para 3.4", for a narrow line under the figure. */
function shortPlace(location: string): string {
  return location.replace(/^([Pp])aragraph(s?)\b/, '$1ara$2');
}

/**
 * The published figure in short, on the audit's side ("62% (37/60)"; a range "37–39 of 60
 * (nearly two-thirds)"), and where the report gives it ("para 3.4"); where the report counted
 * the other answers, the place says which words it turned ("para 3.4, turned from “38%”").
 */
export function publishedShort(
  result: BenchmarkResult,
  tr: Translator = ENGLISH,
): { figure: string; place: string } {
  const { figure } = result;
  const place = shortPlace(figure.source.location);
  if (result.status === 'not-comparable') {
    const count = figure.positive ?? `${figure.range!.low}–${figure.range!.high}`;
    return {
      figure: tr.t('benchmarks', '{count} of {base}', { count, base: figure.base }),
      place: `${place}, “${figure.stated}”`,
    };
  }
  const { published } = result;
  const turned = (at: string) =>
    published.reversed
      ? tr.t('readiness.summary', '{place}, turned from “{stated}”', {
          place: at,
          stated: figure.stated,
        })
      : at;
  if (published.range === null) {
    return {
      figure: printedFigure(published.percent, published.positive!, published.base),
      place: turned(place),
    };
  }
  const small = isSmallBase(published.base) ? ` ${SMALL_BASE_MARK}` : '';
  const counts = `${tr.t('benchmarks', '{low}–{high} of {base}', {
    low: published.range.low,
    high: published.range.high,
    base: published.base,
  })}${small}`;
  return {
    figure: published.reversed ? counts : `${counts} (${figure.stated})`,
    place: turned(place),
  };
}
