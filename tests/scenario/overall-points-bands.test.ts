import { describe, expect, it } from 'vitest';
import type { Question, Standard } from '../../src/core';
import { hmipRating, judgement, minimalFramework } from '../fixtures/frameworkBuilder';
import { AuditScenario } from './auditScenario';

/** Twelve standards with one key question each, as in the 2018 HMIP youth framework. */
function twelveStandards() {
  const standards: Standard[] = Array.from({ length: 12 }, (_, i) => ({
    id: `st${i + 1}`,
    title: `Standard ${i + 1}`,
    questions: [judgement(`k${i + 1}`, { key: true }) as Question],
  }));
  return minimalFramework({
    sections: [{ id: 's', title: 'Case supervision', standards }],
    rating: hmipRating(12),
  });
}

/** Scores each standard's key question at the given points (0–3) by a percentage in its band. */
function overallFor(points: number[]) {
  const share = [40, 60, 70, 90]; // % sufficient for 0, 1, 2, 3 points
  const scenario = AuditScenario.withFramework(twelveStandards());
  for (let yes = 0; yes < 10; yes++) {
    const values: Record<string, string> = {};
    points.forEach((p, i) => {
      values[`k${i + 1}`] = yes < share[p]! / 10 ? 'yes' : 'no';
    });
    scenario.answer(1, values);
  }
  return scenario.findings().overall!;
}

describe('overall rating from the sum of standard points (12 standards, 0–36)', () => {
  const cases: [number[], number, string][] = [
    [[0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1], 6, 'Inadequate'],
    [[0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1], 7, 'Requires improvement'],
    [[1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2], 18, 'Requires improvement'],
    [[1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2], 19, 'Good'],
    [[2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3], 30, 'Good'],
    [[2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3], 31, 'Outstanding'],
  ];
  for (const [points, sum, rating] of cases) {
    it(`${sum} points is ${rating}`, () => {
      const overall = overallFor(points);
      expect([overall.points, overall.maxPoints, overall.rating]).toEqual([sum, 36, rating]);
    });
  }
});
