/**
 * What a device keeps about syncing with the team server: how far each inspection has got (gone
 * with the inspection), and the conflicts the server kept, taken onto the lead's device unless
 * the device already has that conflict (its own merge of the pull found it).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { newDeviceSync } from '../../src/core';
import { useDatabase } from '../../src/db/connection';
import { deleteInspection } from '../../src/db/inspections/inspectionStore';
import {
  deviceSyncOf,
  saveDeviceSync,
  syncedInspectionIds,
} from '../../src/db/sync/deviceSyncStore';
import { decidedConflictsOf, keepServerConflicts } from '../../src/db/sync/serverConflicts';
import { CONFLICT } from '../fixtures/syncFixture';
import { devices, leadInspection, on } from '../fixtures/teamDb';

afterEach(() => useDatabase(null));

const INSP = 'insp-team';

describe('syncing with the team server, on the device', () => {
  it('keeps how far an inspection has synced, and forgets it with the inspection', async () => {
    on(devices().lead);
    await leadInspection();
    expect(await deviceSyncOf(INSP)).toBeNull();
    const sync = {
      ...newDeviceSync(12),
      syncedAt: '2026-03-03T09:00:00.000Z',
      outcome: { text: 'Sent 2 cases; received 1 case.', failed: false },
    };
    await saveDeviceSync(INSP, sync);
    expect(await deviceSyncOf(INSP)).toEqual(sync);
    expect(await syncedInspectionIds()).toEqual([INSP]);
    await deleteInspection(INSP);
    expect(await deviceSyncOf(INSP)).toBeNull();
    expect(await syncedInspectionIds()).toEqual([]);
  });

  it('takes the server’s open conflicts once, and none for an answer already in conflict here', async () => {
    const db = on(devices().lead);
    await leadInspection();
    expect(await keepServerConflicts(INSP, [CONFLICT])).toBe(1);
    expect(await keepServerConflicts(INSP, [CONFLICT])).toBe(0);
    const sameAnswer = { ...CONFLICT, id: 'case-3|q1|sync:2', fileId: 'sync:2' };
    expect(await keepServerConflicts(INSP, [sameAnswer])).toBe(0);
    const otherInspection = { ...CONFLICT, id: 'x', inspectionId: 'elsewhere' };
    expect(await keepServerConflicts(INSP, [otherInspection])).toBe(0);
    expect((await db.conflicts.toArray()).map((c) => c.id)).toEqual([CONFLICT.id]);
  });

  it('closes a conflict the lead decided on another device, and lists the ones decided here', async () => {
    on(devices().lead);
    await leadInspection();
    await keepServerConflicts(INSP, [CONFLICT]);
    expect(await decidedConflictsOf(INSP)).toEqual([]);
    const resolution = {
      keep: 'theirs' as const,
      at: '2026-03-03T10:00:00.000Z',
      by: 'lead',
      device: 'lead-phone',
    };
    const decidedElsewhere = { ...CONFLICT, status: 'resolved' as const, resolution };
    expect(await keepServerConflicts(INSP, [decidedElsewhere])).toBe(1);
    expect(await decidedConflictsOf(INSP)).toEqual([decidedElsewhere]);
    // Decided already: another device's later decision changes nothing here.
    const later = { ...decidedElsewhere, resolution: { ...resolution, keep: 'mine' as const } };
    expect(await keepServerConflicts(INSP, [later])).toBe(0);
  });
});
