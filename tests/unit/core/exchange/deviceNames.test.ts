import { describe, expect, it } from 'vitest';
import { buildWorkFile, deviceLabel, deviceNamesIn, teamFileText } from '../../../../src/core';
import { readTeamFile } from '../../../../src/core/exchange/teamFiles';
import { nodeSha256 } from '../../../fixtures/reportFixture';

const MADE = { exportedAt: '2026-03-02T17:00:00.000Z', appVersion: '0.1.0' };
const answer = {
  value: 'yes',
  note: '',
  rev: 1,
  at: '2026-03-02T10:00:00.000Z',
  by: 'ap',
  device: 'ap-laptop-0001',
};

function contents(devices?: Record<string, string>) {
  return {
    inspection: {
      id: 'insp-1',
      title: 'Thematic',
      framework: { id: 'team-test', version: '1.0.0' },
    },
    from: { inspectorId: 'ap', name: 'A. Patel', device: 'ap-laptop-0001' },
    cases: [],
    moderation: [],
    ...(devices ? { devices } : {}),
  };
}

describe('device names', () => {
  it('show a named device by its name, else "Device" and the start of its id', () => {
    const names = { 'ap-laptop-0001': 'Amira’s laptop' };
    expect(deviceLabel('ap-laptop-0001', 'lead-0002', names)).toBe('Amira’s laptop');
    expect(deviceLabel('0dd34d12-aaaa-bbbb', 'lead-0002', names)).toBe('Device 0dd34d12');
    expect(deviceLabel('lead-0002', 'lead-0002', names)).toBe('This device');
    expect(deviceLabel('constructor', null, names)).toBe('Device construc');
  });

  it('go into a file only for the devices it records, in order of id', () => {
    const known = { 'ap-laptop-0001': 'Amira’s laptop', 'elsewhere-9': 'Not in the file' };
    const kase = { answers: { q1: answer }, history: [{ ...answer, itemId: 'q1' }] };
    expect(deviceNamesIn({ cases: [kase] }, known)).toEqual({ 'ap-laptop-0001': 'Amira’s laptop' });
    expect(deviceNamesIn({ cases: [kase] }, {})).toBeUndefined();
  });

  it('files from before, without names, still read; files with names read them back', async () => {
    const before = await buildWorkFile(contents(), MADE, nodeSha256);
    expect('devices' in before).toBe(false);
    expect((await readTeamFile(teamFileText(before), nodeSha256)).status).toBe('ok');

    const named = await buildWorkFile(
      contents({ 'ap-laptop-0001': 'Amira’s laptop' }),
      MADE,
      nodeSha256,
    );
    const read = await readTeamFile(teamFileText(named), nodeSha256);
    if (read.status !== 'ok' || read.value.kind !== 'work') throw new Error('not read');
    expect(read.value.file.devices).toEqual({ 'ap-laptop-0001': 'Amira’s laptop' });
  });
});
