import { describe, expect, it } from 'vitest';
import {
  canOverride,
  checkOverride,
  overrideInForce,
  type RatingOverride,
  ratingChoices,
  withOverride,
} from '../../../../src/core';
import { overridesInForce } from '../../../../src/core/findings/ratingOverride';
import { findingsFramework } from '../../../fixtures/findingsFixture';
import { minimalFramework } from '../../../fixtures/frameworkBuilder';

const draft = {
  standardId: 'assessment',
  rating: 'Good',
  rationale: 'Assessments were timely but rarely analysed the impact of being looked after.',
  by: 'R. Okafor',
};

describe('rating overrides', () => {
  it('offers the framework’s ratings, best first', () => {
    expect(ratingChoices(findingsFramework())).toEqual([
      'Outstanding',
      'Good',
      'Requires improvement',
      'Inadequate',
    ]);
    expect(ratingChoices(minimalFramework())).toEqual([]);
    expect(canOverride(minimalFramework(), 'st1')).toBe(false);
  });

  it('lets the lead change a rated standard, and no standard the framework lacks', () => {
    expect(canOverride(findingsFramework(), 'assessment')).toBe(true);
    expect(canOverride(findingsFramework(), 'nope')).toBe(false);
  });

  it('finds nothing wrong with a rating, a reason and a name', () => {
    expect(checkOverride(findingsFramework(), draft)).toEqual([]);
  });

  it('names every missing part in the order of the form', () => {
    expect(
      checkOverride(findingsFramework(), { ...draft, rating: 'Excellent', rationale: ' ', by: '' }),
    ).toEqual([
      { path: 'rating', message: 'Choose the rating for this standard' },
      {
        path: 'rationale',
        message: 'Enter the reason for this rating: it is shown wherever the rating is',
      },
      { path: 'by', message: 'Choose who is setting this rating' },
    ]);
  });

  it('takes a reason of 5,000 characters and refuses 5,001', () => {
    const framework = findingsFramework();
    expect(checkOverride(framework, { ...draft, rationale: 'x'.repeat(5_000) })).toEqual([]);
    expect(checkOverride(framework, { ...draft, rationale: 'x'.repeat(5_001) })).toEqual([
      { path: 'rationale', message: 'The reason must be 5,000 characters or fewer' },
    ]);
  });

  it('says only that a standard with no rating cannot be changed', () => {
    expect(checkOverride(minimalFramework(), { ...draft, standardId: 'st1', by: '' })).toEqual([
      { path: 'standardId', message: 'This standard is not rated, so it has no rating to change' },
    ]);
  });

  it('keeps one override per standard: a new one replaces the old, others stay', () => {
    const at = '2026-03-05T14:30:00.000Z';
    const first: RatingOverride = { ...draft, at };
    const other: RatingOverride = { ...draft, standardId: 'allocation', rating: 'Inadequate', at };
    const again: RatingOverride = { ...draft, rating: 'Outstanding', at };
    expect(withOverride([first, other], again)).toEqual([other, again]);
  });
});

describe('the override in force', () => {
  const at = (time: string) => `2026-03-05T${time}:00.000Z`;
  const override = (standardId: string, rating: string, time: string): RatingOverride => ({
    standardId,
    rating,
    rationale: 'Plans were rarely reviewed.',
    by: 'R. Okafor',
    at: at(time),
  });

  it('is the latest by time, whatever the order stored', () => {
    const overrides = [
      override('assessment', 'Good', '11:00'),
      override('assessment', 'Inadequate', '09:00'),
      override('planning', 'Outstanding', '10:00'),
    ];
    expect(overrideInForce(overrides, 'assessment')?.rating).toBe('Good');
    expect(overrideInForce(overrides, 'planning')?.rating).toBe('Outstanding');
    expect(overrideInForce(overrides, 'review')).toBeNull();
  });

  it('of two made at the same moment, the later in the list', () => {
    const overrides = [
      override('assessment', 'Good', '11:00'),
      override('assessment', 'Requires improvement', '11:00'),
    ];
    expect(overrideInForce(overrides, 'assessment')?.rating).toBe('Requires improvement');
    expect(overridesInForce(overrides).get('assessment')?.rating).toBe('Requires improvement');
  });
});
