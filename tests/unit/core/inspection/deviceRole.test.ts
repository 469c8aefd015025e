/**
 * What a device is for an inspection: the lead's where it was set up or moved whole, an
 * inspector's where a pack from another device brought it, with whoever scores there.
 */
import { describe, expect, it } from 'vitest';
import { deviceRoleOf, type TeamMember } from '../../../../src/core';
import type { DeviceFacts } from '../../../../src/core/inspection/deviceRole';

const TEAM: TeamMember[] = [
  { id: 'ro', name: 'R. Okafor', role: 'lead' },
  { id: 'ap', name: 'A. Patel', role: 'inspector' },
  { id: 'jm', name: 'J. Morgan', role: 'inspector' },
];
const inspection = { team: TEAM };
const HERE = 'this-laptop';
const LEAD_LAPTOP = 'lead-laptop';

function facts(partial: Partial<DeviceFacts>): DeviceFacts {
  return { thisDevice: HERE, filesOpened: [], scorer: null, ...partial };
}

describe('deviceRoleOf', () => {
  it('is the lead’s device for an inspection set up here: no file brought it', () => {
    expect(deviceRoleOf(inspection, facts({ scorer: 'ro' }))).toEqual({
      role: 'lead',
      how: 'set-up-here',
    });
  });

  it('stays the lead’s device when inspectors’ work is merged into it', () => {
    const role = deviceRoleOf(
      inspection,
      facts({
        filesOpened: [
          { kind: 'work', madeOn: 'ap-laptop' },
          { kind: 'work', madeOn: 'jm-laptop' },
        ],
      }),
    );
    expect(role).toEqual({ role: 'lead', how: 'set-up-here' });
  });

  it('is the lead’s device for an inspection moved here as a whole inspection file', () => {
    expect(
      deviceRoleOf(inspection, facts({ filesOpened: [{ kind: 'inspection', madeOn: null }] })),
    ).toEqual({ role: 'lead', how: 'inspection-file' });
  });

  it('is an inspector’s device for an inspection a pack from the lead’s device brought', () => {
    const role = deviceRoleOf(
      inspection,
      facts({ filesOpened: [{ kind: 'pack', madeOn: LEAD_LAPTOP }], scorer: 'ap' }),
    );
    expect(role).toEqual({ role: 'inspector', member: TEAM[1] });
  });

  it('stays an inspector’s device after newer packs and second readings come in', () => {
    const role = deviceRoleOf(
      inspection,
      facts({
        filesOpened: [
          { kind: 'pack', madeOn: LEAD_LAPTOP },
          { kind: 'pack', madeOn: LEAD_LAPTOP },
        ],
        scorer: 'jm',
      }),
    );
    expect(role).toEqual({ role: 'inspector', member: TEAM[2] });
  });

  it('knows nobody yet on a device opened from a pack for everyone, until someone says who they are', () => {
    const pack = { filesOpened: [{ kind: 'pack', madeOn: LEAD_LAPTOP }] } as const;
    expect(deviceRoleOf(inspection, facts(pack))).toEqual({ role: 'inspector', member: null });
    expect(deviceRoleOf(inspection, facts({ ...pack, scorer: 'Someone typed' }))).toEqual({
      role: 'inspector',
      member: null,
    });
  });

  it('follows whoever scores here now, on a laptop shared by two inspectors', () => {
    const pack = { filesOpened: [{ kind: 'pack', madeOn: LEAD_LAPTOP }] } as const;
    expect(deviceRoleOf(inspection, facts({ ...pack, scorer: 'ap' }))).toMatchObject({
      member: { name: 'A. Patel' },
    });
    expect(deviceRoleOf(inspection, facts({ ...pack, scorer: 'jm' }))).toMatchObject({
      member: { name: 'J. Morgan' },
    });
  });

  it('is still the lead’s device when the lead opens a pack made on this very device', () => {
    expect(
      deviceRoleOf(inspection, facts({ filesOpened: [{ kind: 'pack', madeOn: HERE }] })),
    ).toEqual({ role: 'lead', how: 'set-up-here' });
  });

  it('is the lead’s device when the inspection came whole, whatever packs came after', () => {
    const role = deviceRoleOf(
      inspection,
      facts({
        filesOpened: [
          { kind: 'inspection', madeOn: null },
          { kind: 'pack', madeOn: LEAD_LAPTOP },
        ],
      }),
    );
    expect(role).toEqual({ role: 'lead', how: 'inspection-file' });
  });
});
