/**
 * The way into a person's protected space, over real (fake-indexeddb) databases: set-up shows a
 * recovery code and unlocks; a locked device lists its people; a wrong passphrase is refused,
 * counted and, after a few, makes the next try wait without deriving anything; the recovery
 * code sets a new passphrase; a change of passphrase needs the current one; two people on one
 * device each open only their own space; the first takes in the data kept before protection.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { database, LockedError } from '../../../src/db/connection';
import { LegacyCaseAuditDatabase } from '../../../src/db/protection/legacyDatabase';
import { lock } from '../../../src/session/locking';
import { startSession } from '../../../src/session/sessionStart';
import { sessionState } from '../../../src/session/sessionState';
import { closeTabChannel } from '../../../src/session/tabChannel';
import {
  addPerson,
  changePassphrase,
  setUpPerson,
  unlock,
  unlockWithRecoveryCode,
  WeakPassphraseError,
} from '../../../src/session/unlocking';
import { inspectionFixture } from '../../fixtures/inspectionFixture';
import { derived, NEW_PASSPHRASE, PASSPHRASE, wipeDevice } from './sessionSupport';

afterEach(wipeDevice);
afterAll(closeTabChannel);

function unlockedPerson() {
  const state = sessionState();
  if (state.kind !== 'unlocked') throw new Error(`expected unlocked, not ${state.kind}`);
  return state.person;
}

/** Locks, then opens the app again as a fresh page does. */
async function lockAndReopen(): Promise<void> {
  await lock('button');
  await startSession();
}

describe('setting up and unlocking', () => {
  it('asks a new device to set up, and unlocks the person set up, with a recovery code to keep', async () => {
    await startSession();
    expect(sessionState()).toEqual({ kind: 'no-one', legacyData: false });
    const { recoveryCode } = await setUpPerson('Amira Khan', PASSPHRASE);
    expect(recoveryCode).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    expect(unlockedPerson().name).toBe('Amira Khan');
    await database().meta.put({ key: 'note', value: 'kept' });
    await lockAndReopen();
    const state = sessionState();
    expect(state.kind === 'locked' && state.people.map((p) => p.name)).toEqual(['Amira Khan']);
    expect(() => database()).toThrow(LockedError);
  });

  it('stays unlocked when the app starts its session again (the screens mounted anew)', async () => {
    await setUpPerson('Amira Khan', PASSPHRASE);
    await startSession();
    expect(unlockedPerson().name).toBe('Amira Khan');
    expect(await database().meta.count()).toBeGreaterThanOrEqual(0);
  });

  it('refuses a weak passphrase before anything is stored', async () => {
    await expect(setUpPerson('Amira Khan', 'short')).rejects.toBeInstanceOf(WeakPassphraseError);
    await startSession();
    expect(sessionState().kind).toBe('no-one');
  });

  it('refuses a wrong passphrase, counts it, and makes the fifth try wait without deriving', async () => {
    await setUpPerson('Amira Khan', PASSPHRASE);
    const { personId } = unlockedPerson();
    await lockAndReopen();
    for (const failures of [1, 2, 3]) {
      expect(await unlock(personId, 'not the passphrase at all')).toEqual({
        status: 'wrong',
        failures,
        nextAttemptAt: null,
      });
    }
    const fourth = await unlock(personId, 'not the passphrase at all');
    expect(fourth.status === 'wrong' && fourth.nextAttemptAt).toEqual(expect.any(String));
    expect(sessionState().kind).toBe('locked');
    const tries = derived.length;
    const fifth = await unlock(personId, PASSPHRASE);
    expect(fifth.status).toBe('wait');
    expect(derived.length).toBe(tries);
    expect(() => database()).toThrow(LockedError);
  });

  it('unlocks with the right passphrase and shows what was saved', async () => {
    await setUpPerson('Amira Khan', PASSPHRASE);
    const { personId } = unlockedPerson();
    await database().meta.put({ key: 'note', value: 'kept' });
    await lockAndReopen();
    expect(await unlock(personId, PASSPHRASE)).toEqual({ status: 'unlocked' });
    expect((await database().meta.get('note'))?.value).toBe('kept');
  });
});

