import { describe, expect, it } from 'vitest';
import { bandFor, type Framework, type ProportionFinding } from '../../../../src/core';
import { ratedPercent, rateStandards } from '../../../../src/core/findings/rateStandards';
import { checkFramework } from '../../../../src/core/framework/checkFramework';
import { hmipRating, judgement, minimalFramework } from '../../../fixtures/frameworkBuilder';

function framework(): Framework {
  return minimalFramework({
    sections: [
      {
        id: 's1',
        title: 'Case supervision',
        standards: [
          {
            id: '2.1',
            title: 'Assessment',
            questions: [
              judgement('a1', { key: true }),
              judgement('a2', { key: true }),
              judgement('a3'),
            ],
          },
          { id: '2.2', title: 'Planning', questions: [judgement('p1', { key: true })] },
          { id: '1.1', title: 'Governance', ratedBy: 'lead-judgement', questions: [] },
          { id: 'x', title: 'Context', ratedBy: 'not-rated', questions: [judgement('c1')] },
        ],
      },
    ],
    rating: hmipRating(3),
  });
}

function figures(spec: Record<string, [number, number]>) {
  return (id: string): ProportionFinding | undefined => {
    const entry = spec[id];
    if (!entry) return undefined;
    const [positive, base] = entry;
    return {
      itemId: id,
      positive,
      base,
      percent: base === 0 ? null : (positive * 100) / base,
    } as ProportionFinding;
  };
}

describe('rateStandards', () => {
  it('is given a framework that passes its checks', () => {
    expect(checkFramework(framework())).toEqual([]);
  });

  it('rates a standard by its lowest key question, and names it', () => {
    const { standards } = rateStandards(
      framework(),
      figures({ a1: [50, 60], a2: [40, 60], a3: [0, 60], p1: [9, 10] }),
    );
    const assessment = standards[0]!;
    expect(assessment).toMatchObject({
      rating: 'Good',
      points: 2,
      band: 'Reasonable majority',
      questionId: 'a2',
      positive: 40,
      base: 60,
      override: null,
    });
    expect(assessment.note).toBe(
      'Set by key question a2 (67%, 40 of 60): Reasonable majority, Good.',
    );
    expect(standards[1]).toMatchObject({ rating: 'Outstanding', points: 3 });
  });

  it('leaves lead-judgement and not-rated standards without a computed rating', () => {
    const { standards, overall } = rateStandards(
      framework(),
      figures({ a1: [1, 1], a2: [1, 1], p1: [1, 1] }),
    );
    expect(standards[2]).toMatchObject({ ratedBy: 'lead-judgement', rating: null });
    expect(standards[3]).toMatchObject({
      ratedBy: 'not-rated',
      rating: null,
      note: 'This standard is not rated.',
    });
    expect(overall).toMatchObject({ rating: null, missing: ['1.1'], maxPoints: 9 });
    expect(overall!.note).toBe('Not rated: standard 1.1 has no rating.');
  });

  it('takes the lead’s rating for a lead-judgement standard, then rates overall', () => {
    const { standards, overall } = rateStandards(
      framework(),
      figures({ a1: [1, 1], a2: [1, 1], p1: [1, 1] }),
      [
        {
          standardId: '1.1',
          rating: 'Good',
          rationale: 'Strong governance seen.',
          by: 'Lead',
          at: '2026-03-01T10:00:00Z',
        },
      ],
    );
    expect(standards[2]).toMatchObject({ rating: 'Good', points: 2, computedRating: null });
    expect(standards[2]!.note).toBe('Rated Good by Lead: Strong governance seen.');
    expect(overall).toMatchObject({ rating: 'Good', points: 8, maxPoints: 9 });
  });

  it('uses the latest override for a standard, and warns about ones it cannot use', () => {
    const { standards, warnings } = rateStandards(
      framework(),
      figures({ a1: [1, 1], a2: [1, 1], p1: [1, 1] }),
      [
        {
          standardId: '2.2',
          rating: 'Good',
          rationale: 'first',
          by: 'Lead',
          at: '2026-03-02T10:00:00Z',
        },
        {
          standardId: '2.2',
          rating: 'Inadequate',
          rationale: 'earlier',
          by: 'Lead',
          at: '2026-03-01T10:00:00Z',
        },
        {
          standardId: 'x',
          rating: 'Good',
          rationale: 'no',
          by: 'Lead',
          at: '2026-03-01T10:00:00Z',
        },
        {
          standardId: '9.9',
          rating: 'Good',
          rationale: 'no',
          by: 'Lead',
          at: '2026-03-01T10:00:00Z',
        },
        {
          standardId: '2.1',
          rating: 'Splendid',
          rationale: 'typo',
          by: 'Lead',
          at: '2026-03-01T10:00:00Z',
        },
      ],
    );
    expect(standards[1]!.override?.rationale).toBe('first');
    expect(standards[3]!.rating).toBeNull();
    expect(standards[0]).toMatchObject({ rating: 'Splendid', points: null });
    expect(warnings).toEqual([
      'The override for standard 2.1 gives "Splendid", which is not one of the framework\'s ratings, so it earns no points.',
      'The override for standard x is ignored: the framework says this standard is not rated.',
      'An override names standard 9.9, which this framework does not have.',
    ]);
  });
});

describe('bandFor and ratedPercent', () => {
  it('compares exactly without rounding, and the printed figure with half-up', () => {
    expect(bandFor(hmipRating(3, 'none'), 99, 200).rating).toBe('Inadequate');
    expect(bandFor(hmipRating(3, 'half-up'), 99, 200).rating).toBe('Requires improvement');
    expect(ratedPercent(hmipRating(3, 'none'), 99, 200)).toBe(49.5);
    expect(ratedPercent(hmipRating(3, 'half-up'), 99, 200)).toBe(50);
  });

  it('puts 100% in the top band', () => {
    expect(bandFor(hmipRating(3), 10, 10).rating).toBe('Outstanding');
    expect(bandFor(hmipRating(3), 0, 10).rating).toBe('Inadequate');
  });
});
