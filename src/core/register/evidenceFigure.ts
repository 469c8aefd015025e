/**
 * The line of evidence a question gives a recommendation: the figure the report published for it
 * (core's benchmarks) and this audit's figure on the same side, "The case was allocated promptly:
 * 58% (35 of 60) published → 83% (10 of 12) in this audit", each with the small-base mark where
 * its base is small. What the figures count is said first, so neither is read the wrong way round.
 */
import { benchmarkWords } from '../benchmarks/benchmarkWords';
import type { BenchmarkResult } from '../benchmarks/compareWithBenchmark';
import type { ItemFinding } from '../findings/findingTypes';
import { isSmallBase, SMALL_BASE_MARK } from '../findings/printedFigure';
import type { Question } from '../framework/frameworkSchema';

/** "83% (10 of 12)"; "100% (3 of 3) †" on a small base. */
export function figureOf(percent: number, count: number, base: number): string {
  return `${percent}% (${count} of ${base})${isSmallBase(base) ? ` ${SMALL_BASE_MARK}` : ''}`;
}

function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase('en-GB') + text.slice(1);
}

/** What the audit's figure counts: the framework's finding wording, or the question and answers. */
function labelOf(question: Question, finding: ItemFinding | undefined, answers?: string): string {
  const statement = finding?.type === 'proportion' ? finding.counted?.statement : null;
  if (statement) return capitalised(statement);
  const asked = question.text.replace(/\?$/, '');
  return answers ? `${asked} (${answers})` : asked;
}

/** This audit's figure for the question, or why there is none. */
function auditText(finding: ItemFinding | undefined): string {
  if (finding?.type !== 'proportion') return 'no figure in this audit';
  if (finding.base === 0) return 'no applicable cases in this audit';
  const counted = finding.counted;
  if (counted === null || counted.percentRounded === null) return 'no figure in this audit';
  return `${figureOf(counted.percentRounded, counted.count, counted.base)} in this audit`;
}

/** The published figure on the audit's side: one count, or the range the report's words allow. */
function publishedText(result: Extract<BenchmarkResult, { status: 'compared' }>): string {
  const { published, figure } = result;
  if (published.positive !== null && published.percent !== null) {
    return figureOf(published.percent, published.positive, published.base);
  }
  const range = published.range!;
  const small = isSmallBase(published.base) ? ` ${SMALL_BASE_MARK}` : '';
  const counts = `${range.low}–${range.high} of ${published.base}${small}`;
  return published.reversed ? counts : `${figure.stated} (${counts})`;
}

/**
 * The evidence line for a question: its published figure (when the report gave one) and this
 * audit's, or this audit's alone, saying why no published figure stands beside it.
 */
export function evidenceFigureLine(
  question: Question,
  finding: ItemFinding | undefined,
  benchmark: BenchmarkResult | undefined,
): string {
  if (benchmark?.status === 'compared') {
    const { audit } = benchmark;
    const label = labelOf(question, finding, audit.answers);
    const auditFigure = figureOf(audit.percent, audit.count, audit.base);
    return `${label}: ${publishedText(benchmark)} published → ${auditFigure} in this audit`;
  }
  const label = labelOf(question, finding);
  const why =
    benchmark === undefined
      ? 'no published figure'
      : `published figure ${benchmarkWords(benchmark).reason}`;
  return `${label}: ${auditText(finding)} (${why})`;
}
