/**
 * The people database: a person set up with a passphrase and a recovery code, unlocked with the
 * right key and refused with a wrong one (counted, slower after three, nothing else changed),
 * the passphrase changed without changing the data key, device unlock added and removed, and
 * the device erased. Key-encryption keys come straight from random bytes here: Argon2id itself
 * is tested with the worker (tests/unit/workers/keyDerivation.test.ts).
 */
import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { ARGON2ID_PARAMETERS } from '../../../src/core';
import { PEOPLE_DATABASE, spaceName } from '../../../src/db/protection/databaseNames';
import {
  addDeviceUnlock,
  createPerson,
  eraseDevice,
  personKdf,
  removeDeviceUnlock,
  rewrapPassphrase,
  setOwnAutoLock,
  unlockWithKek,
} from '../../../src/db/protection/keyring';
import {
  deviceKek,
  passphraseKekFromBytes,
  randomSalt,
  recoveryKek,
} from '../../../src/db/protection/keys';
import { listPeople } from '../../../src/db/protection/people';

const passphraseKdf = () => ({ ...ARGON2ID_PARAMETERS, salt: randomSalt() });
const someKek = () => passphraseKekFromBytes(crypto.getRandomValues(new Uint8Array(32)));

async function setUp(name = 'Sam Patel') {
  const passphraseKek = await someKek();
  const code = crypto.getRandomValues(new Uint8Array(20));
  const recoverySalt = randomSalt();
  const recovery = await recoveryKek(code, recoverySalt);
  const made = await createPerson({
    name,
    passphraseKek,
    passphraseKdf: passphraseKdf(),
    recoveryKek: recovery,
    recoveryKdf: { salt: recoverySalt },
  });
  return { ...made, passphraseKek, code };
}

async function encrypt(key: CryptoKey, text: string) {
  const iv = randomSalt(12);
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    key,
    new TextEncoder().encode(text),
  );
  return { iv, data };
}
async function decrypt(key: CryptoKey, sealed: { iv: Uint8Array<ArrayBuffer>; data: ArrayBuffer }) {
  return new TextDecoder().decode(
    await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv }, key, sealed.data),
  );
}
async function storedPerson(personId: string) {
  const db = new Dexie(PEOPLE_DATABASE);
  await db.open();
  const record = await db.table('people').get(personId);
  db.close();
  return record;
}

beforeEach(eraseDevice);

describe('setting up a person', () => {
  it('lists the person and gives a data key that cannot be exported', async () => {
    const { personId, dataKey } = await setUp();
    expect(personId).toMatch(/^[0-9a-f-]{36}$/);
    expect(dataKey.extractable).toBe(false);
    expect(dataKey.usages.sort()).toEqual(['decrypt', 'encrypt']);
    await expect(crypto.subtle.exportKey('raw', dataKey)).rejects.toThrow();
    expect(await listPeople()).toEqual([
      {
        personId,
        name: 'Sam Patel',
        createdAt: expect.any(String),
        deviceUnlock: false,
        failures: 0,
        nextAttemptAt: null,
      },
    ]);
    const kdf = await personKdf(personId);
    expect(kdf?.passphrase).toMatchObject({ memoryKiB: 65536, iterations: 3, parallelism: 1 });
    expect(kdf?.passphrase?.salt).toHaveLength(16);
    expect(kdf?.recovery?.salt).toHaveLength(16);
    expect(kdf?.device).toBeNull();
    expect(await personKdf('nobody')).toBeNull();
    expect(spaceName(personId)).toBe(`case-audit-space-${personId}`);
  });

  it('stores names and wrapped keys only: the data key is nowhere in the clear', async () => {
    const { personId } = await setUp();
    const record = await storedPerson(personId);
    expect(Object.keys(record).sort()).toEqual(
      ['createdAt', 'failures', 'keys', 'name', 'nextAttemptAt', 'personId'].sort(),
    );
    expect(record.keys.map((key: { method: string }) => key.method)).toEqual([
      'passphrase',
      'recovery-code',
    ]);
  });
});