describe('recovery and a new passphrase', () => {
  it('the recovery code, however typed, sets a new passphrase; the old one stops working', async () => {
    const { recoveryCode } = await setUpPerson('Amira Khan', PASSPHRASE);
    const { personId } = unlockedPerson();
    await lockAndReopen();
    expect(await unlockWithRecoveryCode(personId, 'not a code', NEW_PASSPHRASE)).toEqual({
      status: 'unreadable',
      problem: expect.any(String),
    });
    const typed = recoveryCode.toLowerCase().replace(/-/g, ' ');
    expect(await unlockWithRecoveryCode(personId, typed, NEW_PASSPHRASE)).toEqual({
      status: 'unlocked',
    });
    await lockAndReopen();
    expect((await unlock(personId, PASSPHRASE)).status).toBe('wrong');
    expect(await unlock(personId, NEW_PASSPHRASE)).toEqual({ status: 'unlocked' });
  });

  it('refuses another person’s recovery code', async () => {
    const { recoveryCode } = await setUpPerson('Amira Khan', PASSPHRASE);
    await lockAndReopen();
    await addPerson('Jo Morgan', NEW_PASSPHRASE);
    const { personId } = unlockedPerson();
    await lockAndReopen();
    const outcome = await unlockWithRecoveryCode(personId, recoveryCode, PASSPHRASE);
    expect(outcome.status).toBe('wrong');
    expect(sessionState().kind).toBe('locked');
  });

  it('changes the passphrase only given the current one', async () => {
    await setUpPerson('Amira Khan', PASSPHRASE);
    const { personId } = unlockedPerson();
    expect(await changePassphrase('not the passphrase at all', NEW_PASSPHRASE)).toBe('wrong');
    expect(await changePassphrase(PASSPHRASE, NEW_PASSPHRASE)).toBe('changed');
    await lockAndReopen();
    expect((await unlock(personId, PASSPHRASE)).status).toBe('wrong');
    expect(await unlock(personId, NEW_PASSPHRASE)).toEqual({ status: 'unlocked' });
  });
});

describe('several people on one device', () => {
  it('opens only the chosen person’s space', async () => {
    await setUpPerson('Amira Khan', PASSPHRASE);
    const amira = unlockedPerson().personId;
    await database().meta.put({ key: 'note', value: 'Amira’s' });
    await lockAndReopen();
    await addPerson('Jo Morgan', NEW_PASSPHRASE);
    const jo = unlockedPerson().personId;
    expect(await database().meta.get('note')).toBeUndefined();
    await lockAndReopen();
    const state = sessionState();
    expect(state.kind === 'locked' && state.people.map((p) => p.name)).toEqual([
      'Amira Khan',
      'Jo Morgan',
    ]);
    expect((await unlock(jo, PASSPHRASE)).status).toBe('wrong');
    expect(await unlock(amira, PASSPHRASE)).toEqual({ status: 'unlocked' });
    expect((await database().meta.get('note'))?.value).toBe('Amira’s');
  });

  it('the first person takes in the data kept before protection; the next does not', async () => {
    const { framework, inspection } = inspectionFixture({ id: 'insp-before' });
    const legacy = new LegacyCaseAuditDatabase('case-audit');
    await legacy.frameworks.put(framework);
    await legacy.inspections.put(inspection);
    legacy.close();
    await startSession();
    expect(sessionState()).toEqual({ kind: 'no-one', legacyData: true });
    await setUpPerson('Amira Khan', PASSPHRASE);
    expect((await database().inspections.get('insp-before'))?.title).toBe(inspection.title);
    await lockAndReopen();
    await addPerson('Jo Morgan', NEW_PASSPHRASE);
    expect(await database().inspections.count()).toBe(0);
  });
});
