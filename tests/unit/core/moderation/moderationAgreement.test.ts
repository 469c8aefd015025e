import { describe, expect, it } from 'vitest';
import { moderationAgreement, readingDifferences } from '../../../../src/core';
import type { ReadingPair } from '../../../../src/core/findings/readingAgreement';
import { agreementByQuestion, poolAgreements } from '../../../../src/core/statistics/cohensKappa';
import { judgement, minimalFramework } from '../../../fixtures/frameworkBuilder';

/** Standard A: q1, q2 (asked only if q1 is yes), a text question; standard B: q3. */
const framework = minimalFramework({
  sections: [
    {
      id: 's1',
      title: 'Work with the child',
      standards: [
        {
          id: 'a',
          title: 'Assessment',
          questions: [
            judgement('q1', { key: true, text: 'Was the assessment timely?' }),
            judgement('q2', { showWhen: { question: 'q1', equals: 'yes' } }),
            { id: 'q-text', text: 'Summary', kind: 'text' },
          ],
        },
        { id: 'b', title: 'Planning', questions: [judgement('q3')] },
      ],
    },
  ],
});

/** `count` cases whose two readings of q3 are `first` and `second`. */
function q3Pairs(spec: [string, string, number][]): ReadingPair[] {
  let n = 0;
  return spec.flatMap(([first, second, count]) =>
    Array.from({ length: count }, () => {
      n++;
      return { caseId: `c${n}`, first: { q3: first }, second: { q3: second } };
    }),
  );
}

const q3 = (pairs: ReadingPair[]) =>
  moderationAgreement(framework, pairs).standards.find((s) => s.standardId === 'b')!.questions[0]!;

describe('agreement between readings, with bases', () => {
  it('worked example: 50 cases, 35 agree (70%), chance 50%, kappa 0.4', () => {
    const row = q3(
      q3Pairs([
        ['yes', 'yes', 20],
        ['yes', 'no', 5],
        ['no', 'yes', 10],
        ['no', 'no', 15],
      ]),
    );
    // First reader: 25 yes, 25 no; second: 30 yes, 20 no → chance (25·30 + 25·20) / 50² = 0.5.
    expect(row).toMatchObject({ pairs: 50, agreed: 35, smallBase: false });
    expect(row.percentAgreement).toBeCloseTo(70, 10);
    expect(row.expected).toBeCloseTo(0.5, 10);
    expect(row.kappa).toBeCloseTo(0.4, 10);
    expect(row.disagreements).toHaveLength(15);
  });

  it('perfect agreement over two answers: 100% and kappa 1', () => {
    const row = q3(
      q3Pairs([
        ['yes', 'yes', 6],
        ['no', 'no', 4],
      ]),
    );
    expect(row.percentAgreement).toBe(100);
    // Chance (6·6 + 4·4) / 10² = 0.52; (1 − 0.52) / (1 − 0.52) = 1.
    expect(row.expected).toBeCloseTo(0.52, 10);
    expect(row.kappa).toBeCloseTo(1, 12);
  });

  it('chance-level agreement: 50% agreed where 50% is expected by chance gives kappa 0', () => {
    const row = q3(
      q3Pairs([
        ['yes', 'yes', 1],
        ['yes', 'no', 1],
        ['no', 'yes', 1],
        ['no', 'no', 1],
      ]),
    );
    expect(row.percentAgreement).toBe(50);
    expect(row.kappa).toBeCloseTo(0, 12);
    expect(row.smallBase).toBe(true);
  });

  it('counts N/A and not known as answers; leaves out hidden questions and one-sided answers', () => {
    const result = moderationAgreement(framework, [
      // N/A against yes is a disagreement in the base (it moves the case in or out of a finding's base).
      { caseId: 'c1', first: { q1: 'yes', q2: 'na' }, second: { q1: 'yes', q2: 'yes' } },
      // Not known on both sides agrees.
      { caseId: 'c2', first: { q1: 'not_known' }, second: { q1: 'not_known' } },
      // q2 asked in neither (q1 is no): hidden, out of the base.
      { caseId: 'c3', first: { q1: 'no' }, second: { q1: 'no' } },
      // q2 answered in the first reading only: out of the base, counted apart.
      { caseId: 'c4', first: { q1: 'yes', q2: 'yes' }, second: { q1: 'yes' } },
    ]);
    const [assessment] = result.standards;
    const [q1, q2] = assessment!.questions;
    expect(q1).toMatchObject({ questionId: 'q1', pairs: 4, agreed: 4 });
    expect(q2).toMatchObject({
      questionId: 'q2',
      pairs: 1,
      agreed: 0,
      hidden: 2,
      answeredOnce: 1,
      disagreements: ['c1'],
    });
    // The text question is never compared.
    expect(assessment!.questions.map((q) => q.questionId)).toEqual(['q1', 'q2']);
    // The standard pools its questions: 5 pairs, 4 agreed.
    expect(assessment!.overall).toMatchObject({ pairs: 5, agreed: 4 });
  });

  it('has no figures on an empty base, and flags it as small', () => {
    const result = moderationAgreement(framework, []);
    expect(result.overall).toMatchObject({ pairs: 0, percentAgreement: null, kappa: null });
    expect(result.smallBase).toBe(true);
    expect(result.standards[1]!.questions[0]).toMatchObject({
      pairs: 0,
      kappa: null,
      smallBase: true,
    });
  });

  it('pools questions as agreementByQuestion does (never averaging kappas)', () => {
    const readings = [
      { questionId: 'x', first: 'yes', second: 'yes' },
      { questionId: 'x', first: 'no', second: 'yes' },
      { questionId: 'y', first: 'yes', second: 'yes' },
      { questionId: 'y', first: 'no', second: 'no' },
      { questionId: 'y', first: 'no', second: 'yes' },
    ];
    const { questions, overall } = agreementByQuestion(readings);
    const pooled = poolAgreements(questions);
    expect(pooled.pairs).toBe(5);
    expect(pooled.agreed).toBe(3);
    expect(pooled.kappa).toBeCloseTo(overall.kappa!, 12);
  });
});

describe('the disagreements of one case', () => {
  it('lists the compared questions where the readings differ, in framework order', () => {
    expect(
      readingDifferences(
        framework,
        { q1: 'yes', q2: 'yes', q3: 'no', 'q-text': 'a' },
        { q1: 'yes', q2: 'na', q3: 'yes', 'q-text': 'b' },
      ),
    ).toEqual([
      { itemId: 'q2', first: 'yes', second: 'na' },
      { itemId: 'q3', first: 'no', second: 'yes' },
    ]);
  });
});
