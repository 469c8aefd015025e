import { describe, expect, it } from 'vitest';
import { toFindingsJson } from '../../../../src/core';
import { findingsJsonSchema } from '../../../../src/core/findings/findingsJson';
import { lacBenchmarkAudit } from '../../../fixtures/lacBenchmarkAudit';
import { LAC_BENCHMARKS } from '../../../fixtures/lacBenchmarks';

const METHOD =
  'Newcombe’s hybrid score interval for a difference of two independent proportions, 95%';

describe('toFindingsJson with published figures', () => {
  const result = lacBenchmarkAudit().findings();
  const json = toFindingsJson(result, { benchmarks: LAC_BENCHMARKS });
  const benchmarkOf = (id: string) => json.questions.find((q) => q.id === id)!.benchmark;

  it('gives each question with a published figure a benchmark object, and no other', () => {
    expect(findingsJsonSchema.safeParse(json).success).toBe(true);
    expect(json.questions.filter((q) => q.benchmark).map((q) => q.id)).toEqual([
      'alloc-prompt',
      'info-transfer',
      'emh-factor',
      'reoffended',
      'safeguarded',
    ]);
  });

  it('puts the published figure on the side the audit states, with the difference and method', () => {
    // 11 of 20 not allocated promptly (55%) against 35 of 60 allocated, i.e. 25 of 60 not
    // (42%): 55 − 41.67 = 13.3 points; Newcombe 95%: −11.0 to 35.7. Not more than chance.
    expect(benchmarkOf('alloc-prompt')).toEqual({
      comparable: true,
      stated: '58%',
      answers: 'No',
      reversed: true,
      positive: 25,
      base: 60,
      percent: 42,
      source: LAC_BENCHMARKS.figures[0]!.source,
      audit: { count: 11, base: 20, percent: 55 },
      difference: 13.3,
      interval: [-11, 35.7],
      significant: false,
      method: METHOD,
      smallBase: false,
      note: null,
    });
    // An adverse event counts the event on both sides: 3 of 20 (15%) against 18 of 60 (30%).
    expect(benchmarkOf('reoffended')).toMatchObject({
      answers: 'Yes',
      positive: 18,
      audit: { count: 3, base: 20, percent: 15 },
      difference: -15,
      interval: [-30.9, 8.3],
      significant: false,
    });
  });

  it('gives a range both ends, more than chance only when it is at both', () => {
    // 18 of 20 (90%) against 37 to 39 of 60 (62%–65%): 28.3 and 25.0 points.
    expect(benchmarkOf('safeguarded')).toMatchObject({
      positive: null,
      percent: null,
      difference: null,
      range: { low: 37, high: 39, percent: [62, 65], difference: [28.3, 25] },
      interval: [2.2, 42.9],
      significant: true,
    });
    expect(benchmarkOf('safeguarded')!.note).toContain('at both ends');
  });

  it('says why a figure cannot be compared', () => {
    const json = toFindingsJson(result, {
      benchmarks: {
        ...LAC_BENCHMARKS,
        figures: [{ ...LAC_BENCHMARKS.figures[0]!, counts: ['sometimes'] }],
      },
    });
    expect(json.questions.find((q) => q.id === 'alloc-prompt')!.benchmark).toMatchObject({
      comparable: false,
      positive: 35,
      percent: 58,
      difference: null,
      significant: null,
      note: 'not comparable: the published figure counts “sometimes”, which is not an answer to this question',
    });
  });

  it('is unchanged without benchmarks, and breakdown groups never carry one', () => {
    const plain = toFindingsJson(result);
    expect(plain.questions.some((q) => 'benchmark' in q)).toBe(false);
    expect(toFindingsJson(result, {})).toEqual(plain);
    const split = toFindingsJson(lacBenchmarkAudit().findings({ breakdownBy: 'area' }), {
      benchmarks: LAC_BENCHMARKS,
    });
    expect(findingsJsonSchema.safeParse(split).success).toBe(true);
    expect(split.breakdown!.groups.flatMap((g) => g.questions).some((q) => q.benchmark)).toBe(
      false,
    );
  });
});
