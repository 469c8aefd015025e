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
import { ENGLISH, type Translator } from '../i18n/translator';

/** "83% (10 of 12)"; "100% (3 of 3) †" on a small base. */
function figureOf(percent: number, count: number, base: number, tr: Translator): string {
  const figure = tr.t('register.evidence', '{percent}% ({count} of {base})', {
    percent,
    count,
    base,
  });
  return isSmallBase(base) ? `${figure} ${SMALL_BASE_MARK}` : figure;
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
function auditText(finding: ItemFinding | undefined, tr: Translator): string {
  if (finding?.type !== 'proportion') return tr.t('register.evidence', 'no figure in this audit');
  if (finding.base === 0) return tr.t('register.evidence', 'no applicable cases in this audit');
  const counted = finding.counted;
  if (counted === null || counted.percentRounded === null) {
    return tr.t('register.evidence', 'no figure in this audit');
  }
  return tr.t('register.evidence', '{figure} in this audit', {
    figure: figureOf(counted.percentRounded, counted.count, counted.base, tr),
  });
}

/** The published figure on the audit's side: one count, or the range the report's words allow. */
function publishedText(
  result: Extract<BenchmarkResult, { status: 'compared' }>,
  tr: Translator,
): string {
  const { published, figure } = result;
  if (published.positive !== null && published.percent !== null) {
    return figureOf(published.percent, published.positive, published.base, tr);
  }
  const range = published.range!;
  const small = isSmallBase(published.base) ? ` ${SMALL_BASE_MARK}` : '';
  const counts = `${tr.t('benchmarks', '{low}–{high} of {base}', {
    low: range.low,
    high: range.high,
    base: published.base,
  })}${small}`;
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
  tr: Translator = ENGLISH,
): string {
  if (benchmark?.status === 'compared') {
    const { audit } = benchmark;
    return tr.t('register.evidence', '{label}: {published} published → {audit} in this audit', {
      label: labelOf(question, finding, audit.answers),
      published: publishedText(benchmark, tr),
      audit: figureOf(audit.percent, audit.count, audit.base, tr),
    });
  }
  const why =
    benchmark === undefined
      ? tr.t('register.evidence', 'no published figure')
      : tr.t('register.evidence', 'published figure {reason}', {
          reason: benchmarkWords(benchmark, tr).reason,
        });
  return tr.t('register.evidence', '{label}: {audit} ({why})', {
    label: labelOf(question, finding),
    audit: auditText(finding, tr),
    why,
  });
}
