import { expect, it } from 'vitest';
import { hmipRating, minimalFramework } from '../fixtures/frameworkBuilder';
import { AuditScenario } from './auditScenario';

it('applies a lead’s override, marks it overridden and keeps the computed rating and rationale', () => {
  const scenario = AuditScenario.withFramework(minimalFramework({ rating: hmipRating(1) }))
    .answer(12, { q1: 'yes' })
    .answer(8, { q1: 'no' });
  const override = {
    standardId: 'st1',
    rating: 'Good',
    rationale: 'Eight of the no answers were transfers outside the period reviewed.',
    by: 'Lead inspector',
    at: '2026-03-04T16:00:00.000Z',
  };
  const result = scenario.findings({ ratingOverrides: [override] });
  const standard = result.standards[0]!;
  expect(standard).toMatchObject({
    rating: 'Good',
    points: 2,
    computedRating: 'Requires improvement',
    computedPoints: 1,
    override: {
      rating: 'Good',
      points: 2,
      rationale: override.rationale,
      by: 'Lead inspector',
      at: override.at,
    },
  });
  expect(standard.note).toBe(
    'Overridden by Lead inspector: Requires improvement from the figures, changed to Good. Rationale: Eight of the no answers were transfers outside the period reviewed.',
  );
  // The overall rating uses the overridden points.
  expect(result.overall).toMatchObject({ points: 2 });
  // Breakdown cells show the figures' own ratings: overrides are for the whole inspection.
  const cell = scenario.findings({ ratingOverrides: [override], breakdownBy: 'area' }).breakdown!
    .groups[0]!;
  expect(cell.standards[0]).toMatchObject({ rating: 'Requires improvement', override: null });
});
