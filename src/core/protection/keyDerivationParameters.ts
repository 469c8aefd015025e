/**
 * How a person's passphrase becomes the key that unwraps their data key: Argon2id, memory-hard,
 * so guessing passphrases from a copied browser profile costs memory as well as time.
 *
 * OWASP's minimum for Argon2id is 19 MiB, 2 iterations, 1 lane; these are above it. The
 * figures are stored with every wrapped key (wrappedKey.ts), so they can rise in a later version
 * without locking anyone out: a key is always unwrapped with the figures it was wrapped with.
 */
export const ARGON2ID_PARAMETERS: {
  readonly memoryKiB: number;
  readonly iterations: number;
  readonly parallelism: number;
  readonly hashLength: 32;
} = { memoryKiB: 65536, iterations: 3, parallelism: 1, hashLength: 32 };

/** The least a stored wrapped key may ask for: OWASP's minimum, so a tampered record cannot lower it. */
export const ARGON2ID_MINIMUM = { memoryKiB: 19456, iterations: 2, parallelism: 1 } as const;
/** The most: anything larger would exhaust a phone's memory or keep the person waiting minutes. */
export const ARGON2ID_MAXIMUM = { memoryKiB: 1048576, iterations: 20, parallelism: 8 } as const;
