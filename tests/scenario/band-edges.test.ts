import { describe, expect, it } from 'vitest';
import type { RatingRules } from '../../src/core';
import { hmipRating, minimalFramework } from '../fixtures/frameworkBuilder';
import { AuditScenario } from './auditScenario';

/** The standard's rating when its one key question has `positive` of `base` sufficient. */
function ratingAt(positive: number, base: number, rounding: RatingRules['rounding']) {
  return AuditScenario.withFramework(minimalFramework({ rating: hmipRating(1, rounding) }))
    .answer(positive, { q1: 'yes' })
    .answer(base - positive, { q1: 'no' })
    .standard('st1').rating;
}

describe('band edges (50 / 65 / 80%)', () => {
  const edges: [string, number, number, string, string][] = [
    // figure, positive, base, exact ("none"), printed whole percent ("half-up")
    ['49.5%', 99, 200, 'Inadequate', 'Requires improvement'],
    ['50%', 100, 200, 'Requires improvement', 'Requires improvement'],
    ['64.9%', 649, 1000, 'Requires improvement', 'Good'],
    ['65%', 13, 20, 'Good', 'Good'],
    ['79.5%', 159, 200, 'Good', 'Outstanding'],
    ['80%', 16, 20, 'Outstanding', 'Outstanding'],
    ['64.4%', 644, 1000, 'Requires improvement', 'Requires improvement'],
  ];
  for (const [figure, positive, base, exact, printed] of edges) {
    it(`${figure}: ${exact} without rounding, ${printed} rounded half up`, () => {
      expect(ratingAt(positive, base, 'none')).toBe(exact);
      expect(ratingAt(positive, base, 'half-up')).toBe(printed);
    });
  }
});
