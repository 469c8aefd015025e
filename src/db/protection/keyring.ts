/**
 * The people database, "case-audit-people": who uses Case Audit on this device, and each
 * person's data key wrapped under their passphrase, their recovery code and (if enrolled) this
 * device's authenticator. It is NOT sealed: it must be read before anyone has unlocked, and it
 * holds nothing about cases, only names, settings and keys no one can open without the secret.
 *
 * The data key is made here once, at set-up, extractable only long enough to be wrapped; every
 * later use unwraps it as a non-extractable `CryptoKey`. Re-wrapping (a new passphrase, device
 * unlock) unwraps it once more as extractable, wraps it and drops it (wrapping: keys.ts).
 */
import Dexie from 'dexie';
import { z } from 'zod';
import {
  AUTO_LOCK_LIMITS,
  type UnlockMethod,
  unlockDelayMs,
  type WrappedKey,
  wrappedKeySchema,
} from '../../core';
import { LEGACY_DATABASE, PEOPLE_DATABASE, SPACE_PREFIX, spaceName } from './databaseNames';
import { bytesOf, ownBytes, toBase64, unwrapDataKey, wrapDataKey } from './keys';
import { closePeopleDatabase, peopleDatabase } from './peopleDatabase';

/** Argon2id's figures and salt for one passphrase (as the worker takes them). */
export type ArgonKdf = {
  memoryKiB: number;
  iterations: number;
  parallelism: number;
  salt: Uint8Array;
};
/** HKDF's salt (recovery code, device). */
export type SaltKdf = { salt: Uint8Array };

/** What it takes to derive a person's key-encryption keys; null parts have no wrapped key. */
export type PersonKdf = {
  passphrase: ArgonKdf | null;
  recovery: SaltKdf | null;
  device: { credentialId: string; prfSalt: Uint8Array; salt: Uint8Array } | null;
  deviceCredentialId: string | null;
};

export type UnlockOutcome =
  | { status: 'unlocked'; dataKey: CryptoKey }
  | { status: 'wrong'; failures: number; nextAttemptAt: string | null }
  | { status: 'wait'; nextAttemptAt: string }
  | { status: 'missing' };

const personRecordSchema = z.strictObject({
  personId: z.string().regex(/^[A-Za-z0-9-]+$/),
  name: z.string().min(1),
  createdAt: z.string(),
  /** Each checked on its own: one damaged key leaves the others usable. */
  keys: z.array(z.unknown()),
  failures: z.number().int().min(0),
  nextAttemptAt: z.string().nullable(),
  autoLockMinutes: z.number().int().min(AUTO_LOCK_LIMITS.min).max(AUTO_LOCK_LIMITS.max).optional(),
});
type PersonRecord = z.infer<typeof personRecordSchema>;
type Person = Omit<PersonRecord, 'keys'> & { keys: WrappedKey[] };

/** A stored record, checked; null when it is not a person record (damaged or foreign). */
function readPerson(value: unknown): Person | null {
  const parsed = personRecordSchema.safeParse(value);
  if (!parsed.success) return null;
  const keys = parsed.data.keys.flatMap((key) => {
    const checked = wrappedKeySchema.safeParse(key);
    return checked.success ? [checked.data] : [];
  });
  return { ...parsed.data, keys };
}

async function getPerson(personId: string): Promise<Person | null> {
  return readPerson(await peopleDatabase().people.get(personId));
}

function keyOf<M extends UnlockMethod>(
  person: Person,
  method: M,
): Extract<WrappedKey, { method: M }> | null {
  const key = person.keys.find((k) => k.method === method);
  return (key as Extract<WrappedKey, { method: M }> | undefined) ?? null;
}

export async function personKdf(personId: string): Promise<PersonKdf | null> {
  const person = await getPerson(personId);
  if (!person) return null;
  const passphrase = keyOf(person, 'passphrase');
  const recovery = keyOf(person, 'recovery-code');
  const device = keyOf(person, 'device');
  return {
    passphrase: passphrase && {
      memoryKiB: passphrase.kdf.memoryKiB,
      iterations: passphrase.kdf.iterations,
      parallelism: passphrase.kdf.parallelism,
      salt: bytesOf(passphrase.kdf.salt),
    },
    recovery: recovery && { salt: bytesOf(recovery.kdf.salt) },
    device: device && {
      credentialId: device.credentialId,
      prfSalt: bytesOf(device.prfSalt),
      salt: bytesOf(device.kdf.salt),
    },
    deviceCredentialId: device?.credentialId ?? null,
  };
}

