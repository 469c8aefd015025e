import { describe, expect, it } from 'vitest';
import {
  breakdownChoicesOf,
  computeFindings,
  findingsCasesOf,
  type ItemFinding,
  type MultichoiceFinding,
  type NumberFinding,
  type ProportionFinding,
} from '../../../../src/core';
import { AuditScenario, makeCase } from '../../../scenario/auditScenario';
import { everyKindFramework } from './testFramework';

function find<T extends ItemFinding['type']>(
  findings: readonly ItemFinding[],
  id: string,
  type: T,
) {
  const found = findings.find((f) => f.itemId === id);
  if (!found || found.type !== type) throw new Error(`no ${type} finding ${id}`);
  return found as Extract<ItemFinding, { type: T }>;
}

describe('computeFindings: a judgement question', () => {
  const scenario = AuditScenario.withFramework(everyKindFramework())
    .answer(6, { q1: 'yes' })
    .answer(2, { q1: 'no' })
    .answer(1, { q1: 'na' })
    .answer(1, { q1: 'not_known' })
    .answer(1, {})
    .answer(1, { q1: 'maybe' });

  it('counts each option and each exclusion separately', () => {
    const q1 = scenario.findingFor('q1');
    expect(q1.options.map((o) => [o.value, o.count])).toEqual([
      ['yes', 6],
      ['no', 2],
    ]);
    expect(q1).toMatchObject({
      positive: 6,
      negative: 2,
      neutral: 0,
      base: 8,
      notApplicable: 1,
      notKnown: 1,
      unanswered: 1,
      hidden: 0,
      invalid: 1,
      notKnownInBase: false,
    });
  });

  it('gives the percentage, its interval and a small-base flag (8 < 10)', () => {
    const q1 = scenario.findingFor('q1');
    expect(q1.percent).toBe(75);
    expect(q1.percentRounded).toBe(75);
    expect(q1.interval!.low).toBeCloseTo(40.93, 1);
    expect(q1.interval!.high).toBeCloseTo(92.85, 1);
    expect(q1.smallBase).toBe(true);
  });

  it('states the larger side in a sentence carrying its figure', () => {
    const q1 = scenario.findingFor('q1');
    expect(q1.sentence).toBe(
      'In three-quarters of cases (75%, 6 of 8 cases; a small base) the case was allocated promptly.',
    );
    expect(q1.sentenceSide).toBe('positive');
    expect(q1.quantifier).toBe('three-quarters');
    expect(scenario.findingFor('q1', { sentences: 'negative' }).sentence).toBe(
      'In a quarter of cases (25%, 2 of 8 cases; a small base) the case was not allocated promptly.',
    );
  });

  it('widens the interval at a higher confidence level', () => {
    const at95 = scenario.findingFor('q1').interval!;
    const at99 = scenario.findingFor('q1', { confidence: 0.99 }).interval!;
    expect(at99.low).toBeLessThan(at95.low);
    expect(at99.high).toBeGreaterThan(at95.high);
  });
});

