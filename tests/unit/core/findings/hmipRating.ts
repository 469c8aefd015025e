/** The rating rules of SPEC §4.6 (HMIP, reconstructed) for inline frameworks in tests. */
import type { RatingRules } from '../../../../src/core';

export function hmipRating(
  standards: number,
  rounding: RatingRules['rounding'] = 'none',
): RatingRules {
  return {
    bands: [
      { label: 'Minority', minPercent: 0, maxPercent: 50, rating: 'Inadequate', points: 0 },
      {
        label: 'Too few',
        minPercent: 50,
        maxPercent: 65,
        rating: 'Requires improvement',
        points: 1,
      },
      { label: 'Reasonable majority', minPercent: 65, maxPercent: 80, rating: 'Good', points: 2 },
      {
        label: 'Large majority',
        minPercent: 80,
        maxPercent: 100,
        rating: 'Outstanding',
        points: 3,
      },
    ],
    rounding,
    standardRule: 'lowest-key-question',
    overall: {
      rule: 'sum-of-points',
      bands:
        standards === 12
          ? [
              { minPoints: 0, maxPoints: 6, rating: 'Inadequate' },
              { minPoints: 7, maxPoints: 18, rating: 'Requires improvement' },
              { minPoints: 19, maxPoints: 30, rating: 'Good' },
              { minPoints: 31, maxPoints: 36, rating: 'Outstanding' },
            ]
          : [
              { minPoints: 0, maxPoints: standards, rating: 'Inadequate' },
              { minPoints: standards + 1, maxPoints: 3 * standards, rating: 'Good' },
            ],
    },
  };
}
