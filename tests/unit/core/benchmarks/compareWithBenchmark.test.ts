import { describe, expect, it } from 'vitest';
import type { FindingsResult, ItemFinding } from '../../../../src/core';
import type { BenchmarkFigure } from '../../../../src/core/benchmarks/benchmarkSchema';
import { benchmarkWords } from '../../../../src/core/benchmarks/benchmarkWords';
import {
  BENCHMARK_METHOD,
  type BenchmarkComparison,
  type BenchmarkResult,
  compareWithBenchmark,
  compareWithBenchmarks,
} from '../../../../src/core/benchmarks/compareWithBenchmark';
import { LAC_BENCHMARKS, LAC_SINGLE_FIGURES } from '../../../fixtures/lacBenchmarks';
import { lacFramework } from '../../../fixtures/lacFramework';
import { AuditScenario } from '../../../scenario/auditScenario';
import { everyKindFramework } from '../findings/testFramework';

function question(result: FindingsResult, id: string): ItemFinding {
  return result.questions.find((q) => q.itemId === id)!;
}

function figureFor(id: string): BenchmarkFigure {
  return LAC_BENCHMARKS.figures.find((f) => f.itemId === id)!;
}

function compared(result: BenchmarkResult): BenchmarkComparison {
  if (result.status !== 'compared') throw new Error(benchmarkWords(result).reason);
  return result;
}

/** Why the figure was not compared, in words. */
function reasonOf(result: BenchmarkResult): string {
  if (result.status === 'compared') throw new Error('compared');
  return benchmarkWords(result).reason;
}

/** A LAC audit of `yes` cases answering "yes" and `no` answering "no" to one question. */
function lacAudit(id: string, yes: number, no: number): ItemFinding {
  const result = AuditScenario.withFramework(lacFramework())
    .answer(yes, { [id]: 'yes' })
    .answer(no, { [id]: 'no' })
    .findings();
  return question(result, id);
}

