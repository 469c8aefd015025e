import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AnswerValue,
  type Condition,
  type Framework,
  hiddenItems,
  indexFramework,
} from '../../../../src/core';
import { compileRules, markHidden } from '../../../../src/core/findings/compiledRules';
import { judgement, minimalFramework } from '../../../fixtures/frameworkBuilder';

const IDS = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'];
const SCALARS = ['yes', 'no', 'na', 'not_known', 'other', 1, 5, 0];

function conditionOver(refs: string[]): fc.Arbitrary<Condition> {
  const comparison: fc.Arbitrary<Condition> = fc.oneof(
    fc.record({ question: fc.constantFrom(...refs), equals: fc.constantFrom(...SCALARS) }),
    fc.record({ question: fc.constantFrom(...refs), notEquals: fc.constantFrom(...SCALARS) }),
    fc.record({
      question: fc.constantFrom(...refs),
      in: fc.array(fc.constantFrom(...SCALARS), { minLength: 1, maxLength: 3 }),
    }),
    fc.record({ question: fc.constantFrom(...refs), answered: fc.boolean() }),
    fc.record({ question: fc.constantFrom(...refs), gt: fc.integer({ min: -1, max: 6 }) }),
    fc.record({ question: fc.constantFrom(...refs), lt: fc.integer({ min: -1, max: 6 }) }),
  );
  return fc.letrec<{ rule: Condition }>((tie) => ({
    rule: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      comparison,
      fc.record({ all: fc.array(tie('rule'), { minLength: 1, maxLength: 3 }) }),
      fc.record({ any: fc.array(tie('rule'), { minLength: 1, maxLength: 3 }) }),
      fc.record({ not: tie('rule') }),
    ),
  })).rule;
}

const answerValue: fc.Arbitrary<AnswerValue | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constantFrom('yes', 'no', 'na', 'not_known', '', 'other'),
  fc.integer({ min: -1, max: 6 }),
  fc.array(fc.constantFrom('yes', 'no', 'na', 'not_known', 'other'), { maxLength: 3 }),
);

describe('compiled rules', () => {
  it('hide exactly what hiddenItems hides, for any rules and answers', () => {
    const rulesArb = fc.tuple(
      ...IDS.map((_, i) =>
        i === 0
          ? fc.constant(undefined)
          : fc.option(conditionOver(IDS.slice(0, i)), { nil: undefined }),
      ),
    );
    fc.assert(
      fc.property(
        rulesArb,
        fc.array(answerValue, { minLength: 6, maxLength: 6 }),
        (rules, values) => {
          const framework: Framework = minimalFramework({
            sections: [
              {
                id: 's1',
                title: 'S',
                standards: [
                  {
                    id: 'st1',
                    title: 'St',
                    questions: IDS.map((id, i) =>
                      judgement(id, { key: i === 0, ...(rules[i] ? { showWhen: rules[i] } : {}) }),
                    ),
                  },
                ],
              },
            ],
          });
          const index = indexFramework(framework);
          const expected = hiddenItems(index, (id) => values[IDS.indexOf(id)]);
          const compiled = compileRules(index.items.map((entry) => entry.item));
          const hidden = new Uint8Array(IDS.length);
          markHidden(compiled, values, hidden);
          expect(IDS.filter((_, i) => hidden[i] === 1)).toEqual(
            IDS.filter((id) => expected.has(id)),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reads a hidden item as no answer, so hiding cascades', () => {
    const items = [
      { id: 'a' },
      { id: 'b', showWhen: { question: 'a', equals: 'yes' } },
      { id: 'c', showWhen: { question: 'b', answered: false } },
    ];
    const hidden = new Uint8Array(3);
    markHidden(compileRules(items), ['no', 'yes', undefined], hidden);
    expect([...hidden]).toEqual([0, 1, 0]);
  });
});
