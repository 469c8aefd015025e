import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AnswerValue,
  type Condition,
  type Framework,
  indexFramework,
} from '../../../../src/core';
import { hiddenItems } from '../../../../src/core/framework/applicability';
import { compileRules, markHidden } from '../../../../src/core/framework/compiledRules';
import { isSpecialAnswer } from '../../../../src/core/inspection/answerValue';
import { judgement, withQuestions } from '../../../fixtures/frameworkBuilder';

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

/**
 * The rule semantics written as plainly as possible (SPEC §3), as a test oracle for the
 * compiled implementation: comparisons on no answer are false except `answered: false`;
 * N/A and not known are never "not equal" to anything; hidden items read as no answer.
 */
function oracle(condition: Condition, read: (id: string) => AnswerValue | undefined): boolean {
  if (condition.all) return condition.all.every((c) => oracle(c, read));
  if (condition.any) return condition.any.some((c) => oracle(c, read));
  if (condition.not) return !oracle(condition.not, read);
  const value = read(condition.question ?? condition.profile ?? '');
  if (condition.answered !== undefined) {
    const has =
      value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);
    return condition.answered === has;
  }
  if (value === undefined || value === null) return false;
  const values: (string | number)[] = Array.isArray(value) ? value : [value];
  if (condition.equals !== undefined) return values.includes(condition.equals);
  if (condition.in !== undefined) return values.some((v) => condition.in!.includes(v));
  if (condition.notEquals !== undefined) {
    if (values.length === 1 && isSpecialAnswer(values[0]!)) return false;
    return !values.includes(condition.notEquals);
  }
  if (condition.gt !== undefined) return typeof value === 'number' && value > condition.gt;
  if (condition.lt !== undefined) return typeof value === 'number' && value < condition.lt;
  return false;
}

describe('applicability rules', () => {
  it('hide exactly what the plain reading of the rules hides, for any rules and answers', () => {
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
          const framework: Framework = withQuestions(
            IDS.map((id, i) =>
              judgement(id, { key: i === 0, ...(rules[i] ? { showWhen: rules[i] } : {}) }),
            ),
          );
          const index = indexFramework(framework);
          const expected = new Set<string>();
          const read = (id: string) => (expected.has(id) ? undefined : values[IDS.indexOf(id)]);
          IDS.forEach((id, i) => {
            const rule = rules[i];
            if (rule && !oracle(rule, read)) expected.add(id);
          });
          const actual = hiddenItems(index, (id) => values[IDS.indexOf(id)]);
          expect(IDS.filter((id) => actual.has(id))).toEqual(IDS.filter((id) => expected.has(id)));
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
