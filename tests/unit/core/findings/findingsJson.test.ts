import { describe, expect, it } from 'vitest';
import { toFindingsJson } from '../../../../src/core';
import { findingsJsonSchema } from '../../../../src/core/findings/findingsJson';
import { AuditScenario } from '../../../scenario/auditScenario';
import { everyKindFramework } from './testFramework';

describe('toFindingsJson', () => {
  const scenario = AuditScenario.withFramework(everyKindFramework())
    .answer(23, { q1: 'no', q4: 3 }, { area: 'north' })
    .answer(37, { q1: 'yes', q4: 8 }, { area: 'south' })
    .answer(2, { q1: 'na' }, { area: 'south' });

  it('matches its schema, with and without a breakdown', () => {
    expect(findingsJsonSchema.safeParse(toFindingsJson(scenario.findings())).success).toBe(true);
    const split = toFindingsJson(scenario.findings({ breakdownBy: 'area' }));
    expect(findingsJsonSchema.safeParse(split).success).toBe(true);
    expect(split.breakdown!.groups.map((g) => [g.key, g.cases])).toEqual([
      ['north', 23],
      ['south', 39],
    ]);
  });

  it('gives each question its numerator, base, percentage, interval and exclusions', () => {
    const json = toFindingsJson(scenario.findings());
    expect(json.framework).toEqual({ id: 'test-framework', version: '1.0.0' });
    expect(json.cases).toBe(62);
    const q1 = json.questions.find((q) => q.id === 'q1')!;
    expect(q1).toMatchObject({
      positive: 37,
      base: 60,
      percent: 62,
      percentOneDecimal: 61.7,
      ci: [49.0, 72.9],
      counts: { yes: 37, no: 23 },
      notApplicable: 2,
      notKnown: 0,
      unanswered: 0,
      sentence: 'In nearly two-thirds of cases (62%, 37 of 60) the case was allocated promptly.',
    });
    expect(json.questions.find((q) => q.id === 'q4')!.summary).toMatchObject({
      n: 60,
      min: 3,
      max: 8,
    });
    expect(json.standards[0]).toMatchObject({ id: 'st1', rating: null, question: null });
  });

  it('gives multichoice options their own figures, each of the cases answering', () => {
    const json = toFindingsJson(
      AuditScenario.withFramework(everyKindFramework())
        .answer(3, { q3: ['drugs', 'cse'] })
        .answer(1, { q3: ['drugs'] })
        .answer(1, { q3: 'na' })
        .findings(),
    );
    const q3 = json.questions.find((q) => q.id === 'q3')!;
    expect(q3.base).toBe(4);
    // 4 of 4 chose drugs, 3 of 4 cse: the shares add up past 100%. Wilson 95% intervals.
    expect(q3.options).toEqual([
      {
        value: 'drugs',
        label: 'Substance misuse',
        meaning: 'neutral',
        count: 4,
        base: 4,
        percent: 100,
        percentOneDecimal: 100,
        ci: [51, 100],
        smallBase: true,
      },
      {
        value: 'missing',
        label: 'Going missing',
        meaning: 'neutral',
        count: 0,
        base: 4,
        percent: 0,
        percentOneDecimal: 0,
        ci: [0, 49],
        smallBase: true,
      },
      {
        value: 'cse',
        label: 'Exploitation',
        meaning: 'neutral',
        count: 3,
        base: 4,
        percent: 75,
        percentOneDecimal: 75,
        ci: [30.1, 95.4],
        smallBase: true,
      },
    ]);
    expect(findingsJsonSchema.safeParse(json).success).toBe(true);
  });
});
