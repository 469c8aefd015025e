/**
 * From a passphrase to the key that unwraps the data key: Argon2id in the key-derivation worker
 * (it takes about a second, on purpose), then imported as a non-extractable AES-GCM key. The
 * derivation is replaceable so tests in Node, where the worker cannot run, can supply their own.
 */
import { ARGON2ID_PARAMETERS } from '../core';
import { passphraseKekFromBytes, randomSalt } from '../db/protection/keys';
import { derivePassphraseBytes } from '../workers/keyDerivationBridge';

/** Argon2id's settings for one wrapped key, with its salt. */
export type PassphraseKdf = {
  readonly memoryKiB: number;
  readonly iterations: number;
  readonly parallelism: number;
  readonly salt: Uint8Array;
};

export type DerivePassphraseBytes = (passphrase: string, kdf: PassphraseKdf) => Promise<Uint8Array>;

let derive: DerivePassphraseBytes = derivePassphraseBytes;

/** Replaces the derivation (tests); null restores the worker's. */
export function useKeyDerivation(replacement: DerivePassphraseBytes | null): void {
  derive = replacement ?? derivePassphraseBytes;
}

/** The key-encryption key of a passphrase under the settings it was wrapped with. */
export async function passphraseKek(passphrase: string, kdf: PassphraseKdf): Promise<CryptoKey> {
  const bytes = await derive(passphrase.normalize('NFC'), kdf);
  try {
    return await passphraseKekFromBytes(bytes);
  } finally {
    bytes.fill(0);
  }
}

/** A new passphrase's key-encryption key: today's settings and a fresh salt. */
export async function newPassphraseKek(
  passphrase: string,
): Promise<{ readonly kek: CryptoKey; readonly kdf: PassphraseKdf }> {
  const { memoryKiB, iterations, parallelism } = ARGON2ID_PARAMETERS;
  const kdf: PassphraseKdf = { memoryKiB, iterations, parallelism, salt: randomSalt() };
  return { kek: await passphraseKek(passphrase, kdf), kdf };
}
