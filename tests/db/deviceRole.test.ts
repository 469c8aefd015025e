/**
 * What a device is for an inspection, read from what the device records as files come in: the
 * lead's where it was set up or moved whole, an inspector's where the lead's pack brought it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { inspectionFileText } from '../../src/core';
import { useDatabase } from '../../src/db/connection';
import { deviceRoleHere } from '../../src/db/device/deviceRole';
import { setScorer } from '../../src/db/device/identityStore';
import { makeInspectionFile } from '../../src/db/exchange/inspectionExport';
import { importInspectionFile } from '../../src/db/exchange/inspectionImport';
import {
  DEVICE,
  devices,
  leadInspection,
  MADE,
  merge,
  on,
  packText,
  ready,
  score,
  workText,
} from '../fixtures/teamDb';

afterEach(() => useDatabase(null));

const INSP = 'insp-team';

describe('deviceRoleHere', () => {
  it('is the lead’s device where the inspection was set up, before and after merging work', async () => {
    const d = devices();
    on(d.lead);
    await leadInspection();
    expect(await deviceRoleHere(INSP, DEVICE.lead)).toEqual({ role: 'lead', how: 'set-up-here' });
    const pack = await packText(INSP, 'ap');
    on(d.ap);
    await merge(INSP, [await ready(pack)], 'ap');
    await score('ap', 'insp-team-case-1', 'q1', 'yes');
    const work = await workText(INSP, 'ap');
    on(d.lead);
    await merge(INSP, [await ready(work)]);
    expect(await deviceRoleHere(INSP, DEVICE.lead)).toEqual({ role: 'lead', how: 'set-up-here' });
  });

  it('is the inspector’s device where their pack brought the inspection, and knows who they are', async () => {
    const d = devices();
    on(d.lead);
    await leadInspection();
    const pack = await packText(INSP, 'ap');
    on(d.ap);
    expect(await deviceRoleHere(INSP, DEVICE.ap)).toEqual({ role: 'lead', how: 'set-up-here' });
    await merge(INSP, [await ready(pack)], 'ap');
    expect(await deviceRoleHere(INSP, DEVICE.ap)).toEqual({
      role: 'inspector',
      member: { id: 'ap', name: 'A. Patel', role: 'inspector' },
    });
  });

  it('is an inspector’s device from a pack for everyone, whoever then says they score there', async () => {
    const d = devices();
    on(d.lead);
    await leadInspection();
    const pack = await packText(INSP, null);
    on(d.jm);
    await merge(INSP, [await ready(pack)], 'jm');
    expect(await deviceRoleHere(INSP, DEVICE.jm)).toEqual({ role: 'inspector', member: null });
    await setScorer(INSP, 'jm');
    expect(await deviceRoleHere(INSP, DEVICE.jm)).toMatchObject({
      role: 'inspector',
      member: { name: 'J. Morgan' },
    });
  });

  it('is the lead’s device where the whole inspection was moved as an inspection file', async () => {
    const d = devices();
    on(d.lead);
    await leadInspection();
    const exported = await makeInspectionFile(INSP, MADE);
    if (exported.status !== 'ok') throw new Error(exported.message);
    on(`${d.lead}-new-laptop`);
    const imported = await importInspectionFile(inspectionFileText(exported.file), {
      fileName: 'team-test-thematic-all-data-2026-03-02.json',
    });
    expect(imported.status).toBe('imported');
    expect(await deviceRoleHere(INSP, 'new-laptop')).toEqual({
      role: 'lead',
      how: 'inspection-file',
    });
  });

  it('is the lead’s device when the lead opens, on their own device, a pack made there', async () => {
    const d = devices();
    on(d.lead);
    await leadInspection();
    const pack = await packText(INSP, 'ap');
    await merge(INSP, [await ready(pack)]);
    expect(await deviceRoleHere(INSP, DEVICE.lead)).toEqual({ role: 'lead', how: 'set-up-here' });
  });
});