describe('compareWithBenchmark', () => {
  it('finds 20 of 20 against 30 of 60 more than chance would explain', () => {
    const figure = { ...figureFor('alloc-prompt'), positive: 30 };
    const c = compared(compareWithBenchmark(lacAudit('alloc-prompt', 20, 0), figure));
    // 100% − 50% = 50 points; Newcombe: 0.2975 to 0.6226.
    expect(c).toMatchObject({
      audit: { count: 20, base: 20, percent: 100, answers: 'Yes' },
      published: { positive: 30, range: null, base: 60, percent: 50, reversed: false },
      difference: { low: 50, high: 50 },
      interval: { low: 29.8, high: 62.3 },
      significant: true,
      method: BENCHMARK_METHOD,
      smallBase: false,
    });
    expect(benchmarkWords(c).note).toBeNull();
    expect(c.method).toBe(
      'Newcombe’s hybrid score interval for a difference of two independent proportions, 95%',
    );
  });

  it('puts a figure counting the other answers on the audit’s side: base less its count', () => {
    // 11 of 20 not allocated promptly (the larger side, which the finding states) against
    // 35 of 60 allocated promptly, i.e. 25 of 60 not.
    const c = compared(
      compareWithBenchmark(lacAudit('alloc-prompt', 9, 11), figureFor('alloc-prompt')),
    );
    expect(c).toMatchObject({
      audit: { count: 11, base: 20, percent: 55, answers: 'No' },
      published: { positive: 25, base: 60, percent: 42, reversed: true },
      // 55 − 41.67 = 13.33; Newcombe(11/20, 25/60) = −Newcombe(9/20, 35/60) = −0.1098 to 0.3575.
      difference: { low: 13.3, high: 13.3 },
      interval: { low: -11, high: 35.7 },
      significant: false,
    });
  });

  it('counts the event for an adverse question, as the report does', () => {
    const c = compared(
      compareWithBenchmark(lacAudit('reoffended', 3, 17), figureFor('reoffended')),
    );
    // 3 of 20 reoffended (15%) against 18 of 60 (30%): −15 points.
    expect(c).toMatchObject({
      audit: { count: 3, base: 20, percent: 15, answers: 'Yes' },
      published: { positive: 18, percent: 30, reversed: false },
      difference: { low: -15, high: -15 },
      significant: false,
    });
  });

  it('compares a fact about the case on the answers the report counted', () => {
    const c = compared(
      compareWithBenchmark(lacAudit('emh-factor', 12, 8), figureFor('emh-factor')),
    );
    // 60% against 66.67%: −6.7 points.
    expect(c).toMatchObject({
      audit: { count: 12, base: 20, percent: 60, answers: 'Yes' },
      published: { positive: 40, percent: 67, reversed: false },
      difference: { low: -6.7, high: -6.7 },
      significant: false,
    });
  });

  it('gives difference 0, not more than chance, for every question of an audit equal to the published figures', () => {
    const scenario = AuditScenario.withFramework(lacFramework());
    for (let i = 0; i < 60; i++) {
      const values: Record<string, string> = {};
      for (const f of LAC_SINGLE_FIGURES) {
        const counted = f.counts[0]!;
        values[f.itemId] = i < f.positive! ? counted : counted === 'yes' ? 'no' : 'yes';
      }
      scenario.answer(1, values);
    }
    const results = compareWithBenchmarks(scenario.findings().questions, {
      ...LAC_BENCHMARKS,
      figures: LAC_SINGLE_FIGURES,
    });
    expect([...results.keys()]).toEqual(
      expect.arrayContaining(['alloc-prompt', 'info-transfer', 'reoffended', 'emh-factor']),
    );
    expect(results.size).toBe(4);
    for (const result of results.values()) {
      const c = compared(result);
      expect(c.difference).toEqual({ low: 0, high: 0 });
      expect(c.significant).toBe(false);
      expect(c.interval.low).toBeLessThan(0);
      expect(c.interval.high).toBeGreaterThan(0);
    }
    // info-transfer's figure counts "no" (25); the audit states the larger side, "yes" (35).
    expect(compared(results.get('info-transfer')!).published).toMatchObject({
      positive: 35,
      reversed: true,
    });
  });

  it('marks a base under 10 on either side', () => {
    const small = compared(
      compareWithBenchmark(lacAudit('alloc-prompt', 5, 3), figureFor('alloc-prompt')),
    );
    expect(small.smallBase).toBe(true);
    const ten = compared(
      compareWithBenchmark(lacAudit('alloc-prompt', 6, 4), figureFor('alloc-prompt')),
    );
    expect(ten.smallBase).toBe(false);
    const published = { ...figureFor('alloc-prompt'), positive: 4, base: 8 };
    expect(
      compared(compareWithBenchmark(lacAudit('alloc-prompt', 30, 30), published)).smallBase,
    ).toBe(true);
  });

  it('compares a range with both ends: more than chance when it is at both', () => {
    const c = compared(
      compareWithBenchmark(lacAudit('safeguarded', 18, 2), figureFor('safeguarded')),
    );
    // 90% against 61.67% and 65%: 28.3 and 25.0 points; both intervals above 0.
    expect(c).toMatchObject({
      published: { positive: null, range: { low: 37, high: 39 }, percent: null, reversed: false },
      difference: { low: 25, high: 28.3 },
      significant: true,
    });
    expect(c.ends.map((e) => [e.positive, e.percent, e.difference, e.significant])).toEqual([
      [37, 62, 28.3, true],
      [39, 65, 25, true],
    ]);
    expect(c.interval.low).toBe(Math.min(...c.ends.map((e) => e.interval.low)));
    expect(benchmarkWords(c).note).toBe(
      'The report’s words (“nearly two-thirds”) allow 37 to 39 of 60; compared with both ends, the difference is more than chance would explain at both ends.',
    );
  });

  it('does not count a range as more than chance when only one end is', () => {
    // 8 yes, 12 no: the audit states "no" (12 of 20, 60%); the report's 37–39 "yes" of 60 are
    // 21–23 "no" (35%–38.3%). Newcombe: 0.0020 to 0.4611 at 21, −0.0314 to 0.4299 at 23.
    const c = compared(
      compareWithBenchmark(lacAudit('safeguarded', 8, 12), figureFor('safeguarded')),
    );
    expect(c).toMatchObject({
      published: { range: { low: 21, high: 23 }, reversed: true },
      difference: { low: 21.7, high: 25 },
      interval: { low: -3.1, high: 46.1 },
      significant: false,
    });
    expect(c.ends.map((e) => e.significant)).toEqual([true, false]);
    expect(benchmarkWords(c).note).toBe(
      'The report’s words (“nearly two-thirds”) allow 37 to 39 of 60, so 21 to 23 for No; compared with both ends, the difference is more than chance would explain at one end only, so it is not counted as more than chance.',
    );
  });

  it('does not count a range whose ends lie on opposite sides as more than chance', () => {
    // 30 of 60 (50%) against words allowing 5 to 55 of 60: far below one end, far above the other.
    const wide = { ...figureFor('safeguarded'), range: { low: 5, high: 55 } };
    const c = compared(compareWithBenchmark(lacAudit('safeguarded', 30, 30), wide));
    expect(c.ends.map((e) => e.significant)).toEqual([true, true]);
    expect(c.significant).toBe(false);
    expect(benchmarkWords(c).note).toContain('at both ends but in opposite directions');
  });

  describe('says why when the figures count different things', () => {
    const finding = question(
      AuditScenario.withFramework(everyKindFramework())
        .answer(5, { q2: 'yes', q4: 3 })
        .answer(3, { q2: 'partly' })
        .answer(2, { q2: 'no', q1: 'na' })
        .findings(),
      'q2',
    );
    const base: BenchmarkFigure = { ...figureFor('alloc-prompt'), itemId: 'q2', positive: 30 };

    it('refuses a scale whose counted answers differ', () => {
      const refused = compareWithBenchmark(finding, { ...base, counts: ['yes', 'partly'] });
      expect(refused).toMatchObject({
        status: 'not-comparable',
        why: { kind: 'other-answers', published: 'Yes or Partly', audit: 'Yes' },
      });
      expect(reasonOf(refused)).toBe(
        'not comparable: the published figure counts Yes or Partly, this audit’s counts Yes',
      );
      // "No" alone is not the other side of "Yes" when "Partly" is in the base.
      expect(compareWithBenchmark(finding, { ...base, counts: ['no'] }).status).toBe(
        'not-comparable',
      );
    });

    it('takes "No or Partly" as the other side of "Yes"', () => {
      const c = compared(compareWithBenchmark(finding, { ...base, counts: ['no', 'partly'] }));
      expect(c.published).toMatchObject({ positive: 30, reversed: true });
      expect(c.audit).toMatchObject({ count: 5, base: 10, answers: 'Yes' });
    });

    it('refuses an answer the question does not have, a number, and an empty base', () => {
      expect(reasonOf(compareWithBenchmark(finding, { ...base, counts: ['maybe'] }))).toBe(
        'not comparable: the published figure counts “maybe”, which is not an answer to this question',
      );
      const all = AuditScenario.withFramework(everyKindFramework())
        .answer(4, { q1: 'na', q4: 3 })
        .findings();
      expect(reasonOf(compareWithBenchmark(question(all, 'q4'), base))).toBe(
        'not comparable: this audit’s figure for the question is not a share of cases',
      );
      expect(reasonOf(compareWithBenchmark(question(all, 'q1'), base))).toBe(
        'not comparable: this audit has no applicable cases',
      );
    });
  });

  it('compares each question with its first figure, leaving out figures for other questions', () => {
    const result = AuditScenario.withFramework(lacFramework())
      .answer(20, { 'alloc-prompt': 'yes' })
      .findings();
    const extra = { ...figureFor('alloc-prompt'), positive: 1 };
    const missing = { ...figureFor('alloc-prompt'), itemId: 'no-such-question' };
    const results = compareWithBenchmarks(result.questions, {
      ...LAC_BENCHMARKS,
      figures: [figureFor('alloc-prompt'), extra, missing],
    });
    expect([...results.keys()]).toEqual(['alloc-prompt']);
    expect(compared(results.get('alloc-prompt')!).published.positive).toBe(35);
  });
});
