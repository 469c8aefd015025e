import { describe, expect, it } from 'vitest';
import { numberWithUnit, unitForOne } from '../../../../src/core/phrasing/numberWithUnit';

describe('a number with its unit', () => {
  it('says "1 placement", "1 move" and "1 mile", and the framework’s plural otherwise', () => {
    expect(numberWithUnit(1, 'placements')).toBe('1 placement');
    expect(numberWithUnit(1, 'moves')).toBe('1 move');
    expect(numberWithUnit(1, 'miles')).toBe('1 mile');
    expect(numberWithUnit(0, 'placements')).toBe('0 placements');
    expect(numberWithUnit(3, 'moves')).toBe('3 moves');
    expect(numberWithUnit(2.5, 'years')).toBe('2.5 years');
    expect(numberWithUnit(1250, 'miles')).toBe('1,250 miles');
  });

  it('makes the form for one of the built-in frameworks’ units, and leaves others alone', () => {
    const units = ['years', 'changes', 'meetings', 'episodes', 'offences', 'convictions'];
    expect(units.map(unitForOne)).toEqual([
      'year',
      'change',
      'meeting',
      'episode',
      'offence',
      'conviction',
    ]);
    expect(unitForOne('entries')).toBe('entry');
    expect(unitForOne('days')).toBe('day');
    expect(unitForOne('matches')).toBe('match');
    expect(unitForOne('kg')).toBe('kg');
    expect(unitForOne('status')).toBe('status');
  });
});
