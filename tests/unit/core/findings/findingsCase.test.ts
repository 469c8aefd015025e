import { describe, expect, it } from 'vitest';
import { computeFindings, type FindingsCase, type ProportionFinding } from '../../../../src/core';
import { findingsCaseOf } from '../../../../src/core/findings/findingsCase';
import { judgement, withQuestions } from '../../../fixtures/frameworkBuilder';
import { makeCase } from '../../../scenario/auditScenario';

function valueCase(index: number, values: FindingsCase['values']): FindingsCase {
  return {
    id: `case-${index}`,
    ref: `LAC-01-0${index}`,
    areaId: 'north',
    stratumId: null,
    inspectorId: 'ap',
    status: 'complete',
    values,
  };
}

describe('what the findings read of a case', () => {
  it('is where the case sits, its status and its answers’ values: no notes, times or authors', () => {
    const kase = makeCase(0, { q1: 'yes', q2: ['a', 'b'], age: 15 }, { area: 'south' });
    const read = findingsCaseOf(kase);
    expect(read).toEqual({
      id: 'case-1',
      ref: 'LAC-01-01',
      areaId: 'south',
      stratumId: null,
      inspectorId: 'insp-1',
      status: 'complete',
      values: { q1: 'yes', q2: ['a', 'b'], age: 15 },
    });
    expect(Object.getPrototypeOf(read.values)).toBeNull();
  });

  it('counts values given as plain objects: 2 of 3 cases yes is 67% (2/3)', () => {
    const framework = withQuestions([judgement('q1')]);
    const cases = [{ q1: 'yes' }, { q1: 'no' }, { q1: 'yes' }].map((v, i) => valueCase(i + 1, v));
    const f = computeFindings(framework, cases).questions[0] as ProportionFinding;
    expect([f.positive, f.base, f.percentRounded]).toEqual([2, 3, 67]);
  });

  it('reads an item called "constructor" as unanswered, whatever object holds the values', () => {
    const framework = withQuestions([judgement('constructor'), judgement('q2')]);
    const cases = [valueCase(1, { q2: 'yes' }), valueCase(2, { constructor: 'yes', q2: 'no' })];
    const f = computeFindings(framework, cases).questions[0] as ProportionFinding;
    expect([f.positive, f.base, f.unanswered, f.invalid]).toEqual([1, 1, 1, 0]);
  });
});
