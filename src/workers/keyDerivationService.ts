/**
 * The key derivation worker's work: Argon2id over a passphrase (hash-wasm's WebAssembly build of
 * the reference implementation). It takes tens of megabytes and around a second on purpose, so
 * it runs off the page and the unlock screen keeps answering.
 */
import { argon2id } from 'hash-wasm';

export type DeriveArgs = {
  /** Already NFC-normalised by the bridge: the same words typed on any keyboard give one key. */
  readonly passphrase: string;
  readonly memoryKiB: number;
  readonly iterations: number;
  readonly parallelism: number;
  readonly salt: Uint8Array;
};

const HASH_LENGTH = 32;

function wholeNumber(value: number, name: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(
      `Argon2id's ${name} must be a whole number from ${min} to ${max}, not ${value}`,
    );
  }
  return value;
}

export async function derive(args: DeriveArgs): Promise<Uint8Array> {
  if (typeof args.passphrase !== 'string' || args.passphrase.length === 0) {
    throw new TypeError('there is no passphrase to derive a key from');
  }
  if (!(args.salt instanceof Uint8Array) || args.salt.length < 8) {
    throw new TypeError('the salt must be at least 8 bytes (the least Argon2 takes)');
  }
  const parallelism = wholeNumber(args.parallelism, 'parallelism', 1, 8);
  return argon2id({
    password: new TextEncoder().encode(args.passphrase),
    salt: args.salt,
    memorySize: wholeNumber(args.memoryKiB, 'memory', 8 * parallelism, 1_048_576),
    iterations: wholeNumber(args.iterations, 'iterations', 1, 20),
    parallelism,
    hashLength: HASH_LENGTH,
    outputType: 'binary',
  });
}

export const keyDerivationHandlers = { derive };
export type KeyDerivationHandlers = typeof keyDerivationHandlers;
