import { describe, expect, it } from 'vitest';
import type { ItemFinding } from '../../../../src/core';
import { hasSmallBase, isSmallBase } from '../../../../src/core/findings/printedFigure';

/** Only the fields the small-base rule reads. */
const finding = (fields: object) => fields as ItemFinding;
const threshold = (base: number) => ({ above: 3, label: 'more than 3', count: 1, base });

describe('the small-base mark', () => {
  it('marks a base of 1 to 9, never an empty base or one of 10', () => {
    expect([0, 1, 9, 10].map(isSmallBase)).toEqual([false, true, true, false]);
  });

  it('marks a proportion or multichoice finding by its base', () => {
    expect(hasSmallBase(finding({ type: 'proportion', base: 9 }))).toBe(true);
    expect(hasSmallBase(finding({ type: 'multichoice', base: 12 }))).toBe(false);
  });

  it('marks a number finding by its count of values, or by any threshold’s base', () => {
    const summary = (n: number) => ({ n, mean: 2, median: 2, min: 1, max: 4 });
    expect(hasSmallBase(finding({ type: 'number', summary: summary(6), thresholds: [] }))).toBe(
      true,
    );
    expect(
      hasSmallBase(
        finding({
          type: 'number',
          summary: summary(40),
          thresholds: [threshold(40), threshold(8)],
        }),
      ),
    ).toBe(true);
    expect(hasSmallBase(finding({ type: 'number', summary: null, thresholds: [] }))).toBe(false);
  });

  it('never marks a date or text item, which has no figure', () => {
    expect(hasSmallBase(finding({ type: 'answered', answered: 3 }))).toBe(false);
  });
});