describe('unlocking', () => {
  it('opens the same data key with the passphrase and with the recovery code', async () => {
    const { personId, dataKey, passphraseKek, code } = await setUp();
    const sealed = await encrypt(dataKey, 'LAC-06-04 evidence note');
    const unlocked = await unlockWithKek(personId, 'passphrase', passphraseKek);
    expect(unlocked.status).toBe('unlocked');
    if (unlocked.status !== 'unlocked') return;
    expect(unlocked.dataKey.extractable).toBe(false);
    expect(await decrypt(unlocked.dataKey, sealed)).toBe('LAC-06-04 evidence note');
    const salt = (await personKdf(personId))?.recovery?.salt ?? new Uint8Array();
    const byCode = await unlockWithKek(personId, 'recovery-code', await recoveryKek(code, salt));
    if (byCode.status !== 'unlocked') throw new Error(byCode.status);
    expect(await decrypt(byCode.dataKey, sealed)).toBe('LAC-06-04 evidence note');
  });

  it('refuses a wrong key, counts it and changes nothing else', async () => {
    const { personId } = await setUp();
    const before = await storedPerson(personId);
    expect(await unlockWithKek(personId, 'passphrase', await someKek())).toEqual({
      status: 'wrong',
      failures: 1,
      nextAttemptAt: null,
    });
    const after = await storedPerson(personId);
    expect(after).toEqual({ ...before, failures: 1, nextAttemptAt: null });
  });

  it('makes the fourth failure wait 5 seconds, refuses to try before then, and clears on success', async () => {
    const { personId, passphraseKek } = await setUp();
    const now = new Date('2026-12-07T09:00:00Z');
    for (let i = 1; i <= 3; i++) {
      const outcome = await unlockWithKek(personId, 'passphrase', await someKek(), now);
      expect(outcome).toEqual({ status: 'wrong', failures: i, nextAttemptAt: null });
    }
    expect(await unlockWithKek(personId, 'passphrase', await someKek(), now)).toEqual({
      status: 'wrong',
      failures: 4,
      nextAttemptAt: '2026-12-07T09:00:05.000Z',
    });
    // Even the right passphrase waits: the screen cannot be used to guess faster.
    const early = new Date('2026-12-07T09:00:04Z');
    expect(await unlockWithKek(personId, 'passphrase', passphraseKek, early)).toEqual({
      status: 'wait',
      nextAttemptAt: '2026-12-07T09:00:05.000Z',
    });
    expect((await listPeople())[0]).toMatchObject({
      failures: 4,
      nextAttemptAt: '2026-12-07T09:00:05.000Z',
    });
    const later = new Date('2026-12-07T09:00:05Z');
    expect(await unlockWithKek(personId, 'passphrase', await someKek(), later)).toEqual({
      status: 'wrong',
      failures: 5,
      nextAttemptAt: '2026-12-07T09:00:15.000Z',
    });
    const muchLater = new Date('2026-12-07T09:01:00Z');
    const outcome = await unlockWithKek(personId, 'passphrase', passphraseKek, muchLater);
    expect(outcome.status).toBe('unlocked');
    expect((await listPeople())[0]).toMatchObject({ failures: 0, nextAttemptAt: null });
  });

  it('says when there is no such person or no such wrapped key', async () => {
    const { personId } = await setUp();
    expect(await unlockWithKek('nobody', 'passphrase', await someKek())).toEqual({
      status: 'missing',
    });
    expect(await unlockWithKek(personId, 'device', await someKek())).toEqual({ status: 'missing' });
  });

  it('does not open one person’s wrapped key as another’s', async () => {
    const sam = await setUp('Sam Patel');
    const jo = await setUp('Jo Evans');
    const db = new Dexie(PEOPLE_DATABASE);
    await db.open();
    const samRecord = await db.table('people').get(sam.personId);
    const joRecord = await db.table('people').get(jo.personId);
    await db.table('people').put({ ...joRecord, keys: samRecord.keys });
    db.close();
    const outcome = await unlockWithKek(jo.personId, 'passphrase', sam.passphraseKek);
    expect(outcome.status).toBe('wrong');
    expect((await listPeople()).map((p) => p.name)).toEqual(['Jo Evans', 'Sam Patel']);
  });
});

