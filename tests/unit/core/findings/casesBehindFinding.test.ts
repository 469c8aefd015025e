import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  casesBehindFinding,
  computeFindings,
  findingsCasesOf,
  type ProportionFinding,
} from '../../../../src/core';
import { judgement, withQuestions } from '../../../fixtures/frameworkBuilder';
import { AuditScenario, makeCase } from '../../../scenario/auditScenario';
import { everyKindFramework } from './testFramework';

describe('casesBehindFinding', () => {
  const scenario = AuditScenario.withFramework(everyKindFramework())
    .answer(2, { q1: 'yes', q3: ['drugs', 'cse'] }, { area: 'north' })
    .answer(1, { q1: 'no', q3: ['drugs'] }, { area: 'south' })
    .answer(1, { q1: 'na' }, { area: 'south', status: 'in-progress' })
    .answer(1, { q1: 'maybe' }, { area: 'north' });

  it('lists the cases behind each count of a question', () => {
    const behind = casesBehindFinding(
      scenario.framework,
      findingsCasesOf(scenario.allCases()),
      'q1',
    )!;
    expect(behind.positive).toEqual(['case-1', 'case-2']);
    expect(behind.negative).toEqual(['case-3']);
    expect(behind.notApplicable).toEqual(['case-4']);
    expect(behind.invalid).toEqual(['case-5']);
    expect(behind.byOption).toEqual([
      { value: 'yes', caseIds: ['case-1', 'case-2'] },
      { value: 'no', caseIds: ['case-3'] },
    ]);
  });

  it('narrows to one breakdown cell, or to complete cases', () => {
    const south = casesBehindFinding(
      scenario.framework,
      findingsCasesOf(scenario.allCases()),
      'q1',
      {
        group: { by: 'area', key: 'south' },
      },
    )!;
    expect([south.negative, south.notApplicable]).toEqual([['case-3'], ['case-4']]);
    const complete = casesBehindFinding(
      scenario.framework,
      findingsCasesOf(scenario.allCases()),
      'q1',
      {
        completeOnly: true,
      },
    )!;
    expect(complete.notApplicable).toEqual([]);
  });

  it('lists multichoice cases per choice', () => {
    const behind = casesBehindFinding(
      scenario.framework,
      findingsCasesOf(scenario.allCases()),
      'q3',
    )!;
    expect(behind.byOption.map((o) => [o.value, o.caseIds])).toEqual([
      ['drugs', ['case-1', 'case-2', 'case-3']],
      ['missing', []],
      ['cse', ['case-1', 'case-2']],
    ]);
    expect(behind.answered).toEqual(['case-1', 'case-2', 'case-3']);
  });

  it('knows nothing of items the framework does not have', () => {
    expect(
      casesBehindFinding(scenario.framework, findingsCasesOf(scenario.allCases()), 'q99'),
    ).toBeNull();
  });

  it('agrees with computeFindings on every count (property)', () => {
    const framework = withQuestions([
      judgement('q1', { key: true }),
      judgement('q2', { showWhen: { question: 'q1', equals: 'yes' } }),
    ]);
    const answer = fc.constantFrom(undefined, 'yes', 'no', 'na', 'not_known', '', 'junk');
    fc.assert(
      fc.property(fc.array(fc.tuple(answer, answer), { maxLength: 40 }), (rows) => {
        const cases = rows.map(([a, b], i) =>
          makeCase(i, {
            ...(a === undefined ? {} : { q1: a }),
            ...(b === undefined ? {} : { q2: b }),
          }),
        );
        const figures = computeFindings(framework, findingsCasesOf(cases)).questions;
        for (const id of ['q1', 'q2']) {
          const f = figures.find((x) => x.itemId === id) as ProportionFinding;
          const behind = casesBehindFinding(framework, findingsCasesOf(cases), id)!;
          expect([
            behind.positive.length,
            behind.negative.length,
            behind.notApplicable.length,
            behind.notKnown.length,
            behind.unanswered.length,
            behind.hidden.length,
            behind.invalid.length,
          ]).toEqual([
            f.positive,
            f.negative,
            f.notApplicable,
            f.notKnown,
            f.unanswered,
            f.hidden,
            f.invalid,
          ]);
        }
      }),
    );
  });
});
