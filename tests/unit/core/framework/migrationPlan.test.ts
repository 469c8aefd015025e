import { describe, expect, it } from 'vitest';
import {
  type MigrationCase,
  mapAnswer,
  mappingProblems,
  planMigration,
  suggestMapping,
} from '../../../../src/core/framework/migrationPlan';
import {
  judgement,
  neutralScale,
  withQuestions,
  yesNoScale,
} from '../../../fixtures/frameworkBuilder';

// 1.0.0: q1 (key), q2, q3, and a multichoice of support; 2.0.0: q2 renamed "q2-review", q3
// removed, the answer "yes" renamed "y", "other" of the support list renamed "else".
const support = neutralScale('support', { school: 'School', other: 'Other' });
const before = withQuestions(
  [
    judgement('q1', { key: true }),
    judgement('q2'),
    judgement('q3'),
    { id: 'help', text: 'Help given', kind: 'multichoice', scale: 'support' },
  ],
  { scales: [yesNoScale, support] },
);
const yScale = {
  ...yesNoScale,
  options: [{ ...yesNoScale.options[0]!, value: 'y' }, yesNoScale.options[1]!],
};
const after = withQuestions(
  [
    judgement('q1', { key: true }),
    judgement('q2-review'),
    { id: 'help', text: 'Help given', kind: 'multichoice', scale: 'support' },
  ],
  {
    version: '2.0.0',
    scales: [yScale, neutralScale('support', { school: 'School', else: 'Other' })],
  },
);

const cases: MigrationCase[] = [
  {
    id: 'c1',
    ref: 'LAC-01-01',
    answers: { q1: { value: 'yes' }, q2: { value: 'no' }, q3: { value: 'yes' } },
  },
  {
    id: 'c2',
    ref: 'LAC-01-02',
    answers: { q1: { value: 'no' }, help: { value: ['school', 'other'] } },
  },
  {
    id: 'c3',
    ref: 'LAC-01-03',
    answers: { q1: { value: 'na' }, q2: { value: 'yes' }, q3: { value: null } },
  },
];

describe('the mapping suggested between two versions', () => {
  it('pairs an item removed with one added at the same place, and codes renamed in place', () => {
    expect(suggestMapping(before, after)).toEqual({
      items: { q2: 'q2-review' },
      codes: { q1: { yes: 'y' }, q2: { yes: 'y' }, help: { other: 'else' } },
    });
  });

  it('suggests nothing between a version and itself', () => {
    expect(suggestMapping(before, before)).toEqual({ items: {}, codes: {} });
  });
});

describe('the plan for every answer of every case', () => {
  const mapping = suggestMapping(before, after);
  const plan = planMigration(before, after, mapping, cases);

  it('counts 8 answers: 2 kept, 4 mapped, 2 no longer asked', () => {
    expect(plan.counts).toEqual({ kept: 2, mapped: 4, noLongerAsked: 2, unfit: 0 });
    expect(plan.answers).toHaveLength(8);
    expect([plan.from, plan.to]).toEqual(['test-framework@1.0.0', 'test-framework@2.0.0']);
  });

  it('maps a renamed id and a renamed code', () => {
    const of = (caseId: string, itemId: string) =>
      plan.answers.find((a) => a.caseId === caseId && a.itemId === itemId);
    expect(of('c1', 'q1')).toMatchObject({ outcome: 'mapped', toItemId: 'q1', toValue: 'y' });
    expect(of('c1', 'q2')).toMatchObject({
      outcome: 'mapped',
      toItemId: 'q2-review',
      toValue: 'no',
    });
    expect(of('c1', 'q3')).toMatchObject({
      outcome: 'no-longer-asked',
      caseReference: 'LAC-01-01',
    });
    expect(of('c2', 'q1')).toMatchObject({ outcome: 'kept', fromValue: 'no' });
    expect(of('c2', 'help')).toMatchObject({
      outcome: 'mapped',
      toValue: ['school', 'else'],
    });
    expect(of('c3', 'q1')).toMatchObject({ outcome: 'kept', fromValue: 'na' });
  });

  it('flags an answer the new version would not accept', () => {
    const unmapped = planMigration(before, after, { items: { q2: 'q2-review' }, codes: {} }, cases);
    // "yes" is no longer an answer of q1 (c1) nor of q2-review (c3); nor "other" of help (c2).
    expect(unmapped.counts.unfit).toBe(3);
  });

  it('keeps the text of an "other" choice when its code is renamed', () => {
    expect(mapAnswer(after, mapping, 'help', ['other:Boxing club'])?.value).toEqual([
      'else:Boxing club',
    ]);
  });

  it('makes a choice a list when its question becomes multichoice, and back', () => {
    const multi = withQuestions(
      [{ id: 'q1', text: 'Which?', kind: 'multichoice', scale: 'yes-no', key: false }],
      { version: '2.0.0' },
    );
    expect(mapAnswer(multi, { items: {}, codes: {} }, 'q1', 'yes')?.value).toEqual(['yes']);
    expect(mapAnswer(multi, { items: {}, codes: {} }, 'q1', 'na')?.value).toBe('na');
    expect(mapAnswer(before, { items: {}, codes: {} }, 'q1', ['no'])?.value).toBe('no');
  });

  it('never changes a text, number or date answer', () => {
    const texts = withQuestions([{ id: 'why', text: 'Why?', kind: 'text' }]);
    expect(mapAnswer(texts, { items: {}, codes: { why: { yes: 'y' } } }, 'why', 'yes')).toEqual({
      itemId: 'why',
      value: 'yes',
    });
  });
});

describe('a mapping that does not fit', () => {
  it('names an item missing on either side, two items to one, and one taking another’s place', () => {
    expect(
      mappingProblems(before, after, {
        items: { q9: 'q2-review', q3: 'q2-review', q2: 'q1', q1: 'nope' },
        codes: {},
      }),
    ).toEqual([
      '“q9” is not a question of test-framework@1.0.0',
      '“q3” and “q9” both go to “q2-review”',
      '“nope” is not a question of test-framework@2.0.0',
    ]);
    expect(mappingProblems(before, after, { items: { q2: 'q1' }, codes: {} })).toEqual([
      '“q2” goes to “q1”, which keeps its own answers',
    ]);
  });
});
