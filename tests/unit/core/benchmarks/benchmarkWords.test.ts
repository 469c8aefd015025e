import { describe, expect, it } from 'vitest';
import type { FindingsResult } from '../../../../src/core';
import {
  BENCHMARK_METHOD_SENTENCE,
  benchmarkWords,
  signedPoints,
} from '../../../../src/core/benchmarks/benchmarkWords';
import {
  compareWithBenchmark,
  compareWithBenchmarks,
} from '../../../../src/core/benchmarks/compareWithBenchmark';
import { lacBenchmarkAudit } from '../../../fixtures/lacBenchmarkAudit';
import { LAC_BENCHMARKS } from '../../../fixtures/lacBenchmarks';
import { lacFramework } from '../../../fixtures/lacFramework';
import { AuditScenario } from '../../../scenario/auditScenario';

function wordsFor(result: FindingsResult, id: string) {
  const compared = compareWithBenchmarks(result.questions, LAC_BENCHMARKS).get(id);
  if (!compared) throw new Error(`no comparison for ${id}`);
  return benchmarkWords(compared);
}

describe('benchmarkWords', () => {
  const audit = lacBenchmarkAudit().findings();

  it('puts a figure counting the other answers on the audit’s side, quoting the report', () => {
    // 11 of 20 "No" (55%) against 60 − 35 = 25 of 60 (41.7%, 42%): +13.3 points, +13.
    expect(wordsFor(audit, 'alloc-prompt')).toEqual({
      status: 'compared',
      published: '42% (25/60), the other side of the report’s “58%”',
      location: 'Table 1, alloc-prompt',
      audit: '55% (11/20)',
      difference: '+13 points (95% interval −11 to +36)',
      outcome: 'not more than chance would explain',
      significant: false,
      smallBase: false,
      note: null,
    });
  });

  it('gives a range the report’s words allow as a range, with the difference at each end', () => {
    // 18 of 20 (90%) against 37 to 39 of 60 (61.7% to 65%): +25 to +28 points.
    const words = wordsFor(audit, 'safeguarded');
    expect(words).toMatchObject({
      status: 'compared',
      published: 'nearly two-thirds (37–39 of 60)',
      audit: '90% (18/20)',
      difference: '+25 to +28 points (95% interval +2 to +43)',
      outcome: 'more than chance would explain at both ends',
      significant: true,
    });
    expect(words.status === 'compared' && words.note).toContain('nearly two-thirds');
  });

  it('marks a small base and says when there is nothing to compare', () => {
    const small = AuditScenario.withFramework(lacFramework())
      .answer(5, { 'alloc-prompt': 'yes' })
      .answer(3, { 'alloc-prompt': 'no' })
      .findings();
    // 5 of 8 (62.5%, 63%) against 35 of 60 (58.3%): +4.2 points, +4.
    expect(wordsFor(small, 'alloc-prompt')).toMatchObject({
      published: '58% (35/60)',
      audit: '63% (5/8) †',
      difference: '+4 points (95% interval −30 to +31)',
      smallBase: true,
    });
    expect(wordsFor(small, 'reoffended')).toEqual({
      status: 'not-comparable',
      published: '18 of 60 (“18 cases”)',
      location: 'Table 1, reoffended',
      reason: 'not comparable: this audit has no applicable cases',
    });
  });

  it('marks a range the report gives on a small base', () => {
    const figure = LAC_BENCHMARKS.figures.find((f) => f.itemId === 'safeguarded')!;
    const small = { ...figure, base: 8, range: { low: 5, high: 6 } };
    const finding = audit.questions.find((q) => q.itemId === 'safeguarded')!;
    expect(benchmarkWords(compareWithBenchmark(finding, small))).toMatchObject({
      published: 'nearly two-thirds (5–6 of 8 †)',
      audit: '90% (18/20)',
      smallBase: true,
    });
  });

  it('writes points with their sign and states the method', () => {
    expect([signedPoints(-13), signedPoints(0), signedPoints(12)]).toEqual(['−13', '0', '+12']);
    expect(BENCHMARK_METHOD_SENTENCE).toContain('this audit’s figure minus the published figure');
    expect(BENCHMARK_METHOD_SENTENCE).toContain('Newcombe’s hybrid score interval');
  });
});
