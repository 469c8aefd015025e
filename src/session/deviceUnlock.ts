/**
 * "Unlock with this device": the authenticator's PRF output (after it has checked the person's
 * fingerprint, face or PIN) is turned by HKDF into a key-encryption key that wraps the person's
 * data key a third time, beside the passphrase and the recovery code. Setting it up needs the
 * passphrase (to open the data key and wrap it again); the passphrase stays a way in, always.
 * Unlocking ends as every other way in does, in `enterSpace`.
 */
import {
  addDeviceUnlock,
  personKdf,
  removeDeviceUnlock as removeDeviceKey,
  unlockWithKek,
} from '../db/protection/keyring';
import { deviceKek, fromBase64Url, randomSalt, toBase64Url } from '../db/protection/keys';
import { listPeople, type PersonSummary } from '../db/protection/people';
import {
  type CeremonyProblem,
  ceremonyAvailable,
  createPrfCredential,
  evaluatePrf,
  forgetCredential,
  relyingPartyId,
} from './deviceUnlockCeremony';
import { passphraseKek } from './keyDerivation';
import { sessionState, setSessionState } from './sessionState';
import { tellOtherTabs } from './tabChannel';
import { enterSpace } from './unlocking';

export type { CeremonyProblem } from './deviceUnlockCeremony';

/** The salt the authenticator's PRF is evaluated on: fixed per enrolment, stored beside the key. */
const PRF_SALT_BYTES = 32;

/**
 * Whether to offer "Unlock with this device" here: WebAuthn, an authenticator that checks the
 * person, and an address it accepts. Whether the authenticator gives PRF output is known only
 * when setting up (`prf-not-supported`).
 */
export function deviceUnlockSupported(): Promise<boolean> {
  return ceremonyAvailable();
}

/**
 * The page's host when it is an IP address (`127.0.0.1`), which WebAuthn refuses as the relying
 * party whatever the browser and device can do; null at a name (`localhost`, a domain).
 */
export function ipAddressHost(): string | null {
  if (typeof location === 'undefined' || relyingPartyId() !== null) return null;
  return location.hostname || null;
}

export type EnrolResult =
  | { readonly status: 'added' }
  /** The passphrase is not the person's (counted as a failed attempt). */
  | { readonly status: 'wrong'; readonly nextAttemptAt: string | null }
  | { readonly status: 'wait'; readonly nextAttemptAt: string }
  | { readonly status: 'missing' }
  | { readonly status: CeremonyProblem };

export type DeviceUnlockResult =
  | { readonly status: 'unlocked' }
  /** The authenticator answered, but not with this person's key (counted as a failed attempt). */
  | { readonly status: 'wrong'; readonly nextAttemptAt: string | null }
  | { readonly status: 'wait'; readonly nextAttemptAt: string }
  /** Not set up for this person (any more): the passphrase is the way in. */
  | { readonly status: 'not-enrolled' }
  | { readonly status: CeremonyProblem };

async function personOf(personId: string): Promise<PersonSummary | undefined> {
  return (await listPeople()).find((p) => p.personId === personId);
}

function waitFor(person: PersonSummary): string | null {
  const next = person.nextAttemptAt;
  return next !== null && Date.parse(next) > Date.now() ? next : null;
}

/** Keeps the unlocked person's summary (`deviceUnlock`) current, here and in locked tabs. */
async function announceChange(personId: string): Promise<void> {
  tellOtherTabs({ type: 'people' });
  const state = sessionState();
  if (state.kind !== 'unlocked' || state.person.personId !== personId) return;
  const person = await personOf(personId);
  if (person) setSessionState({ kind: 'unlocked', person });
}

/**
 * Sets up unlock with this device for the person, with their passphrase. The authenticator is
 * asked at once (some browsers allow it only straight after the click) while the passphrase is
 * checked alongside; a wrong passphrase cancels the prompt and is counted like any wrong try.
 */
