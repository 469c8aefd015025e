import { describe, expect, it } from 'vitest';
import type { TeamMember } from '../../../../src/core';
import { leadActionBy, memberName } from '../../../../src/core/inspection/teamMember';

const TEAM: TeamMember[] = [
  { id: 'ap', name: 'A. Patel', role: 'inspector' },
  { id: 'ro', name: 'R. Okafor', role: 'lead' },
  { id: 'jm', name: 'J. Morgan', role: 'lead' },
];

describe('memberName', () => {
  it('names a member by id: "ro" is R. Okafor', () => {
    expect(memberName(TEAM, 'ro')).toBe('R. Okafor');
  });

  it('shows an id the team no longer has, or a typed name, as it is', () => {
    expect(memberName(TEAM, 'old-member')).toBe('old-member');
    expect(memberName([], 'Sam B')).toBe('Sam B');
  });
});

describe('leadActionBy', () => {
  it('records the person scoring on this device when one is known', () => {
    expect(leadActionBy(TEAM, 'ap')).toBe('ap');
  });

  it('else the team’s first lead: R. Okafor before J. Morgan', () => {
    expect(leadActionBy(TEAM)).toBe('ro');
    expect(leadActionBy(TEAM, null)).toBe('ro');
    expect(leadActionBy(TEAM, undefined)).toBe('ro');
  });

  it('is empty for a team without a lead and nobody scoring', () => {
    expect(leadActionBy([])).toBe('');
    expect(leadActionBy([{ id: 'ap', name: 'A. Patel', role: 'inspector' }])).toBe('');
  });
});