function argonKdfText(kdf: ArgonKdf) {
  return {
    name: 'argon2id' as const,
    memoryKiB: kdf.memoryKiB,
    iterations: kdf.iterations,
    parallelism: kdf.parallelism,
    salt: toBase64(kdf.salt),
  };
}

export async function createPerson(input: {
  name: string;
  passphraseKek: CryptoKey;
  passphraseKdf: ArgonKdf;
  recoveryKek: CryptoKey;
  recoveryKdf: SaltKdf;
  personId?: string;
}): Promise<{ personId: string; dataKey: CryptoKey }> {
  const name = input.name.trim();
  if (name === '') throw new Error('a person needs a name');
  const personId = input.personId ?? crypto.randomUUID();
  // Extractable only here, to be wrapped twice; the key kept in memory is unwrapped below.
  const made = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, [
    'encrypt',
    'decrypt',
  ]);
  const keys: WrappedKey[] = [
    {
      method: 'passphrase',
      kdf: argonKdfText(input.passphraseKdf),
      ...(await wrapDataKey(made, input.passphraseKek, personId)),
    },
    {
      method: 'recovery-code',
      kdf: { name: 'hkdf-sha256', salt: toBase64(input.recoveryKdf.salt) },
      ...(await wrapDataKey(made, input.recoveryKek, personId)),
    },
  ];
  const record = personRecordSchema.parse({
    personId,
    name,
    createdAt: new Date().toISOString(),
    keys: keys.map((key) => wrappedKeySchema.parse(key)),
    failures: 0,
    nextAttemptAt: null,
  });
  await peopleDatabase().people.add(record);
  const [passphraseKey] = keys;
  const dataKey =
    passphraseKey && (await unwrapDataKey(passphraseKey, input.passphraseKek, personId, false));
  if (!dataKey) throw new Error('the new data key did not unwrap');
  return { personId, dataKey };
}

/**
 * Opens a person's data key with a KEK. A wrong KEK is counted (and delays the next try, core's
 * `unlockDelayMs`) and changes nothing else; a right one clears the count.
 */
export async function unlockWithKek(
  personId: string,
  method: UnlockMethod,
  kek: CryptoKey,
  now: Date = new Date(),
): Promise<UnlockOutcome> {
  const person = await getPerson(personId);
  const key = person && keyOf(person, method);
  if (!person || !key) return { status: 'missing' };
  if (person.nextAttemptAt !== null && Date.parse(person.nextAttemptAt) > now.getTime()) {
    return { status: 'wait', nextAttemptAt: person.nextAttemptAt };
  }
  const dataKey = await unwrapDataKey(key, kek, personId, false);
  const db = peopleDatabase();
  if (dataKey) {
    if (person.failures > 0 || person.nextAttemptAt !== null) {
      await db.people.update(personId, { failures: 0, nextAttemptAt: null });
    }
    return { status: 'unlocked', dataKey };
  }
  // Counted from the stored figure, in one transaction, so two tabs' failures both count.
  return db.transaction('rw', db.people, async () => {
    const current = readPerson(await db.people.get(personId));
    const failures = (current?.failures ?? person.failures) + 1;
    const delay = unlockDelayMs(failures);
    const nextAttemptAt = delay > 0 ? new Date(now.getTime() + delay).toISOString() : null;
    await db.people.update(personId, { failures, nextAttemptAt });
    return { status: 'wrong' as const, failures, nextAttemptAt };
  });
}

/** The data key, extractable for one re-wrap, opened with a KEK the person holds. */
async function dataKeyToRewrap(
  person: Person | null,
  method: UnlockMethod,
  kek: CryptoKey,
): Promise<CryptoKey | 'wrong' | 'missing'> {
  const key = person && keyOf(person, method);
  if (!person || !key) return 'missing';
  return (await unwrapDataKey(key, kek, person.personId, true)) ?? 'wrong';
}

/** Whether a stored key (checked or not) is of this method: a damaged one is replaced too. */
function isMethod(key: unknown, method: UnlockMethod): boolean {
  return typeof key === 'object' && key !== null && 'method' in key && key.method === method;
}

