import { describe, expect, it } from 'vitest';
import { agreementByQuestion, cohensKappa } from '../../../../src/core/statistics/cohensKappa';

function pairs(spec: [string, string, number][]): [string, string][] {
  return spec.flatMap(([a, b, count]) =>
    Array.from({ length: count }, () => [a, b] as [string, string]),
  );
}

describe('cohensKappa', () => {
  it('gives 0.4 for the textbook table: 70% agreement against 50% by chance', () => {
    const agreement = cohensKappa(
      pairs([
        ['yes', 'yes', 20],
        ['yes', 'no', 5],
        ['no', 'yes', 10],
        ['no', 'no', 15],
      ]),
    );
    expect(agreement.pairs).toBe(50);
    expect(agreement.agreed).toBe(35);
    expect(agreement.percentAgreement).toBeCloseTo(70, 10);
    expect(agreement.expected).toBeCloseTo(0.5, 10);
    expect(agreement.kappa).toBeCloseTo(0.4, 10);
  });

  it('is 1 for perfect agreement over more than one answer', () => {
    expect(
      cohensKappa(
        pairs([
          ['yes', 'yes', 3],
          ['no', 'no', 2],
        ]),
      ).kappa,
    ).toBeCloseTo(1, 12);
  });

  it('is undefined (null) when both readers gave one answer throughout', () => {
    const agreement = cohensKappa(pairs([['yes', 'yes', 4]]));
    expect(agreement.percentAgreement).toBe(100);
    expect(agreement.kappa).toBeNull();
  });

  it('has no figures without pairs', () => {
    expect(cohensKappa([])).toEqual({
      pairs: 0,
      agreed: 0,
      percentAgreement: null,
      observed: null,
      expected: null,
      kappa: null,
    });
  });

  it('treats N/A and not known as answers like any other', () => {
    const agreement = cohensKappa([
      ['na', 'yes'],
      ['not_known', 'not_known'],
    ]);
    expect(agreement.agreed).toBe(1);
  });
});

describe('agreementByQuestion', () => {
  it('gives each question its own base and pools the overall figure', () => {
    const { questions, overall } = agreementByQuestion([
      ...pairs([
        ['yes', 'yes', 20],
        ['yes', 'no', 5],
        ['no', 'yes', 10],
        ['no', 'no', 15],
      ]).map(([first, second]) => ({ questionId: 'q1', first, second })),
      ...pairs([
        ['yes', 'yes', 3],
        ['no', 'no', 2],
      ]).map(([first, second]) => ({
        questionId: 'q2',
        first,
        second,
      })),
    ]);
    expect(questions.map((q) => [q.questionId, q.pairs, q.agreed])).toEqual([
      ['q1', 50, 35],
      ['q2', 5, 5],
    ]);
    // Pooled: observed 40/55; chance (25 + 2.6)/55 = 27.6/55 (q2: 3·3/5 + 2·2/5 = 2.6).
    expect(overall.pairs).toBe(55);
    expect(overall.agreed).toBe(40);
    expect(overall.expected).toBeCloseTo(27.6 / 55, 12);
    expect(overall.kappa).toBeCloseTo((40 / 55 - 27.6 / 55) / (1 - 27.6 / 55), 12);
  });
});
