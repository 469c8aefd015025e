/**
 * Passwords are kept only as Argon2id hashes (memory-hard, OWASP's recommended function) in the
 * PHC string format, which carries its own salt and settings: settings raised later still verify
 * the hashes made before. The same WebAssembly implementation as the app's passphrases.
 */
import { randomBytes } from 'node:crypto';
import { argon2id, argon2Verify } from 'hash-wasm';

/** OWASP's minimum for Argon2id (19 MiB, 2 passes, 1 lane): about 50 ms a sign-in on one core. */
export const PASSWORD_HASHING = { memoryKiB: 19_456, iterations: 2, parallelism: 1 } as const;

export async function hashPassword(password: string): Promise<string> {
  return argon2id({
    password: password.normalize('NFC'),
    salt: randomBytes(16),
    memorySize: PASSWORD_HASHING.memoryKiB,
    iterations: PASSWORD_HASHING.iterations,
    parallelism: PASSWORD_HASHING.parallelism,
    hashLength: 32,
    outputType: 'encoded',
  });
}

export async function passwordMatches(password: string, hash: string): Promise<boolean> {
  try {
    return await argon2Verify({ password: password.normalize('NFC'), hash });
  } catch {
    // A hash that cannot be read matches nothing.
    return false;
  }
}

let unknownAccountHash: Promise<string> | null = null;

/**
 * Spends the time a real check takes when no account has the email given, so the time a
 * refusal takes does not say which emails have accounts.
 */
export async function checkAgainstNoOne(password: string): Promise<false> {
  unknownAccountHash ??= hashPassword(randomBytes(16).toString('hex'));
  await passwordMatches(password, await unknownAccountHash);
  return false;
}
