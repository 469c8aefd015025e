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
  formatPercent,
  printedFigure,
  roundHalfUp,
} from '../core';

/** Whole points with their sign, as differences are written: "−13", "+12", "0". */
function signed(points: number): string {
  if (points === 0) return '0';
  return points < 0 ? `−${-points}` : `+${points}`;
}

/** An unrounded number of points, rounded half up to whole points, with its sign. */
function wholePoints(points: number): string {
  return signed(roundHalfUp(points, 0));
}

/** Audit − published at one published count, in whole points, rounded exactly from the counts. */
function difference(c: BenchmarkComparison, positive: number): number {
  const { count, base } = c.audit;
  const numerator = count * c.published.base - positive * base;
  const whole = Number(formatPercent(Math.abs(numerator), base * c.published.base, 0));
  return numerator < 0 ? -whole : whole;
}

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

function outcome(c: BenchmarkComparison): string {
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

/** "Published: 58% (35/60); this audit: 45% (9/20); difference −13 points (95% interval …), …" */
export function benchmarkLine(result: BenchmarkResult): string {
  if (result.status === 'not-comparable') {
    const { figure } = result;
    const count = figure.positive ?? `${figure.range!.low} to ${figure.range!.high}`;
    return `Published: ${count} of ${figure.base} (“${figure.stated}”) — ${result.reason}.`;
  }
  const c = result;
  const differences = [...new Set(c.ends.map((e) => difference(c, e.positive)))]
    .sort((a, b) => a - b)
    .map(signed);
  const low = Math.min(...c.ends.map((e) => e.exactInterval.low));
  const high = Math.max(...c.ends.map((e) => e.exactInterval.high));
  return [
    `Published: ${publishedText(c)}; `,
    `this audit: ${printedFigure(c.audit.percent, c.audit.count, c.audit.base)}; `,
    `difference ${differences.join(' to ')} points `,
    `(95% interval ${wholePoints(low)} to ${wholePoints(high)}), ${outcome(c)}.`,
  ].join('');
}

/** The line under the heading saying whose figures, and how differences are judged. */
export function benchmarkHeading(benchmarks: BenchmarkSet): string {
  return `Published figures: ${benchmarks.title}. Differences: ${BENCHMARK_METHOD}.`;
}
