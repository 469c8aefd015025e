/**
 * Opening a person's protected space: set-up of the first person (who also takes in the data
 * kept before protection) or of another, unlock with a passphrase or the recovery code, and
 * changing the passphrase. Every path ends the same way, in `enterSpace`: the space opened with
 * the unwrapped data key, the session unlocked, auto-lock counting.
 */
import { checkPassphrase, parseRecoveryCode, recoveryCodeText } from '../core';
import { openSpace } from '../db/connection';
import { adoptLegacyDatabase } from '../db/protection/adoptLegacy';
import {
  createPerson,
  personKdf,
  rewrapPassphrase,
  type UnlockOutcome,
  unlockWithKek,
} from '../db/protection/keyring';
import { randomSalt, recoveryKek } from '../db/protection/keys';
import { legacyDataPresent } from '../db/protection/legacyPresence';
import { listPeople, type PersonSummary } from '../db/protection/people';
import { setWorkerSpace } from '../workers/workerSpace';
import { startAutoLock } from './autoLock';
import { newPassphraseKek, passphraseKek } from './keyDerivation';
import { setLegacyDataWaiting } from './legacyWaiting';
import { lock } from './locking';
import { sessionState, setSessionState } from './sessionState';
import { tellOtherTabs } from './tabChannel';

/** The random bytes of a recovery code: 160 bits, shown as 32 characters. */
const RECOVERY_CODE_BYTES = 20;

/** What an unlock came to. `wait`: too many wrong attempts, try again at `nextAttemptAt`. */
export type UnlockResult =
  | { readonly status: 'unlocked' }
  | { readonly status: 'wrong'; readonly failures: number; readonly nextAttemptAt: string | null }
  | { readonly status: 'wait'; readonly nextAttemptAt: string }
  /** No such person, or no key wrapped that way (the recovery code is the way in). */
  | { readonly status: 'missing' };

/** As an unlock, or a code that cannot be a recovery code (`problem` says why, for the screen). */
export type RecoveryResult =
  | UnlockResult
  | { readonly status: 'unreadable'; readonly problem: string };

