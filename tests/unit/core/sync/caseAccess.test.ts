/**
 * What each role may receive of each case from a team server: the lead everything, an
 * inspector (or a local assessor) their own cases and their second readings blind, a second
 * reader their second readings blind and nothing else.
 */
import { describe, expect, it } from 'vitest';
import { caseAccess } from '../../../../src/core/sync/caseAccess';
import { TEAM_ROLES } from '../../../../src/core/teamServer/accountSchemas';
import { READING, SYNC_CASES } from '../../../fixtures/syncFixture';
import { caseRecord } from '../../../fixtures/teamFixture';

// Case 1 A. Patel's, 2 and 3 J. Morgan's (3 second-read by A. Patel), 4 nobody's yet.
const cases = [...SYNC_CASES, caseRecord(4, { inspectorId: null })];
const readings = [READING];

function accessOf(
  role: 'lead' | 'inspector' | 'second-reader' | 'local-assessor',
  memberId: string,
) {
  return Object.fromEntries(caseAccess({ role, memberId }, cases, readings));
}

describe('caseAccess', () => {
  it('gives a lead every case whole', () => {
    expect(accessOf('lead', 'lead')).toEqual({
      'case-1': 'full',
      'case-2': 'full',
      'case-3': 'full',
      'case-4': 'full',
    });
  });

  it('gives an inspector their own cases whole and the cases they second-read blind', () => {
    expect(accessOf('inspector', 'ap')).toEqual({
      'case-1': 'full',
      'case-2': 'none',
      'case-3': 'blind',
      'case-4': 'none',
    });
    // J. Morgan is case 3's first reader: whole, as their own.
    expect(accessOf('inspector', 'jm')).toEqual({
      'case-1': 'none',
      'case-2': 'full',
      'case-3': 'full',
      'case-4': 'none',
    });
  });

  it('gives a second reader only the cases they read, blind, even one assigned to them', () => {
    expect(accessOf('second-reader', 'ap')).toEqual({
      'case-1': 'none',
      'case-2': 'none',
      'case-3': 'blind',
      'case-4': 'none',
    });
    expect(accessOf('second-reader', 'jm')).toEqual({
      'case-1': 'none',
      'case-2': 'none',
      'case-3': 'none',
      'case-4': 'none',
    });
  });

  it('gives a local assessor in a self-audit what an inspector gets', () => {
    expect(accessOf('local-assessor', 'ap')).toEqual(accessOf('inspector', 'ap'));
  });

  it('keeps a case blind to its second reader once the reading is finished or decided', () => {
    for (const status of ['read', 'decided'] as const) {
      const done = { ...READING, data: { ...READING.data, status } };
      const access = caseAccess({ role: 'inspector', memberId: 'ap' }, cases, [done]);
      expect(access.get('case-3')).toBe('blind');
    }
  });

  it('knows four roles, and an administrator is not one of them', () => {
    expect(TEAM_ROLES).toEqual(['lead', 'inspector', 'second-reader', 'local-assessor']);
  });
});