/** Puts one wrapped key in place of the person's key of that method, in one transaction. */
async function replaceKey(
  personId: string,
  key: WrappedKey,
  changes: Partial<Pick<PersonRecord, 'failures' | 'nextAttemptAt'>> = {},
): Promise<boolean> {
  const db = peopleDatabase();
  const checked = wrappedKeySchema.parse(key);
  return db.transaction('rw', db.people, async () => {
    const stored = await db.people.get(personId);
    if (!stored || !readPerson(stored)) return false;
    const keys = stored.keys.filter((k) => !isMethod(k, key.method));
    await db.people.put({ ...stored, ...changes, keys: [...keys, checked] });
    return true;
  });
}

/**
 * Wraps the data key under a new passphrase, opened with the current passphrase or the recovery
 * code. The new wrapped key replaces the old in one write: a browser killed before it commits
 * leaves the old passphrase working. Clears failed attempts (the person proved who they are).
 */
export async function rewrapPassphrase(
  personId: string,
  unlockedWith: { method: UnlockMethod; kek: CryptoKey },
  next: { kek: CryptoKey; kdf: ArgonKdf },
): Promise<'changed' | 'wrong' | 'missing'> {
  const dataKey = await dataKeyToRewrap(
    await getPerson(personId),
    unlockedWith.method,
    unlockedWith.kek,
  );
  if (typeof dataKey === 'string') return dataKey;
  const key: WrappedKey = {
    method: 'passphrase',
    kdf: argonKdfText(next.kdf),
    ...(await wrapDataKey(dataKey, next.kek, personId)),
  };
  const stored = await replaceKey(personId, key, { failures: 0, nextAttemptAt: null });
  return stored ? 'changed' : 'missing';
}

/** Wraps the data key for this device's authenticator, opened with the passphrase. */
export async function addDeviceUnlock(
  personId: string,
  passphraseKek: CryptoKey,
  device: { kek: CryptoKey; credentialId: string; prfSalt: Uint8Array; kdf: SaltKdf },
): Promise<'added' | 'wrong' | 'missing'> {
  const dataKey = await dataKeyToRewrap(await getPerson(personId), 'passphrase', passphraseKek);
  if (typeof dataKey === 'string') return dataKey;
  const key: WrappedKey = {
    method: 'device',
    credentialId: device.credentialId,
    prfSalt: toBase64(ownBytes(device.prfSalt)),
    kdf: { name: 'hkdf-sha256', salt: toBase64(device.kdf.salt) },
    ...(await wrapDataKey(dataKey, device.kek, personId)),
  };
  return (await replaceKey(personId, key)) ? 'added' : 'missing';
}

export async function removeDeviceUnlock(personId: string): Promise<void> {
  const db = peopleDatabase();
  await db.transaction('rw', db.people, async () => {
    const stored = await db.people.get(personId);
    if (!stored || !readPerson(stored)) return;
    const keys = stored.keys.filter((key) => !isMethod(key, 'device'));
    await db.people.put({ ...stored, keys });
  });
}

/** The person's own minutes before auto-lock (the pack's may be shorter: core's rule). */
export async function setOwnAutoLock(personId: string, minutes: number): Promise<void> {
  if (
    !Number.isInteger(minutes) ||
    minutes < AUTO_LOCK_LIMITS.min ||
    minutes > AUTO_LOCK_LIMITS.max
  ) {
    throw new RangeError(
      `auto-lock must be a whole number of minutes from ${AUTO_LOCK_LIMITS.min} to ${AUTO_LOCK_LIMITS.max}`,
    );
  }
  await peopleDatabase().people.update(personId, { autoLockMinutes: minutes });
}

/**
 * Deletes every person's space, the database from before protection and the people database,
 * leaving the app installed (its caches hold no case data). Spaces go first: stopped half way,
 * what remains is a list of people whose spaces are empty, and erasing again finishes it. The
 * caller closes the open space first (a deletion waits for open connections).
 */
export async function eraseDevice(): Promise<void> {
  const db = peopleDatabase();
  const known = (await db.people.toArray()).flatMap((value) => {
    const person = readPerson(value);
    return person ? [spaceName(person.personId)] : [];
  });
  closePeopleDatabase();
  const listed = (await Dexie.getDatabaseNames()).filter((name) => name.startsWith(SPACE_PREFIX));
  for (const name of new Set([...listed, ...known])) await Dexie.delete(name);
  await Dexie.delete(LEGACY_DATABASE);
  await Dexie.delete(PEOPLE_DATABASE);
}
