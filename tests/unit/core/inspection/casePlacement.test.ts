import { describe, expect, it } from 'vitest';
import {
  assignmentErrors,
  casesToAssign,
  drawnOutsideErrors,
  newCasesFrom,
  type PopulationEntry,
  placementErrors,
  splitRepeatedRefs,
} from '../../../../src/core';

describe('references already used', () => {
  it('keeps new references and lists repeats, in any letter case, within the list too', () => {
    const taken = new Set(['lac-01-01']);
    const { fresh, repeated } = splitRepeatedRefs(
      [{ ref: 'LAC-01-01' }, { ref: ' LAC-01-02 ' }, { ref: 'lac-01-02' }, { ref: 'LAC-01-03' }],
      taken,
    );
    expect(fresh.map((c) => c.ref)).toEqual([' LAC-01-02 ', 'LAC-01-03']);
    expect(repeated).toEqual(['LAC-01-01', 'lac-01-02']);
  });
});

describe('where new cases sit', () => {
  const inspection = {
    areas: [{ id: 'north', name: 'Northtown' }],
    strata: [{ id: 'host', name: 'Host' }],
    team: [{ id: 'ap', name: 'A. Patel', role: 'inspector' as const }],
  };

  it('refuses an area, stratum or inspector the inspection no longer has, one error each', () => {
    const errors = placementErrors(inspection, [
      { ref: 'LAC-01-01', areaId: 'north', stratumId: 'host', inspectorId: 'ap' },
      { ref: 'LAC-01-02', areaId: 'south', stratumId: 'home', inspectorId: 'jm' },
      { ref: 'LAC-01-03', areaId: 'north', stratumId: null, inspectorId: null },
    ]);
    expect(errors).toEqual([
      { path: 'LAC-01-02', message: 'LAC-01-02: its area is no longer in this inspection' },
      { path: 'LAC-01-02', message: 'LAC-01-02: its stratum is no longer in this inspection' },
      { path: 'LAC-01-02', message: 'LAC-01-02: its inspector is no longer in the team' },
    ]);
  });
});

describe('cases from a case list or a drawn sample', () => {
  const entries: PopulationEntry[] = [
    { ref: 'LAC-01-01', areaId: 'north', stratumId: 'host', profile: { age: 15 }, row: 2 },
    { ref: 'LAC-01-02', areaId: 'north', stratumId: null, profile: {}, row: 3 },
  ];

  it('makes each entry a case with no inspector, in the role asked for', () => {
    expect(newCasesFrom(entries)).toEqual([
      {
        ref: 'LAC-01-01',
        areaId: 'north',
        stratumId: 'host',
        inspectorId: null,
        profile: { age: 15 },
      },
      { ref: 'LAC-01-02', areaId: 'north', stratumId: null, inspectorId: null, profile: {} },
    ]);
    expect(newCasesFrom(entries, 'reserve').map((c) => c.role)).toEqual(['reserve', 'reserve']);
  });

  it('refuses a sample with cases in areas the inspection no longer has, counting them', () => {
    const inspection = { areas: [{ id: 'north', name: 'Northtown' }] };
    expect(drawnOutsideErrors(inspection, [{ areaId: 'north' }])).toEqual([]);
    expect(drawnOutsideErrors(inspection, [{ areaId: 'south' }, { areaId: 'north' }])).toEqual([
      {
        path: 'sample',
        message: '1 drawn case is in areas no longer in this inspection: draw the sample again',
      },
    ]);
    expect(
      drawnOutsideErrors(inspection, [{ areaId: 'south' }, { areaId: 'east' }])[0]?.message,
    ).toBe('2 drawn cases are in areas no longer in this inspection: draw the sample again');
  });
});

describe('assigning cases', () => {
  const inspection = { team: [{ id: 'ap', name: 'A. Patel', role: 'inspector' as const }] };

  it('allows a team member or no one, and refuses someone no longer in the team', () => {
    expect(assignmentErrors(inspection, ['ap', null])).toEqual([]);
    expect(assignmentErrors(inspection, ['ap', 'jm'])).toEqual([
      { path: 'inspector', message: 'That person is no longer in the team' },
    ]);
  });
});

describe('assigning cases in bulk', () => {
  const cases = [
    { ref: 'N-1', areaId: 'north', stratumId: 'host', inspectorId: null, role: 'sample' },
    { ref: 'N-2', areaId: 'north', stratumId: 'home', inspectorId: 'ap', role: 'sample' },
    { ref: 'N-3', areaId: 'north', stratumId: 'host', inspectorId: null, role: 'reserve' },
    { ref: 'S-1', areaId: 'south', stratumId: 'host', inspectorId: null, role: 'sample' },
  ] as const;
  const refs = (list: readonly { ref: string }[]) => list.map((c) => c.ref);
  const every = { areaId: '', stratumId: '', onlyUnassigned: false, withReserves: false };

  it('leaves reserves out unless asked for', () => {
    expect(refs(casesToAssign(cases, every))).toEqual(['N-1', 'N-2', 'S-1']);
    expect(refs(casesToAssign(cases, { ...every, withReserves: true }))).toEqual([
      'N-1',
      'N-2',
      'N-3',
      'S-1',
    ]);
  });

  it('takes an area and a stratum, and only cases not assigned when asked', () => {
    expect(refs(casesToAssign(cases, { ...every, areaId: 'north' }))).toEqual(['N-1', 'N-2']);
    expect(refs(casesToAssign(cases, { ...every, stratumId: 'host' }))).toEqual(['N-1', 'S-1']);
    expect(refs(casesToAssign(cases, { ...every, areaId: 'north', onlyUnassigned: true }))).toEqual(
      ['N-1'],
    );
  });
});
