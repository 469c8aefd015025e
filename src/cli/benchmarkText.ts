/**
 * `case-audit findings --format text --benchmarks <file>`: beside each question, the published
 * figure on the audit's side, the difference in whole points with its 95% interval, and whether
 * it is more than chance would explain — core's words for the comparison, in the chosen language.
 */
import {
  type BenchmarkResult,
  type BenchmarkSet,
  benchmarkWords,
  ENGLISH,
  type Translator,
} from '../core';

/** "Published: 58% (35/60); this audit: 45% (9/20); difference −13 points (95% interval …), …" */
export function benchmarkLine(result: BenchmarkResult, tr: Translator = ENGLISH): string {
  const words = benchmarkWords(result, tr);
  if (words.status === 'not-comparable') {
    return tr.t('cli', 'Published: {published} — {reason}.', {
      published: words.published,
      reason: words.reason,
    });
  }
  return tr.t(
    'cli',
    'Published: {published}; this audit: {audit}; difference {difference}, {outcome}.',
    {
      published: words.published,
      audit: words.audit,
      difference: words.difference,
      outcome: words.outcome,
    },
  );
}

/** The line under the heading saying whose figures, and how differences are judged. */
export function benchmarkHeading(benchmarks: BenchmarkSet, tr: Translator = ENGLISH): string {
  return tr.t(
    'cli',
    'Published figures: {title}. Differences: Newcombe’s hybrid score interval for a difference of two independent proportions, 95%.',
    { title: benchmarks.title },
  );
}
