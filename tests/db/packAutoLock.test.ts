/**
 * The lead's auto-lock setting travels in the pack: made into it on the lead's device, kept on
 * the inspector's when the pack is opened there (for the session to apply the shortest), gone
 * with the inspection. A pack without it opens as before.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { teamFileText } from '../../src/core';
import { useDatabase } from '../../src/db/connection';
import { makePack } from '../../src/db/exchange/teamExport';
import { deleteInspection } from '../../src/db/inspections/inspectionStore';
import { packAutoLockMinutes } from '../../src/db/inspections/packAutoLock';
import {
  DEVICE,
  devices,
  leadInspection,
  MADE,
  merge,
  on,
  packText,
  ready,
} from '../fixtures/teamDb';

afterEach(() => useDatabase(null));

const INSP = 'insp-team';

async function packWithAutoLock(minutes: number): Promise<{ name: string; text: string }> {
  const made = await makePack(INSP, {
    ...MADE,
    inspectorId: 'ap',
    by: 'lead',
    device: DEVICE.lead,
    stamp: '2026-03-02-1700',
    autoLockMinutes: minutes,
  });
  if (made.status !== 'ok') throw new Error(made.message);
  expect(made.file.autoLockMinutes).toBe(minutes);
  return { name: made.fileName, text: teamFileText(made.file) };
}

describe("the pack's auto-lock setting", () => {
  it("is kept on the inspector's device when the pack is opened there, and goes with the inspection", async () => {
    const d = devices();
    on(d.lead);
    await leadInspection();
    const pack = await packWithAutoLock(5);
    on(d.ap);
    expect(await packAutoLockMinutes()).toEqual([]);
    await merge(INSP, [await ready(pack)], 'ap');
    expect(await packAutoLockMinutes()).toEqual([5]);
    const deleted = await deleteInspection(INSP);
    expect(deleted.status).toBe('deleted');
    expect(await packAutoLockMinutes()).toEqual([]);
  });

  it("a later pack's setting replaces the earlier one's", async () => {
    const d = devices();
    on(d.lead);
    await leadInspection();
    const first = await packWithAutoLock(5);
    const second = await packWithAutoLock(30);
    on(d.ap);
    await merge(INSP, [await ready(first)], 'ap');
    await merge(INSP, [await ready(second)], 'ap');
    expect(await packAutoLockMinutes()).toEqual([30]);
  });

  it('a pack without it opens as before and sets nothing', async () => {
    const d = devices();
    on(d.lead);
    await leadInspection();
    const pack = await packText(INSP, 'ap');
    expect(pack.text).not.toContain('autoLockMinutes');
    on(d.ap);
    await merge(INSP, [await ready(pack)], 'ap');
    expect(await packAutoLockMinutes()).toEqual([]);
  });
});
