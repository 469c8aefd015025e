/**
 * Key-encryption keys (KEKs) from the secrets a person holds, and the bytes around them. A KEK
 * only wraps and unwraps the data key; it never encrypts a record and is never extractable.
 *
 * - passphrase:    Argon2id output (32 bytes, derived in a worker) imported as an AES-GCM key
 * - recovery code: HKDF-SHA-256 over the code's 20 random bytes, info `case-audit:recovery`
 * - this device:   HKDF-SHA-256 over the authenticator's PRF output, info `case-audit:device`
 *
 * HKDF suffices for the last two: their input is already full-entropy, so there is nothing for
 * a slow function to protect.
 *
 * Wrapping the data key: AES-GCM under the KEK, a fresh 12-byte IV each time, and
 * `case-audit:data-key:<personId>` as additional data, so a wrapped key copied onto another
 * person's record does not open.
 */
import { fromBase64, toBase64, type WrappedKey } from '../../core';

export const SALT_BYTES = 16;
export const IV_BYTES = 12;

const KEK_USAGES: KeyUsage[] = ['wrapKey', 'unwrapKey'];
const RECOVERY_INFO = 'case-audit:recovery';
const DEVICE_INFO = 'case-audit:device';

/** The salt for one key derivation (and any other random bytes a wrap needs). */
export function randomSalt(bytes = SALT_BYTES): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(bytes));
}

/** A copy WebCrypto accepts whatever buffer the bytes came in (a worker's reply, a view). */
export function ownBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}

export function passphraseKekFromBytes(bytes: Uint8Array): Promise<CryptoKey> {
  if (bytes.length !== 32) throw new Error(`a passphrase key is 32 bytes, not ${bytes.length}`);
  return crypto.subtle.importKey('raw', ownBytes(bytes), 'AES-GCM', false, KEK_USAGES);
}

async function hkdfKek(input: Uint8Array, salt: Uint8Array, info: string): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', ownBytes(input), 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: ownBytes(salt), info: new TextEncoder().encode(info) },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    KEK_USAGES,
  );
}

export function recoveryKek(codeBytes: Uint8Array, salt: Uint8Array): Promise<CryptoKey> {
  return hkdfKek(codeBytes, salt, RECOVERY_INFO);
}

export function deviceKek(prfOutput: Uint8Array, salt: Uint8Array): Promise<CryptoKey> {
  return hkdfKek(prfOutput, salt, DEVICE_INFO);
}

export { toBase64 };

/** Bytes from base64 that a schema has already checked. */
export function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const bytes = fromBase64(base64);
  if (!bytes) throw new Error('not base64');
  return bytes;
}

/** base64url without padding, as WebAuthn gives credential ids. */
export function toBase64Url(bytes: Uint8Array): string {
  return toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  const standard = text.replace(/-/g, '+').replace(/_/g, '/');
  return fromBase64(standard.padEnd(Math.ceil(standard.length / 4) * 4, '='));
}

/** What binds a wrapped key to its person. */
function additionalData(personId: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`case-audit:data-key:${personId}`);
}

/** The data key wrapped under a KEK, bound to its person, ready for a WrappedKey record. */
export async function wrapDataKey(dataKey: CryptoKey, kek: CryptoKey, personId: string) {
  const iv = randomSalt(IV_BYTES);
  const wrapped = await crypto.subtle.wrapKey('raw', dataKey, kek, {
    name: 'AES-GCM',
    iv,
    additionalData: additionalData(personId),
  });
  return { iv: toBase64(iv), wrapped: toBase64(new Uint8Array(wrapped)) };
}

/** The data key, or null when this KEK does not open it (a wrong passphrase, code or device). */
export async function unwrapDataKey(
  key: WrappedKey,
  kek: CryptoKey,
  personId: string,
  extractable: boolean,
): Promise<CryptoKey | null> {
  try {
    return await crypto.subtle.unwrapKey(
      'raw',
      bytesOf(key.wrapped),
      kek,
      { name: 'AES-GCM', iv: bytesOf(key.iv), additionalData: additionalData(personId) },
      { name: 'AES-GCM', length: 256 },
      extractable,
      ['encrypt', 'decrypt'],
    );
  } catch (error) {
    // AES-GCM's tag does not match: the same failure for a wrong secret and a changed record.
    if (error instanceof Error && error.name === 'OperationError') return null;
    throw error;
  }
}