describe('computeFindings: other kinds', () => {
  const scenario = AuditScenario.withFramework(everyKindFramework())
    .answer(3, {
      q2: 'yes',
      q3: ['drugs', 'missing'],
      q4: 12,
      q5: '2026-01-05',
      gender: 'boy',
      placements: 7,
      risks: ['cse'],
    })
    .answer(2, {
      q2: 'partly',
      q3: ['drugs'],
      q4: 60,
      q6: 'Seen by the host YOT',
      gender: 'girl',
      placements: 2,
    })
    .answer(1, { q2: 'no', q3: 'not_known', q4: 'na', gender: 'boy', placements: 6 });

  it('keeps neutral answers in the base of a rating question', () => {
    const q2 = scenario.findingFor('q2');
    expect(q2).toMatchObject({ positive: 3, neutral: 2, negative: 1, base: 6, percentRounded: 50 });
    expect(q2.sentence).toBe(
      'In half of cases (50%, 3 of 6 cases; a small base) the answer to “Was the plan good?” was Yes.',
    );
  });

  it('counts multichoice per option, with a note that counts can pass the base', () => {
    const q3 = scenario.itemFor('q3') as MultichoiceFinding;
    expect(q3.base).toBe(5);
    expect(q3.selections).toBe(8);
    expect(q3.options.map((o) => [o.value, o.count, o.percentRounded])).toEqual([
      ['drugs', 5, 100],
      ['missing', 3, 60],
      ['cse', 0, 0],
    ]);
    expect(q3.notKnown).toBe(1);
    expect(q3.note).toBe(
      'A case could give more than one answer, so the counts can add up to more than the 5 cases answering.',
    );
  });

  it('summarises numbers: n, mean, median, min, max and threshold counts', () => {
    const q4 = scenario.itemFor('q4') as NumberFinding;
    expect(q4.summary).toMatchObject({ n: 5, mean: 31.2, median: 12, min: 12, max: 60 });
    expect(q4.notApplicable).toBe(1);
    expect(q4.unit).toBe('miles');
    const placements = scenario.itemFor('placements') as NumberFinding;
    expect(placements.thresholds).toMatchObject([
      { above: 5, label: 'more than 5 placements', count: 4, base: 6, percentRounded: 67 },
    ]);
  });

  it('counts dates and text as answered or not', () => {
    const result = scenario.findings();
    expect(find(result.questions, 'q5', 'answered')).toMatchObject({ answered: 3, unanswered: 3 });
    expect(find(result.questions, 'q6', 'answered')).toMatchObject({ answered: 2, unanswered: 4 });
  });

  it('describes the sample from the profile fields', () => {
    const result = scenario.findings();
    expect(result.profile.map((f) => f.itemId)).toEqual(['gender', 'placements', 'risks']);
    const gender = find(result.profile, 'gender', 'proportion');
    expect(gender.options.map((o) => [o.label, o.count, o.percentRounded])).toEqual([
      ['Boy', 4, 67],
      ['Girl', 2, 33],
    ]);
    // Nothing about gender is "positive": no figure of its own, only the shares.
    expect([gender.scored, gender.base, gender.percent, gender.interval, gender.sentence]).toEqual([
      false,
      6,
      null,
      null,
      null,
    ]);
    expect(find(result.profile, 'risks', 'multichoice').base).toBe(3);
  });
});

describe('computeFindings: completeness', () => {
  const framework = everyKindFramework();
  const full = {
    q1: 'yes',
    q2: 'yes',
    q3: ['drugs'],
    q4: 3,
    q5: '2026-01-05',
    gender: 'boy',
    placements: 1,
    risks: ['cse'],
  };
  const cases = [
    makeCase(0, full, { area: 'north', inspector: 'ann' }),
    makeCase(
      1,
      { ...full, q4: 'na', q2: 'not_known' },
      { area: 'north', inspector: 'bob', status: 'moderated' },
    ),
    makeCase(2, { q1: 'yes' }, { area: 'south', inspector: 'ann', status: 'in-progress' }),
    makeCase(3, full, { area: 'south', inspector: null, status: 'in-progress' }),
  ];

  it('counts required answers against applicable items, N/A and not known being answers', () => {
    const { completeness } = computeFindings(framework, findingsCasesOf(cases));
    expect(completeness).toMatchObject({
      cases: 4,
      fullyAnswered: 3,
      markedComplete: 2,
      answered: 25,
      applicable: 32,
    });
    expect(completeness.byArea).toEqual([
      { key: 'north', label: 'north', cases: 2, fullyAnswered: 2, answered: 16, applicable: 16 },
      { key: 'south', label: 'south', cases: 2, fullyAnswered: 1, answered: 9, applicable: 16 },
    ]);
    expect(completeness.byInspector.map((g) => [g.label, g.cases, g.fullyAnswered])).toEqual([
      ['ann', 2, 1],
      ['bob', 1, 1],
      ['Not assigned', 1, 1],
    ]);
  });

  it('gives answered and applicable counts for every case, in order', () => {
    const { completeness } = computeFindings(framework, findingsCasesOf(cases));
    expect([...completeness.perCase.answered]).toEqual([8, 8, 1, 8]);
    expect([...completeness.perCase.applicable]).toEqual([8, 8, 8, 8]);
  });

  it('lists the cases that are not complete, and why', () => {
    const { completeness } = computeFindings(framework, findingsCasesOf(cases));
    expect(completeness.incomplete.map((c) => [c.ref, c.status, c.answered, c.applicable])).toEqual(
      [
        ['LAC-03-03', 'in-progress', 1, 8],
        ['LAC-04-04', 'in-progress', 8, 8],
      ],
    );
  });

  it('says whether it counted complete cases only', () => {
    const all = computeFindings(framework, findingsCasesOf(cases));
    const complete = computeFindings(framework, findingsCasesOf(cases), { completeOnly: true });
    expect([all.basis, all.cases]).toEqual(['all-cases', { total: 4, counted: 4, excluded: 0 }]);
    expect([complete.basis, complete.cases]).toEqual([
      'complete-cases',
      { total: 4, counted: 2, excluded: 2 },
    ]);
    expect(find(complete.questions, 'q1', 'proportion').base).toBe(2);
    expect(complete.completeness.cases).toBe(4);
  });
});