describe('changing the passphrase', () => {
  it('re-wraps the same data key: what the old key sealed, the new one opens', async () => {
    const { personId, dataKey, passphraseKek } = await setUp();
    const sealed = await encrypt(dataKey, 'report text');
    const nextKek = await someKek();
    const nextKdf = passphraseKdf();
    expect(
      await rewrapPassphrase(
        personId,
        { method: 'passphrase', kek: passphraseKek },
        { kek: nextKek, kdf: nextKdf },
      ),
    ).toBe('changed');
    expect((await unlockWithKek(personId, 'passphrase', passphraseKek)).status).toBe('wrong');
    const outcome = await unlockWithKek(personId, 'passphrase', nextKek);
    if (outcome.status !== 'unlocked') throw new Error(outcome.status);
    expect(outcome.dataKey.extractable).toBe(false);
    expect(await decrypt(outcome.dataKey, sealed)).toBe('report text');
    expect((await personKdf(personId))?.passphrase?.salt).toEqual(nextKdf.salt);
  });

  it('sets a new passphrase with the recovery code and clears failed attempts', async () => {
    const { personId, code } = await setUp();
    for (let i = 0; i < 4; i++) await unlockWithKek(personId, 'passphrase', await someKek());
    const salt = (await personKdf(personId))?.recovery?.salt ?? new Uint8Array();
    const nextKek = await someKek();
    const changed = await rewrapPassphrase(
      personId,
      { method: 'recovery-code', kek: await recoveryKek(code, salt) },
      { kek: nextKek, kdf: passphraseKdf() },
    );
    expect(changed).toBe('changed');
    expect((await listPeople())[0]).toMatchObject({ failures: 0, nextAttemptAt: null });
    expect((await unlockWithKek(personId, 'passphrase', nextKek)).status).toBe('unlocked');
  });

  it('changes nothing when the current key is wrong', async () => {
    const { personId, passphraseKek } = await setUp();
    const before = await storedPerson(personId);
    const outcome = await rewrapPassphrase(
      personId,
      { method: 'passphrase', kek: await someKek() },
      { kek: await someKek(), kdf: passphraseKdf() },
    );
    expect(outcome).toBe('wrong');
    expect(await storedPerson(personId)).toEqual(before);
    expect((await unlockWithKek(personId, 'passphrase', passphraseKek)).status).toBe('unlocked');
    expect(
      await rewrapPassphrase(
        'nobody',
        { method: 'passphrase', kek: passphraseKek },
        { kek: passphraseKek, kdf: passphraseKdf() },
      ),
    ).toBe('missing');
  });
});

describe('device unlock and settings', () => {
  it('adds a device key that opens the data key, and removes it', async () => {
    const { personId, dataKey, passphraseKek } = await setUp();
    const sealed = await encrypt(dataKey, 'moderation note');
    const prf = crypto.getRandomValues(new Uint8Array(32));
    const salt = randomSalt();
    const kek = await deviceKek(prf, salt);
    const device = { kek, credentialId: 'cred-_1', prfSalt: randomSalt(32), kdf: { salt } };
    expect(await addDeviceUnlock(personId, await someKek(), device)).toBe('wrong');
    expect(await addDeviceUnlock(personId, passphraseKek, device)).toBe('added');
    expect((await listPeople())[0]?.deviceUnlock).toBe(true);
    const kdf = await personKdf(personId);
    expect(kdf?.deviceCredentialId).toBe('cred-_1');
    expect(kdf?.device).toEqual({ credentialId: 'cred-_1', prfSalt: device.prfSalt, salt });
    const outcome = await unlockWithKek(personId, 'device', await deviceKek(prf, salt));
    if (outcome.status !== 'unlocked') throw new Error(outcome.status);
    expect(await decrypt(outcome.dataKey, sealed)).toBe('moderation note');
    await removeDeviceUnlock(personId);
    expect((await listPeople())[0]?.deviceUnlock).toBe(false);
    expect(await unlockWithKek(personId, 'device', kek)).toEqual({ status: 'missing' });
    expect((await unlockWithKek(personId, 'passphrase', passphraseKek)).status).toBe('unlocked');
  });

  it('keeps the person’s own auto-lock minutes, within the limits', async () => {
    const { personId } = await setUp();
    await setOwnAutoLock(personId, 5);
    expect((await listPeople())[0]?.ownAutoLockMinutes).toBe(5);
    await expect(setOwnAutoLock(personId, 0)).rejects.toThrow(RangeError);
    await expect(setOwnAutoLock(personId, 61)).rejects.toThrow(RangeError);
  });
});

describe('erasing the device', () => {
  it('deletes every space, the database from before protection and the people database', async () => {
    const sam = await setUp('Sam Patel');
    const jo = await setUp('Jo Evans');
    for (const name of [
      spaceName(sam.personId),
      spaceName(jo.personId),
      'case-audit',
      'unrelated',
    ]) {
      const db = new Dexie(name);
      db.version(1).stores({ meta: 'key' });
      await db.table('meta').put({ key: 'x', value: 'LAC-06-04' });
      db.close();
    }
    await eraseDevice();
    expect(await Dexie.getDatabaseNames()).toEqual(['unrelated']);
    expect(await listPeople()).toEqual([]);
    await Dexie.delete('unrelated');
  });
});
