/**
 * Locking, over real (fake-indexeddb) databases: the Lock button, another tab and auto-lock all
 * commit unsaved text first (sealed, like any write), close the space, and load the page
 * afresh; every tab is told; input in another tab keeps this one open; a pack's shorter
 * setting applies; erasing removes everyone.
 */
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { database, LockedError } from '../../../src/db/connection';
import { packAutoLockKey } from '../../../src/db/inspections/packAutoLock';
import {
  autoLockMinutes,
  autoLockSettings,
  setAutoLockMinutes,
  useAutoLockClock,
} from '../../../src/session/autoLock';
import { eraseThisDevice, lock } from '../../../src/session/locking';
import { startSession } from '../../../src/session/sessionStart';
import { sessionState } from '../../../src/session/sessionState';
import { closeTabChannel } from '../../../src/session/tabChannel';
import { setUpPerson, unlock } from '../../../src/session/unlocking';
import { inspectionFixture } from '../../fixtures/inspectionFixture';
import { fakeClock, otherTab, PASSPHRASE, page, unsavedText, wipeDevice } from './sessionSupport';

const MINUTE = 60_000;
const tabs: { close(): void }[] = [];

afterEach(async () => {
  for (const tab of tabs.splice(0)) tab.close();
  await wipeDevice();
});
afterAll(closeTabChannel);

/** Sets up a person (listening to other tabs), returning their id. */
async function setUp(): Promise<string> {
  await startSession();
  await setUpPerson('Amira Khan', PASSPHRASE);
  const state = sessionState();
  if (state.kind !== 'unlocked') throw new Error('not unlocked');
  return state.person.personId;
}

/** Lets messages between tabs and a lock under way finish. */
function settled(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 50));
}

function tab() {
  const t = otherTab();
  tabs.push(t);
  return t;
}

/** Text typed in an editor, saved into the space only when flushed. */
function typedNote() {
  return unsavedText(async () => {
    await database().meta.put({ key: 'draft', value: 'typed before the lock' });
  });
}

async function savedDraft(personId: string): Promise<unknown> {
  await startSession();
  expect(await unlock(personId, PASSPHRASE)).toEqual({ status: 'unlocked' });
  return (await database().meta.get('draft'))?.value;
}

describe('locking', () => {
  it('saves unsaved text first, then closes the space, tells the other tabs and reloads', async () => {
    const personId = await setUp();
    const other = tab();
    const typed = typedNote();
    await lock('button');
    typed.done();
    expect(typed.flushed()).toBe(true);
    expect(page.reloads).toBe(1);
    expect(() => database()).toThrow(LockedError);
    await vi.waitFor(() => expect(other.heard).toEqual([{ type: 'lock' }]));
    expect(await savedDraft(personId)).toBe('typed before the lock');
  });

  it('locks when another tab locks, saving unsaved text first, without telling it back', async () => {
    const personId = await setUp();
    const other = tab();
    const typed = typedNote();
    other.say({ type: 'lock' });
    await vi.waitFor(() => expect(page.reloads).toBe(1));
    typed.done();
    expect(() => database()).toThrow(LockedError);
    expect(other.heard).toEqual([]);
    expect(await savedDraft(personId)).toBe('typed before the lock');
  });

  it('erases every person on this device and tells the other tabs', async () => {
    await setUp();
    const other = tab();
    await eraseThisDevice();
    expect(page.reloads).toBe(1);
    await vi.waitFor(() => expect(other.heard).toEqual([{ type: 'erasing' }, { type: 'erased' }]));
    await startSession();
    expect(sessionState()).toEqual({ kind: 'no-one', legacyData: false });
  });

  it('closes the space as soon as another tab starts erasing, and reloads once it has', async () => {
    await setUp();
    const other = tab();
    other.say({ type: 'erasing' });
    await vi.waitFor(() => expect(sessionState().kind).toBe('checking'));
    expect(() => database()).toThrow(LockedError);
    expect(page.reloads).toBe(0);
    other.say({ type: 'erased' });
    await vi.waitFor(() => expect(page.reloads).toBe(1));
  });
});

describe('auto-lock', () => {
  it('locks after 15 minutes without input, saving unsaved text first', async () => {
    const clock = fakeClock();
    useAutoLockClock(clock);
    const personId = await setUp();
    expect(autoLockMinutes()).toBe(15);
    const typed = typedNote();
    clock.advance(15 * MINUTE - 1);
    await settled();
    expect(page.reloads).toBe(0);
    clock.advance(1);
    await vi.waitFor(() => expect(page.reloads).toBe(1));
    typed.done();
    expect(await savedDraft(personId)).toBe('typed before the lock');
  });

  it('stays open while there is input in another tab', async () => {
    const clock = fakeClock();
    useAutoLockClock(clock);
    await setUp();
    const other = tab();
    clock.advance(10 * MINUTE);
    other.say({ type: 'activity' });
    await settled();
    clock.advance(10 * MINUTE);
    await settled();
    expect(page.reloads).toBe(0);
    expect(sessionState().kind).toBe('unlocked');
    clock.advance(5 * MINUTE);
    await vi.waitFor(() => expect(page.reloads).toBe(1));
  });

  it('takes the shortest of the person’s own setting and their inspections’ packs', async () => {
    const clock = fakeClock();
    useAutoLockClock(clock);
    const personId = await setUp();
    await setAutoLockMinutes(20);
    expect(autoLockSettings()).toEqual({ own: 20, fromPacks: null, effective: 20 });
    const { inspection } = inspectionFixture({ id: 'insp-pack' });
    await database().inspections.put(inspection);
    await database().meta.put({ key: packAutoLockKey('insp-pack'), value: 5 });
    await vi.waitFor(() => expect(autoLockMinutes()).toBe(5));
    clock.advance(5 * MINUTE);
    await vi.waitFor(() => expect(page.reloads).toBe(1));
    // The person's own setting stays theirs.
    await startSession();
    await unlock(personId, PASSPHRASE);
    await vi.waitFor(() =>
      expect(autoLockSettings()).toEqual({ own: 20, fromPacks: 5, effective: 5 }),
    );
  });

  it('refuses a setting outside 1 to 60 minutes', async () => {
    await setUp();
    await expect(setAutoLockMinutes(0)).rejects.toThrow(RangeError);
    await expect(setAutoLockMinutes(61)).rejects.toThrow(RangeError);
    expect(autoLockMinutes()).toBe(15);
  });
});