/** A passphrase the screens should have refused (core's `checkPassphrase`). */
export class WeakPassphraseError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The passphrase is not strong enough: ${problems.join(' ')}`);
    this.name = 'WeakPassphraseError';
  }
}

function assertStrong(passphrase: string, name?: string): void {
  const check = checkPassphrase(passphrase, name === undefined ? {} : { name });
  if (!check.ok) throw new WeakPassphraseError(check.problems);
}

async function summaryOf(personId: string): Promise<PersonSummary | undefined> {
  return (await listPeople()).find((p) => p.personId === personId);
}

/**
 * Opens the person's space with their data key and unlocks the session (also the end of an
 * unlock with this device). The first person set up on the device takes in the data kept before
 * protection: at set-up, or at a later unlock if the browser was closed before it was done.
 */
export async function enterSpace(
  personId: string,
  dataKey: CryptoKey,
  adopt: 'always' | 'if-left' = 'if-left',
): Promise<void> {
  const people = await listPeople();
  const person = people.find((p) => p.personId === personId);
  if (!person) throw new Error('This person is no longer on this device.');
  const space = openSpace(personId, dataKey);
  let waiting = false;
  if (isFirstPerson(person, people) && (adopt === 'always' || (await legacyDataPresent()))) {
    try {
      await adoptLegacyDatabase(space);
    } catch (error) {
      // Nothing is lost: the old database stays as it was until a copy commits, and the next
      // unlock tries again. Failing the set-up here would lose the recovery code just made;
      // the screens say it is waiting instead.
      console.error('The data from before protection could not be taken in yet', error);
      waiting = true;
    }
  }
  setLegacyDataWaiting(waiting);
  setWorkerSpace({ personId, dataKey });
  setSessionState({ kind: 'unlocked', person });
  startAutoLock(personId, person.ownAutoLockMinutes ?? null, () => void lock('idle'));
}

/** The person set up first on this device (the earliest; ties by id, so every tab agrees). */
function isFirstPerson(person: PersonSummary, people: readonly PersonSummary[]): boolean {
  const first = [...people].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.personId.localeCompare(b.personId),
  )[0];
  return first?.personId === person.personId;
}

/** A new person's keys: passphrase and recovery code wrap a new data key. */
async function createWithRecoveryCode(
  name: string,
  passphrase: string,
): Promise<{ personId: string; dataKey: CryptoKey; recoveryCode: string }> {
  assertStrong(passphrase, name);
  const passphraseKey = await newPassphraseKek(passphrase);
  const code = crypto.getRandomValues(new Uint8Array(RECOVERY_CODE_BYTES));
  const recoverySalt = randomSalt();
  const created = await createPerson({
    name: name.trim(),
    passphraseKek: passphraseKey.kek,
    passphraseKdf: passphraseKey.kdf,
    recoveryKek: await recoveryKek(code, recoverySalt),
    recoveryKdf: { salt: recoverySalt },
  });
  const recoveryCode = recoveryCodeText(code);
  code.fill(0);
  tellOtherTabs({ type: 'people' });
  return { ...created, recoveryCode };
}

/**
 * Sets up a person: their passphrase and a new recovery code (returned, to be shown once) wrap
 * a new data key. The first person on the device also takes in the data kept before protection,
 * into their space, before the session unlocks.
 */
export async function setUpPerson(
  name: string,
  passphrase: string,
): Promise<{ readonly recoveryCode: string }> {
  const { personId, dataKey, recoveryCode } = await createWithRecoveryCode(name, passphrase);
  await enterSpace(personId, dataKey, 'always');
  return { recoveryCode };
}

/** Adds another person to this device: their own space, empty; nothing is adopted. */
export async function addPerson(
  name: string,
  passphrase: string,
): Promise<{ readonly recoveryCode: string }> {
  const { personId, dataKey, recoveryCode } = await createWithRecoveryCode(name, passphrase);
  await enterSpace(personId, dataKey);
  return { recoveryCode };
}

/** Refuses before deriving anything while the person must wait after wrong attempts. */
async function mustWait(personId: string): Promise<UnlockResult | null> {
  const person = await summaryOf(personId);
  if (!person) return { status: 'missing' };
  const next = person.nextAttemptAt;
  if (next !== null && Date.parse(next) > Date.now())
    return { status: 'wait', nextAttemptAt: next };
  return null;
}

async function afterUnwrap(personId: string, outcome: UnlockOutcome): Promise<UnlockResult> {
  if (outcome.status !== 'unlocked') return outcome;
  await enterSpace(personId, outcome.dataKey);
  return { status: 'unlocked' };
}

/** Unlocks with the person's passphrase. A wrong one changes nothing but the count of failures. */
export async function unlock(personId: string, passphrase: string): Promise<UnlockResult> {
  const waiting = await mustWait(personId);
  if (waiting) return waiting;
  const kdf = await personKdf(personId);
  if (!kdf?.passphrase) return { status: 'missing' };
  const kek = await passphraseKek(passphrase, kdf.passphrase);
  return afterUnwrap(personId, await unlockWithKek(personId, 'passphrase', kek));
}

/**
 * Unlocks with the recovery code and sets a new passphrase in the same step (the old one, if
 * it was only forgotten, stops working).
 */
export async function unlockWithRecoveryCode(
  personId: string,
  code: string,
  newPassphrase: string,
): Promise<RecoveryResult> {
  const parsed = parseRecoveryCode(code);
  if (!parsed.ok) return { status: 'unreadable', problem: parsed.problem };
  const person = await summaryOf(personId);
  assertStrong(newPassphrase, person?.name);
  const waiting = await mustWait(personId);
  if (waiting) return waiting;
  const kdf = await personKdf(personId);
  if (!kdf?.recovery) return { status: 'missing' };
  const kek = await recoveryKek(parsed.bytes, kdf.recovery.salt);
  const outcome = await unlockWithKek(personId, 'recovery-code', kek);
  if (outcome.status !== 'unlocked') return outcome;
  const next = await newPassphraseKek(newPassphrase);
  const rewrapped = await rewrapPassphrase(personId, { method: 'recovery-code', kek }, next);
  if (rewrapped !== 'changed') return { status: 'missing' };
  return afterUnwrap(personId, outcome);
}

/**
 * Changes the unlocked person's passphrase: the data key is wrapped again, in one transaction,
 * so a browser killed midway leaves the old passphrase working. `missing`: the key wrapped by
 * the passphrase is gone (the recovery code sets a new one).
 */
export async function changePassphrase(
  current: string,
  next: string,
): Promise<'changed' | 'wrong' | 'missing'> {
  const state = sessionState();
  if (state.kind !== 'unlocked') throw new Error('Unlock before changing the passphrase.');
  const { personId, name } = state.person;
  assertStrong(next, name);
  const kdf = await personKdf(personId);
  if (!kdf?.passphrase) return 'missing';
  const kek = await passphraseKek(current, kdf.passphrase);
  return rewrapPassphrase(personId, { method: 'passphrase', kek }, await newPassphraseKek(next));
}
