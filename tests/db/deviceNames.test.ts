/**
 * A device's name travels with its work: named on the inspector's laptop, written into the work
 * file beside the device id, learned by the lead's device when the file is merged.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { saveAnswer } from '../../src/db/cases/answerWriter';
import { database, useDatabase } from '../../src/db/connection';
import {
  deviceId,
  forgetDeviceId,
  knownDeviceNames,
  setDeviceName,
} from '../../src/db/device/identityStore';
import { makeWork } from '../../src/db/exchange/teamExport';
import { devices, leadInspection, MADE, merge, on, packText, ready } from '../fixtures/teamDb';

afterEach(() => {
  forgetDeviceId();
  useDatabase(null);
});

async function answerHere(caseId: string, value: string): Promise<string> {
  const here = await deviceId();
  const outcome = await saveAnswer({
    caseId,
    itemId: 'q1',
    patch: { value },
    base: { value: null, note: '', rev: 0 },
    by: 'ap',
    device: here,
  });
  if (outcome.status !== 'saved') throw new Error(outcome.status);
  return here;
}

describe('device names', { timeout: 30_000 }, () => {
  it('go with the work into the file, and the lead’s device learns them on merging', async () => {
    const d = devices();
    on(d.lead);
    await leadInspection();
    const pack = await packText('insp-team', 'ap');

    on(d.ap);
    forgetDeviceId();
    await merge('insp-team', [await ready(pack)], 'ap');
    await setDeviceName('  Amira’s laptop ');
    const apDevice = await answerHere('insp-team-case-1', 'yes');
    const work = await makeWork('insp-team', {
      ...MADE,
      scorer: 'ap',
      device: apDevice,
      stamp: '2026-03-02-170000',
    });
    if (work.status !== 'ok') throw new Error(work.message);
    expect(work.file.devices).toEqual({ [apDevice]: 'Amira’s laptop' });

    on(d.lead);
    forgetDeviceId();
    const lead = await deviceId();
    await merge('insp-team', [{ id: work.file.checksum, name: work.fileName, file: work.file }]);
    expect(await knownDeviceNames()).toEqual({ [apDevice]: 'Amira’s laptop' });
    // The lead's own name is only ever set here, never by a file.
    await setDeviceName('Lead’s laptop');
    expect(await knownDeviceNames()).toEqual({
      [apDevice]: 'Amira’s laptop',
      [lead]: 'Lead’s laptop',
    });
    // An empty name removes it.
    await setDeviceName('');
    expect(Object.keys(await knownDeviceNames())).toEqual([apDevice]);
    expect(await database().meta.get('device.name')).toBeUndefined();
  });

  it('a file made with no named device has no names, as files from before', async () => {
    on(devices().lead);
    await leadInspection();
    const pack = await packText('insp-team', 'ap');
    const read = await ready(pack);
    expect('devices' in read.file).toBe(false);
  });
});
