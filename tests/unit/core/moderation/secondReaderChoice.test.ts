/** Which cases can be chosen for a second reading, who reads a case ticked by hand, and why not. */
import { describe, expect, it } from 'vitest';
import {
  moderationCandidates,
  nextReader,
  secondReadingProblem,
} from '../../../../src/core/moderation/chooseModerationCases';

const cases = [
  { id: 'c1', ref: 'LAC-01-01', status: 'complete', inspectorId: 'ap' },
  { id: 'c2', ref: 'LAC-01-02', status: 'in-progress', inspectorId: 'ap' },
  { id: 'c3', ref: 'LAC-01-03', status: 'complete', inspectorId: 'jm' },
  { id: 'c4', ref: 'LAC-01-04', status: 'moderated', inspectorId: 'jm' },
  { id: 'c5', ref: 'LAC-01-05', status: 'complete', inspectorId: null },
] as const;

describe('moderationCandidates', () => {
  it('offers the complete cases not chosen already: c1 and c5 when c3 is chosen', () => {
    const candidates = moderationCandidates(cases, [{ caseId: 'c3' }]);
    expect(candidates.map((c) => c.id)).toEqual(['c1', 'c5']);
  });

  it('offers nothing once every complete case is chosen', () => {
    const chosen = [{ caseId: 'c1' }, { caseId: 'c3' }, { caseId: 'c5' }];
    expect(moderationCandidates(cases, chosen)).toEqual([]);
  });
});

describe('nextReader', () => {
  const readers = ['ro', 'ap', 'jm'];

  it('gives a case ticked by hand to the reader with the fewest cases, never its inspector', () => {
    // ro has two, ap one, jm none: a case of jm's goes to ap, the least loaded but for jm.
    const chosen = new Map([
      ['c1', 'ro'],
      ['c2', 'ro'],
      ['c3', 'ap'],
    ]);
    expect(nextReader(chosen, readers, 'jm')).toBe('ap');
    expect(nextReader(chosen, readers, 'ap')).toBe('jm');
  });

  it('takes the first in the team’s order on a tie', () => {
    expect(nextReader(new Map(), readers, null)).toBe('ro');
    expect(nextReader(new Map(), readers, 'ro')).toBe('ap');
  });

  it('is empty when only the case’s own inspector could read it', () => {
    expect(nextReader(new Map(), ['ap'], 'ap')).toBe('');
  });
});

describe('secondReadingProblem', () => {
  const team = [{ id: 'ro' }, { id: 'ap' }, { id: 'jm' }];
  const complete = cases[0];

  it('accepts a complete case for a team member other than its inspector', () => {
    expect(secondReadingProblem(complete, false, 'jm', team)).toBeNull();
  });

  it('says why a case cannot be read a second time', () => {
    expect(secondReadingProblem(cases[1], false, 'jm', team)).toBe(
      'Case LAC-01-02 is not marked complete',
    );
    expect(secondReadingProblem(complete, true, 'jm', team)).toBe(
      'Case LAC-01-01 already has a second reading',
    );
    expect(secondReadingProblem(complete, false, 'ap', team)).toBe(
      'Case LAC-01-01 needs a second reader other than its own inspector',
    );
    expect(secondReadingProblem(complete, false, 'zz', team)).toBe(
      'Choose a second reader for case LAC-01-01',
    );
  });

  it('takes any reader for an inspection without a team', () => {
    expect(secondReadingProblem(complete, false, 'Sam B', [])).toBeNull();
  });
});