export async function enrolDevice(personId: string, passphrase: string): Promise<EnrolResult> {
  const state = sessionState();
  const known =
    state.kind === 'unlocked' && state.person.personId === personId ? state.person : null;
  const person = known ?? (await personOf(personId));
  if (!person) return { status: 'missing' };
  const waiting = waitFor(person);
  if (waiting) return { status: 'wait', nextAttemptAt: waiting };

  const prfSalt = randomSalt(PRF_SALT_BYTES);
  const prompt = new AbortController();
  const creation = createPrfCredential({ personName: person.name, prfSalt, signal: prompt.signal });
  const check = checkPassphrase(personId, passphrase);
  const checked = await check.catch((error: unknown) => {
    prompt.abort();
    throw error;
  });
  if (checked.status !== 'right') {
    prompt.abort();
    const created = await creation;
    if (created.ok) forgetCredential(created.value.credentialId);
    return checked;
  }

  const created = await creation;
  if (!created.ok) return { status: created.problem };
  const { credentialId } = created.value;
  let output = created.value.prfOutput;
  if (output === null) {
    const evaluated = await evaluatePrf({ credentialId, prfSalt });
    if (!evaluated.ok) {
      forgetCredential(credentialId);
      return { status: evaluated.problem };
    }
    output = evaluated.value;
  }
  const salt = randomSalt();
  const kek = await deviceKek(output, salt);
  output.fill(0);
  const previous = (await personKdf(personId))?.device?.credentialId ?? null;
  const added = await addDeviceUnlock(personId, checked.kek, {
    kek,
    credentialId: toBase64Url(credentialId),
    prfSalt,
    kdf: { salt },
  });
  if (added !== 'added') {
    forgetCredential(credentialId);
    return added === 'wrong' ? { status: 'wrong', nextAttemptAt: null } : { status: 'missing' };
  }
  forgetStored(previous);
  await announceChange(personId);
  return { status: 'added' };
}

type PassphraseChecked =
  | { status: 'right'; kek: CryptoKey }
  | Extract<EnrolResult, { status: 'wrong' | 'wait' | 'missing' }>;

/** The passphrase's KEK, checked against the keyring (a wrong one counts, as at unlock). */
async function checkPassphrase(personId: string, passphrase: string): Promise<PassphraseChecked> {
  const kdf = await personKdf(personId);
  if (!kdf?.passphrase) return { status: 'missing' };
  const kek = await passphraseKek(passphrase, kdf.passphrase);
  const outcome = await unlockWithKek(personId, 'passphrase', kek);
  if (outcome.status === 'unlocked') return { status: 'right', kek };
  if (outcome.status === 'wrong') return { status: 'wrong', nextAttemptAt: outcome.nextAttemptAt };
  return outcome;
}

/** Unlocks with the authenticator set up for this person, and opens their space. */
export async function unlockWithDevice(personId: string): Promise<DeviceUnlockResult> {
  const device = (await personKdf(personId))?.device ?? null;
  const credentialId = device && fromBase64Url(device.credentialId);
  if (!device || !credentialId) return { status: 'not-enrolled' };
  const person = await personOf(personId);
  const waiting = person ? waitFor(person) : null;
  if (waiting) return { status: 'wait', nextAttemptAt: waiting };

  const evaluated = await evaluatePrf({ credentialId, prfSalt: new Uint8Array(device.prfSalt) });
  if (!evaluated.ok) return { status: evaluated.problem };
  const kek = await deviceKek(evaluated.value, device.salt);
  evaluated.value.fill(0);
  const outcome = await unlockWithKek(personId, 'device', kek);
  if (outcome.status === 'missing') return { status: 'not-enrolled' };
  if (outcome.status === 'wrong') return { status: 'wrong', nextAttemptAt: outcome.nextAttemptAt };
  if (outcome.status === 'wait') return outcome;
  await enterSpace(personId, outcome.dataKey);
  return { status: 'unlocked' };
}

/** Turns unlock with this device off for the person; the passphrase and recovery code remain. */
export async function removeDeviceUnlock(personId: string): Promise<void> {
  const previous = (await personKdf(personId))?.device?.credentialId ?? null;
  await removeDeviceKey(personId);
  forgetStored(previous);
  await announceChange(personId);
}

/** Whether the person has set up unlock with this device (read afresh, not from the session). */
export async function deviceUnlockEnrolled(personId: string): Promise<boolean> {
  return (await personOf(personId))?.deviceUnlock ?? false;
}

function forgetStored(credentialId: string | null): void {
  const bytes = credentialId === null ? null : fromBase64Url(credentialId);
  if (bytes) forgetCredential(bytes);
}
