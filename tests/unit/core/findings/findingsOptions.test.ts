import { describe, expect, it } from 'vitest';
import {
  computeFindings,
  createTranslator,
  findingsCasesOf,
  findingsOptionsFor,
  joinCasesAndAnswers,
} from '../../../../src/core';
import { groupWords } from '../../../../src/core/findings/breakdownGroups';
import { groupNamesOf } from '../../../../src/core/findings/findingsOptions';
import { loadCatalogue } from '../../../../src/i18n/catalogues';
import { findingsFixture, findingsFramework } from '../../../fixtures/findingsFixture';

const fixture = findingsFixture();
const framework = findingsFramework();
const cases = findingsCasesOf(joinCasesAndAnswers(fixture.cases, fixture.answers).cases);
const override = {
  standardId: 'allocation',
  rating: 'Good',
  rationale: 'Allocation was slow only while the team was short of a manager.',
  by: 'R. Okafor',
  at: '2026-03-05T14:30:00.000Z',
};
const inspection = { ...fixture.inspection, ratingOverrides: [override] };

describe('the findings options for an inspection', () => {
  it('names groups as the inspection names its areas, strata and team', () => {
    expect(groupNamesOf(inspection)).toEqual({
      areas: [
        { id: 'north', name: 'North YOT' },
        { id: 'south', name: 'South YOT' },
      ],
      strata: [
        { id: 'host', name: 'Host' },
        { id: 'home', name: 'Home' },
      ],
      inspectors: [
        { id: 'lead', name: 'R. Okafor' },
        { id: 'ap', name: 'A. Patel' },
        { id: 'jm', name: 'J. Morgan' },
      ],
      words: groupWords(),
    });
    expect(groupWords()).toMatchObject({ noArea: 'No area', notAssigned: 'Not assigned' });
  });

  it('adds the names and the lead’s ratings to what the reader chose', () => {
    expect(
      findingsOptionsFor(inspection, { completeOnly: true, breakdownBy: 'inspector' }),
    ).toEqual({
      completeOnly: true,
      breakdownBy: 'inspector',
      names: groupNamesOf(inspection),
      ratingOverrides: [override],
    });
  });

  it('gives only the choices when there is no inspection', () => {
    expect(findingsOptionsFor(null, { completeOnly: false, confidence: 0.9 })).toEqual({
      completeOnly: false,
      confidence: 0.9,
      names: { words: groupWords() },
    });
  });

  it('names the groups no name fills in the translator’s language', async () => {
    const cy = createTranslator('cy', await loadCatalogue('cy'));
    // Three cases no one was assigned to make a group of their own, named last.
    const some = cases.map((c, i) => (i < 3 ? { ...c, inspectorId: null } : c));
    const result = computeFindings(
      framework,
      some,
      findingsOptionsFor(inspection, { breakdownBy: 'inspector' }, cy),
    );
    const groups = result.breakdown?.groups ?? [];
    expect(groups.at(-1)).toMatchObject({ key: '', label: 'Heb ei neilltuo', cases: 3 });
    expect(groups.map((g) => g.label)).not.toContain('Not assigned');
  });

  it('labels groups by name: 9 complete cases each for A. Patel and J. Morgan', () => {
    const result = computeFindings(
      framework,
      cases,
      findingsOptionsFor(inspection, { completeOnly: true, breakdownBy: 'inspector' }),
    );
    expect(result.breakdown?.groups.map((g) => [g.label, g.cases])).toEqual([
      ['A. Patel', 9],
      ['J. Morgan', 9],
    ]);
  });

  it('applies the lead’s rating, or leaves it out for the rating from the figures alone', () => {
    const allocation = (computedRatingsOnly: boolean) =>
      computeFindings(
        framework,
        cases,
        findingsOptionsFor(inspection, { completeOnly: true, computedRatingsOnly }),
      ).standards.find((s) => s.standardId === 'allocation');
    // 9 of 16 allocated promptly (56%): Requires improvement from the figures.
    expect(allocation(false)).toMatchObject({
      computedRating: 'Requires improvement',
      rating: 'Good',
      override: { rating: 'Good', by: 'R. Okafor' },
    });
    expect(allocation(true)).toMatchObject({
      computedRating: 'Requires improvement',
      rating: 'Requires improvement',
      override: null,
    });
  });
});
