import { describe, expect, it } from 'vitest';
import { caseUsageOf, removalErrors, removalProblem } from '../../../../src/core';

const cases = [
  { areaId: 'north', stratumId: 'host', inspectorId: 'ap' },
  { areaId: 'north', stratumId: 'host', inspectorId: null },
  { areaId: 'north', stratumId: null, inspectorId: 'ap' },
  { areaId: 'south', stratumId: 'home', inspectorId: 'jm' },
];
const usage = caseUsageOf(cases);

const rows = {
  areas: [
    { id: 'north', name: 'Northtown' },
    { id: 'south', name: 'Southvale' },
    { id: 'east', name: 'Eastmoor' },
  ],
  strata: [
    { id: 'host', name: 'Host' },
    { id: 'home', name: 'Home' },
  ],
  team: [
    { id: 'ap', name: 'A. Patel', role: 'inspector' as const },
    { id: 'jm', name: 'J. Morgan', role: 'inspector' as const },
  ],
};

describe('how many cases use each row', () => {
  it('counts 4 cases: 3 in Northtown and 1 in Southvale, 2 host and 1 home, 2 for A. Patel', () => {
    expect(usage.total).toBe(4);
    expect([...usage.byArea]).toEqual([
      ['north', 3],
      ['south', 1],
    ]);
    expect([...usage.byStratum]).toEqual([
      ['host', 2],
      ['home', 1],
    ]);
    expect([...usage.byInspector]).toEqual([
      ['ap', 2],
      ['jm', 1],
    ]);
  });
});

describe('removing a row', () => {
  it('says how many cases keep an area, stratum or member, with agreeing words', () => {
    expect(removalProblem('area', 'Northtown', usage, 'north')).toBe(
      'Northtown cannot be removed: 3 cases are in this area',
    );
    expect(removalProblem('stratum', 'Home', usage, 'home')).toBe(
      'Home cannot be removed: 1 case is in this stratum',
    );
    expect(removalProblem('member', ' A. Patel ', usage, 'ap')).toBe(
      'A. Patel cannot be removed: 2 cases are assigned to them. Assign them to someone else first',
    );
    expect(removalProblem('member', '', usage, 'jm')).toBe(
      'This team member cannot be removed: 1 case is assigned to them. Assign it to someone else first',
    );
  });

  it('lets a row no case uses go', () => {
    expect(removalProblem('area', 'Eastmoor', usage, 'east')).toBeNull();
  });

  it('lists every used row a changed draft leaves out, and only those', () => {
    const errors = removalErrors(
      rows,
      {
        areas: rows.areas.filter((a) => a.id === 'north'),
        strata: rows.strata,
        team: rows.team.filter((m) => m.id !== 'jm'),
      },
      usage,
    );
    expect(errors).toEqual([
      { path: 'areas', message: 'Southvale cannot be removed: 1 case is in this area' },
      {
        path: 'team',
        message:
          'J. Morgan cannot be removed: 1 case is assigned to them. Assign it to someone else first',
      },
    ]);
  });
});
