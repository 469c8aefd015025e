/** What the inspection file and a pack check alike of what they carry. */
import { describe, expect, it } from 'vitest';
import { indexFramework } from '../../../../src/core';
import {
  filedPlacementErrors,
  pinnedFrameworkErrors,
} from '../../../../src/core/exchange/fileContents';
import { filedItemErrors } from '../../../../src/core/exchange/inspectionFile';
import { missingPlaces } from '../../../../src/core/inspection/casePlacement';
import { caseWith, entry, INSPECTION, minute, TEAM_FRAMEWORK } from '../../../fixtures/teamFixture';

const kase = { areaId: 'north', stratumId: 'host', inspectorId: 'ap' };

describe('where a case sits', () => {
  it('names the places the inspection lacks; no stratum and no one are always allowed', () => {
    const missing = missingPlaces(INSPECTION);
    expect(missing(kase)).toEqual([]);
    expect(missing({ areaId: 'north', stratumId: null, inspectorId: null })).toEqual([]);
    expect(missing({ areaId: 'east', stratumId: 'abroad', inspectorId: 'zz' })).toEqual([
      'areaId',
      'stratumId',
      'inspectorId',
    ]);
  });

  it('says so at the case’s place in the file', () => {
    const misplaced = filedPlacementErrors(INSPECTION);
    expect(misplaced({ ...kase, areaId: 'east', inspectorId: 'zz' }, 'cases[4]')).toEqual([
      { path: 'cases[4].areaId', message: '"east" is not an area of the inspection' },
      { path: 'cases[4].inspectorId', message: '"zz" is not in the inspection’s team' },
    ]);
  });
});

describe('the framework a file carries', () => {
  it('is the version the inspection is pinned to', () => {
    expect(pinnedFrameworkErrors(TEAM_FRAMEWORK, INSPECTION, 'pack')).toEqual([]);
    const other = { ...TEAM_FRAMEWORK, version: '9.0.0' };
    expect(pinnedFrameworkErrors(other, INSPECTION, 'pack')).toEqual([
      {
        path: 'framework',
        message:
          'is team-test@9.0.0, but the inspection is pinned to team-test@1.0.0: the pack does not hold the framework its answers are given against',
      },
    ]);
  });

  it('is a sound framework, its problems named inside it', () => {
    const section = TEAM_FRAMEWORK.sections[0]!;
    const broken = { ...TEAM_FRAMEWORK, sections: [{ ...section, standards: [] }] };
    expect(pinnedFrameworkErrors(broken, INSPECTION, 'file')).toEqual([
      {
        path: 'framework.sections[0].standards',
        message: 'section "s1" is empty: it needs at least one standard',
      },
    ]);
  });
});

describe('the items a filed case answers', () => {
  const index = indexFramework(TEAM_FRAMEWORK);
  const change = (itemId: string, value: string) =>
    entry(itemId, { value, rev: 1, at: minute(1), device: 'ap-laptop' });

  it('names answers and history entries to items the framework does not have', () => {
    const kase = caseWith(1, [
      change('q1', 'yes'),
      change('gone', 'yes'),
      change('#status', 'complete'),
    ]);
    expect(filedItemErrors(index, kase, 'cases[0]', { values: false })).toEqual([
      {
        path: 'cases[0].answers.gone',
        message: 'is not a question or profile field of team-test@1.0.0',
      },
      {
        path: 'cases[0].history[1].itemId',
        message: '"gone" is not a question or profile field of team-test@1.0.0',
      },
    ]);
  });

  it('checks each answer against its item when asked', () => {
    const kase = caseWith(1, [change('q1', 'perhaps')]);
    expect(filedItemErrors(index, kase, 'cases[0]', { values: false })).toEqual([]);
    expect(filedItemErrors(index, kase, 'cases[0]', { values: true })).toEqual([
      {
        path: 'cases[0].answers.q1.value',
        message: expect.stringContaining('(case LAC-01-01) is not an answer this item accepts'),
      },
    ]);
  });
});
