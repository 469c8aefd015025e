/**
 * `case-audit findings --format text --benchmarks <file>`: beside each question, the published
 * figure on the audit's side, the difference in whole points with its 95% interval, and whether
 * it is more than chance would explain.
 */
import {
  BENCHMARK_METHOD,
  type BenchmarkComparison,
  type BenchmarkResult,
  type BenchmarkSet,
  benchmarkOutcome,
  benchmarkWords,
  printedFigure,
  wholePoints,
} from '../core';

/**
 * The published figure on the audit's side; when that is the other side of what the report
 * counted, the report's own words are quoted so the two can be matched up.
 */
function publishedText(c: BenchmarkComparison): string {
  const { published, ends, figure } = c;
  const other = published.reversed ? `, the other side of the report’s “${figure.stated}”` : '';
  if (published.range === null) {
    return `${printedFigure(published.percent, published.positive!, published.base)}${other}`;
  }
  const [low, high] = ends;
  const percents = `${low!.percent}% to ${high!.percent}%`;
  const counts = `${published.range.low} to ${published.range.high} of ${published.base}`;
  return published.reversed
    ? `${percents} (${counts}${other})`
    : `${figure.stated}, ${percents} (${counts})`;
}

/** "Published: 58% (35/60); this audit: 45% (9/20); difference −13 points (95% interval …), …" */
export function benchmarkLine(result: BenchmarkResult): string {
  if (result.status === 'not-comparable') {
    const { figure } = result;
    const count = figure.positive ?? `${figure.range!.low} to ${figure.range!.high}`;
    return `Published: ${count} of ${figure.base} (“${figure.stated}”) — ${benchmarkWords(result).reason}.`;
  }
  const c = result;
  const { difference, low, high } = wholePoints(c);
  return [
    `Published: ${publishedText(c)}; `,
    `this audit: ${printedFigure(c.audit.percent, c.audit.count, c.audit.base)}; `,
    `difference ${difference} points `,
    `(95% interval ${low} to ${high}), ${benchmarkOutcome(c)}.`,
  ].join('');
}

/** The line under the heading saying whose figures, and how differences are judged. */
export function benchmarkHeading(benchmarks: BenchmarkSet): string {
  return `Published figures: ${benchmarks.title}. Differences: ${BENCHMARK_METHOD}.`;
}