describe('computeFindings: breakdowns', () => {
  it('puts a case in every group of a multichoice profile field, and says so', () => {
    const result = AuditScenario.withFramework(everyKindFramework())
      .answer(2, { q1: 'yes', risks: ['drugs', 'cse'] })
      .answer(1, { q1: 'no', risks: ['drugs'] })
      .answer(1, { q1: 'no' })
      .findings({ breakdownBy: 'risks' });
    const breakdown = result.breakdown!;
    expect(breakdown.groups.map((g) => [g.key, g.label, g.cases])).toEqual([
      ['drugs', 'Substance misuse', 3],
      ['cse', 'Exploitation', 2],
      ['', 'No answer', 1],
    ]);
    expect(breakdown.note).toMatch(/more than one group/);
    const q1 = (key: string) =>
      find(
        breakdown.groups.find((g) => g.key === key)!.questions,
        'q1',
        'proportion',
      ) as ProportionFinding;
    expect([q1('drugs').positive, q1('drugs').base]).toEqual([2, 3]);
    expect([q1('cse').positive, q1('cse').base]).toEqual([2, 2]);
    expect(find(result.questions, 'q1', 'proportion').base).toBe(4);
  });

  it('names a number group with its unit agreeing with the number ("1 move", "3 moves")', () => {
    const base = everyKindFramework();
    const framework = {
      ...base,
      profile: base.profile.map((field) =>
        field.id === 'placements' ? { ...field, unit: 'moves' } : field,
      ),
    };
    const result = AuditScenario.withFramework(framework)
      .answer(2, { q1: 'yes', placements: 1 })
      .answer(1, { q1: 'no', placements: 3 })
      .findings({ breakdownBy: 'placements' });
    expect(result.breakdown!.groups.map((g) => g.label)).toEqual(['1 move', '3 moves']);
  });

  it('orders areas as the framework lists them and names them', () => {
    const framework = everyKindFramework({
      areas: [
        { id: 'b', name: 'Borough' },
        { id: 'a', name: 'Authority' },
      ],
    });
    const result = computeFindings(
      framework,
      findingsCasesOf([makeCase(0, {}, { area: 'a' }), makeCase(1, {}, { area: 'b' })]),
      {
        breakdownBy: 'area',
      },
    );
    expect(result.breakdown!.groups.map((g) => g.label)).toEqual(['Borough', 'Authority']);
  });

  it('names groups from the inspection’s own lists when given', () => {
    const cases = [
      makeCase(0, {}, { area: 'a', inspector: 'ann' }),
      makeCase(1, {}, { area: 'b', inspector: null }),
    ];
    const names = {
      areas: [
        { id: 'a', name: 'Area A' },
        { id: 'b', name: 'Area B' },
      ],
      inspectors: [{ id: 'ann', name: 'Ann Smith' }],
    };
    const result = computeFindings(everyKindFramework(), findingsCasesOf(cases), {
      breakdownBy: 'inspector',
      names,
    });
    expect(result.breakdown!.groups.map((g) => g.label)).toEqual(['Ann Smith', 'Not assigned']);
    expect(result.completeness.byArea.map((g) => g.label)).toEqual(['Area A', 'Area B']);
  });

  it('offers area, stratum, inspector and the profile fields, and refuses anything else', () => {
    const framework = everyKindFramework();
    expect(breakdownChoicesOf(framework).map((c) => c.by)).toEqual([
      'area',
      'stratum',
      'inspector',
      'gender',
      'placements',
      'risks',
    ]);
    expect(() => computeFindings(framework, [], { breakdownBy: 'q1' })).toThrow(RangeError);
  });
});

describe('computeFindings: no cases', () => {
  it('gives empty figures rather than failing', () => {
    const result = computeFindings(everyKindFramework(), []);
    const q1 = find(result.questions, 'q1', 'proportion');
    expect([q1.base, q1.percent, q1.interval, q1.sentence]).toEqual([0, null, null, null]);
    expect(result.standards[0]!.rating).toBeNull();
  });
});
