/**
 * The WebAuthn ceremonies behind "Unlock with this device": making a credential on the device's
 * authenticator (Windows Hello, Touch ID, a security key) and asking it for its PRF output, a
 * 32-byte secret it gives back only after verifying the person (fingerprint, face, PIN). The
 * same credential and salt always give the same output, so it can stand in for the passphrase.
 * Nothing here touches the keyring: deviceUnlock.ts does.
 */
import { toBase64Url } from '../db/protection/keys';

/** Why a ceremony gave no PRF output, in the terms the screens explain. */
export type CeremonyProblem =
  /** The person cancelled, the prompt timed out, or the browser refused without saying why. */
  | 'cancelled'
  /** No WebAuthn here, no authenticator that verifies the person, or an address it refuses. */
  | 'not-supported'
  /** The authenticator made or found the credential but cannot give a PRF output. */
  | 'prf-not-supported'
  /** Anything else the browser reported. */
  | 'failed';

export type Ceremony<T> = { ok: true; value: T } | { ok: false; problem: CeremonyProblem };

const RP_NAME = 'Case Audit';

/** WebAuthn refuses an IP address as relying-party id; it needs a domain name (or localhost). */
export function relyingPartyId(): string | null {
  if (typeof location === 'undefined') return null;
  const host = location.hostname;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.includes(':') || host.startsWith('[')) {
    return null;
  }
  return host;
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

/** Maps what `navigator.credentials` threw to a problem a person can act on. */
export function ceremonyProblem(error: unknown): CeremonyProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'AbortError') return 'cancelled';
  if (name === 'NotSupportedError' || name === 'SecurityError') return 'not-supported';
  return 'failed';
}

/** The PRF output in the extension results, if the authenticator gave one. */
function prfOutput(credential: PublicKeyCredential): Uint8Array<ArrayBuffer> | null {
  const first = credential.getClientExtensionResults().prf?.results?.first;
  if (!first) return null;
  // isView, not instanceof: the buffer may come from another realm (a frame, a test's DOM).
  const bytes = ArrayBuffer.isView(first)
    ? new Uint8Array(first.buffer, first.byteOffset, first.byteLength)
    : new Uint8Array(first);
  return bytes.byteLength === 32 ? new Uint8Array(bytes) : null;
}

export type NewCredential = { credentialId: Uint8Array<ArrayBuffer>; prfOutput: Uint8Array | null };

/**
 * Makes a credential with the PRF extension. Its output for `prfSalt` comes back at once when
 * the authenticator can (most platform ones now); otherwise `prfOutput` is null and the caller
 * asks with `evaluatePrf`. A credential whose authenticator cannot do PRF at all is reported as
 * `prf-not-supported` (and forgotten, where the browser can be told to).
 */
export async function createPrfCredential(input: {
  personName: string;
  prfSalt: Uint8Array<ArrayBuffer>;
  signal?: AbortSignal;
}): Promise<Ceremony<NewCredential>> {
  const rpId = relyingPartyId();
  if (!hasWebAuthn() || rpId === null) return { ok: false, problem: 'not-supported' };
  let credential: PublicKeyCredential;
  try {
    const made = await navigator.credentials.create({
      publicKey: {
        rp: { id: rpId, name: RP_NAME },
        // A random handle, not the person's id: the authenticator may show or sync it.
        user: { id: randomBytes(16), name: input.personName, displayName: input.personName },
        // No server checks the attestation or the signature: the PRF output is what matters.
        challenge: randomBytes(32),
        pubKeyCredParams: [
          { type: 'public-key', alg: -7 },
          { type: 'public-key', alg: -257 },
        ],
        authenticatorSelection: { userVerification: 'required', residentKey: 'discouraged' },
        attestation: 'none',
        extensions: { prf: { eval: { first: input.prfSalt } } },
      },
      signal: input.signal,
    });
    if (!(made instanceof PublicKeyCredential)) return { ok: false, problem: 'failed' };
    credential = made;
  } catch (error) {
    return { ok: false, problem: ceremonyProblem(error) };
  }
  const credentialId = new Uint8Array(credential.rawId);
  const prf = credential.getClientExtensionResults().prf;
  if (prf?.enabled !== true && prfOutput(credential) === null) {
    forgetCredential(credentialId);
    return { ok: false, problem: 'prf-not-supported' };
  }
  return { ok: true, value: { credentialId, prfOutput: prfOutput(credential) } };
}

/** Asks the authenticator, with the person verified, for the credential's PRF output. */
export async function evaluatePrf(input: {
  credentialId: Uint8Array<ArrayBuffer>;
  prfSalt: Uint8Array<ArrayBuffer>;
  signal?: AbortSignal;
}): Promise<Ceremony<Uint8Array>> {
  const rpId = relyingPartyId();
  if (rpId === null || !hasWebAuthn()) return { ok: false, problem: 'not-supported' };
  try {
    const found = await navigator.credentials.get({
      publicKey: {
        rpId,
        challenge: randomBytes(32),
        allowCredentials: [{ type: 'public-key', id: input.credentialId }],
        userVerification: 'required',
        extensions: { prf: { eval: { first: input.prfSalt } } },
      },
      signal: input.signal,
    });
    if (!(found instanceof PublicKeyCredential)) return { ok: false, problem: 'failed' };
    const output = prfOutput(found);
    return output ? { ok: true, value: output } : { ok: false, problem: 'prf-not-supported' };
  } catch (error) {
    return { ok: false, problem: ceremonyProblem(error) };
  }
}

export function hasWebAuthn(): boolean {
  return (
    typeof PublicKeyCredential !== 'undefined' &&
    typeof navigator !== 'undefined' &&
    typeof navigator.credentials?.create === 'function'
  );
}

/**
 * Whether this browser and device can be asked at all: WebAuthn, an authenticator that
 * verifies the person, an address WebAuthn accepts, and (where the browser says) PRF. Whether
 * the authenticator really gives PRF output is known only once a credential is made.
 */
export async function ceremonyAvailable(): Promise<boolean> {
  if (!hasWebAuthn() || relyingPartyId() === null) return false;
  try {
    const capabilities = await clientCapabilities();
    if (capabilities?.['extension:prf'] === false) return false;
    return await PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable();
  } catch {
    return false;
  }
}

/** Newer browsers list what they support; older ones have no such method (undefined). */
async function clientCapabilities(): Promise<Record<string, boolean> | undefined> {
  const withCapabilities = PublicKeyCredential as unknown as {
    getClientCapabilities?: () => Promise<Record<string, boolean>>;
  };
  return withCapabilities.getClientCapabilities?.();
}

/**
 * Tells the browser's passkey store that a credential we made and dropped is of no use, so it
 * is not offered later. Only some browsers can; elsewhere it stays, harmless, on the device.
 */
export function forgetCredential(credentialId: Uint8Array): void {
  const rpId = relyingPartyId();
  const signalling = PublicKeyCredential as unknown as {
    signalUnknownCredential?: (options: { rpId: string; credentialId: string }) => Promise<void>;
  };
  if (rpId === null || typeof signalling.signalUnknownCredential !== 'function') return;
  signalling
    .signalUnknownCredential({ rpId, credentialId: toBase64Url(credentialId) })
    .catch(() => undefined);
}
