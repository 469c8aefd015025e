/**
 * Unlock with this device, over real (fake-indexeddb) databases and a stand-in authenticator:
 * set up with the passphrase, it opens the person's space with no passphrase typed; the
 * passphrase still works; a wrong passphrase sets nothing up; a cancelled prompt, a browser
 * without WebAuthn and an authenticator without PRF are each reported, never thrown; turned
 * off, the device no longer opens anything.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { database, LockedError } from '../../../src/db/connection';
import { listPeople } from '../../../src/db/protection/people';
import {
  deviceUnlockEnrolled,
  deviceUnlockSupported,
  enrolDevice,
  removeDeviceUnlock,
  unlockWithDevice,
} from '../../../src/session/deviceUnlock';
import { lock } from '../../../src/session/locking';
import { startSession } from '../../../src/session/sessionStart';
import { sessionState } from '../../../src/session/sessionState';
import { closeTabChannel } from '../../../src/session/tabChannel';
import { setUpPerson, unlock } from '../../../src/session/unlocking';
import { type FakeAuthenticator, installFakeAuthenticator } from '../../fixtures/fakeAuthenticator';
import { PASSPHRASE, wipeDevice } from './sessionSupport';

let authenticator: FakeAuthenticator | null = null;

function withAuthenticator(options: Parameters<typeof installFakeAuthenticator>[0] = {}) {
  authenticator = installFakeAuthenticator(options);
  return authenticator;
}

afterEach(async () => {
  authenticator?.restore();
  authenticator = null;
  await wipeDevice();
});
afterAll(closeTabChannel);

async function setUpAmira(): Promise<string> {
  await setUpPerson('Amira Khan', PASSPHRASE);
  const state = sessionState();
  if (state.kind !== 'unlocked') throw new Error('expected unlocked');
  await database().meta.put({ key: 'note', value: 'kept' });
  return state.person.personId;
}

async function lockAndReopen(): Promise<void> {
  await lock('button');
  await startSession();
}

describe('unlock with this device', () => {
  it('once set up with the passphrase, opens the space with no passphrase typed', async () => {
    withAuthenticator();
    const personId = await setUpAmira();
    expect(await enrolDevice(personId, PASSPHRASE)).toEqual({ status: 'added' });
    // The unlocked session knows at once, so Settings shows "Turn off".
    const state = sessionState();
    expect(state.kind === 'unlocked' && state.person.deviceUnlock).toBe(true);
    await lockAndReopen();
    expect(() => database()).toThrow(LockedError);
    expect(await unlockWithDevice(personId)).toEqual({ status: 'unlocked' });
    expect((await database().meta.get('note'))?.value).toBe('kept');
  });

  it('keeps the passphrase a way in', async () => {
    withAuthenticator();
    const personId = await setUpAmira();
    await enrolDevice(personId, PASSPHRASE);
    await lockAndReopen();
    expect(await unlock(personId, PASSPHRASE)).toEqual({ status: 'unlocked' });
    expect((await database().meta.get('note'))?.value).toBe('kept');
  });

  it('asks the authenticator again when it gives no PRF output with the new credential', async () => {
    const fake = withAuthenticator({ prf: 'at-get' });
    const personId = await setUpAmira();
    expect(await enrolDevice(personId, PASSPHRASE)).toEqual({ status: 'added' });
    expect(fake.calls).toEqual(['create', 'get']);
    await lockAndReopen();
    expect(await unlockWithDevice(personId)).toEqual({ status: 'unlocked' });
  });

  it('sets nothing up with a wrong passphrase, and counts it as a failed attempt', async () => {
    const fake = withAuthenticator();
    const personId = await setUpAmira();
    expect(await enrolDevice(personId, 'not the passphrase at all')).toEqual({
      status: 'wrong',
      nextAttemptAt: null,
    });
    expect(await deviceUnlockEnrolled(personId)).toBe(false);
    expect((await listPeople())[0]?.failures).toBe(1);
    // The credential made meanwhile is of no use: the browser is told to forget it.
    expect(fake.forgotten).toHaveLength(1);
  });

  it('reports a cancelled prompt, and sets nothing up', async () => {
    withAuthenticator({ refuse: 'NotAllowedError' });
    const personId = await setUpAmira();
    expect(await enrolDevice(personId, PASSPHRASE)).toEqual({ status: 'cancelled' });
    expect(await deviceUnlockEnrolled(personId)).toBe(false);
  });

  it('reports an authenticator without the PRF extension, and sets nothing up', async () => {
    const fake = withAuthenticator({ prf: 'none' });
    const personId = await setUpAmira();
    expect(await enrolDevice(personId, PASSPHRASE)).toEqual({ status: 'prf-not-supported' });
    expect(await deviceUnlockEnrolled(personId)).toBe(false);
    expect(fake.forgotten).toHaveLength(1);
  });

  it('says when the browser has no WebAuthn, or no authenticator that checks the person', async () => {
    const personId = await setUpAmira();
    expect(await deviceUnlockSupported()).toBe(false);
    expect(await enrolDevice(personId, PASSPHRASE)).toEqual({ status: 'not-supported' });
    withAuthenticator({ platform: false });
    expect(await deviceUnlockSupported()).toBe(false);
    authenticator?.restore();
    withAuthenticator();
    expect(await deviceUnlockSupported()).toBe(true);
  });

  it('a cancelled unlock leaves the device locked and counts nothing', async () => {
    const fake = withAuthenticator();
    const personId = await setUpAmira();
    await enrolDevice(personId, PASSPHRASE);
    await lockAndReopen();
    fake.options.refuse = 'NotAllowedError';
    expect(await unlockWithDevice(personId)).toEqual({ status: 'cancelled' });
    expect(sessionState().kind).toBe('locked');
    expect((await listPeople())[0]?.failures).toBe(0);
  });

  it('turned off, the device opens nothing; the passphrase still does', async () => {
    const fake = withAuthenticator();
    const personId = await setUpAmira();
    await enrolDevice(personId, PASSPHRASE);
    await removeDeviceUnlock(personId);
    expect(await deviceUnlockEnrolled(personId)).toBe(false);
    const state = sessionState();
    expect(state.kind === 'unlocked' && state.person.deviceUnlock).toBe(false);
    expect(fake.forgotten).toHaveLength(1);
    await lockAndReopen();
    expect(await unlockWithDevice(personId)).toEqual({ status: 'not-enrolled' });
    expect(await unlock(personId, PASSPHRASE)).toEqual({ status: 'unlocked' });
  });

  it('a reset authenticator, which no longer has the credential, leaves the device locked', async () => {
    const fake = withAuthenticator();
    const personId = await setUpAmira();
    await enrolDevice(personId, PASSPHRASE);
    await lockAndReopen();
    // The authenticator was reset: the stored credential is gone, so the browser finds nothing.
    fake.reset();
    expect(await unlockWithDevice(personId)).toEqual({ status: 'cancelled' });
    expect(sessionState().kind).toBe('locked');
  });
});
