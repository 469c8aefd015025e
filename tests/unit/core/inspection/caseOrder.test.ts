import { describe, expect, it } from 'vitest';
import {
  byRef,
  compareCodeUnits,
  compareRefsAsRead,
} from '../../../../src/core/inspection/caseOrder';

const refs = ['LAC-10', 'lac-3', 'LAC-2', 'LAC-1a'];

describe('the orders of cases', () => {
  it('lists draws and files by code units, the same in every locale', () => {
    expect([...refs].sort(compareCodeUnits)).toEqual(['LAC-10', 'LAC-1a', 'LAC-2', 'lac-3']);
    expect(refs.map((ref) => ({ ref })).sort(byRef)[0]).toEqual({ ref: 'LAC-10' });
  });

  it('lists cases on screens as people read them: LAC-2 before LAC-10, in any letter case', () => {
    expect([...refs].sort(compareRefsAsRead)).toEqual(['LAC-1a', 'LAC-2', 'lac-3', 'LAC-10']);
  });
});
