/**
 * A person's data key, wrapped (encrypted) by a key-encryption key, as the people database keeps
 * it. One person has up to three: under their passphrase (Argon2id), under their recovery code
 * and under this device's authenticator (both HKDF-SHA-256: their input is already random).
 *
 * ```
 * { method: 'passphrase',
 *   kdf: { name: 'argon2id', memoryKiB: 65536, iterations: 3, parallelism: 1, salt: <16 bytes> },
 *   iv: <12 bytes>, wrapped: <48 bytes: the 32-byte key and the 16-byte tag> }
 * { method: 'recovery-code', kdf: { name: 'hkdf-sha256', salt }, iv, wrapped }
 * { method: 'device', credentialId: <base64url>, prfSalt: <16 to 64 bytes>, kdf: { name: 'hkdf-sha256', salt }, iv, wrapped }
 * ```
 * Bytes are standard base64. Nothing here is secret: without the passphrase, the code or the
 * device, `wrapped` cannot be opened.
 */
import { z } from 'zod';
import { fromBase64 } from '../crypto/base64';
import { ARGON2ID_MAXIMUM, ARGON2ID_MINIMUM } from './keyDerivationParameters';

export const SALT_BYTES = 16;
export const WRAP_IV_BYTES = 12;
/** The raw 256-bit key followed by AES-GCM's 128-bit tag. */
export const WRAPPED_KEY_BYTES = 48;

const base64Of = (bytes: number, what: string) =>
  z
    .string()
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, `must be ${what} in base64`)
    .refine((text) => fromBase64(text)?.length === bytes, `must be ${bytes} bytes in base64`);

const wrapping = {
  iv: base64Of(WRAP_IV_BYTES, 'the IV'),
  wrapped: base64Of(WRAPPED_KEY_BYTES, 'the wrapped key'),
};

const hkdf = z.strictObject({
  name: z.literal('hkdf-sha256'),
  salt: base64Of(SALT_BYTES, 'the salt'),
});

export const wrappedKeySchema = z.discriminatedUnion('method', [
  z.strictObject({
    method: z.literal('passphrase'),
    kdf: z.strictObject({
      name: z.literal('argon2id'),
      memoryKiB: z.number().int().min(ARGON2ID_MINIMUM.memoryKiB).max(ARGON2ID_MAXIMUM.memoryKiB),
      iterations: z
        .number()
        .int()
        .min(ARGON2ID_MINIMUM.iterations)
        .max(ARGON2ID_MAXIMUM.iterations),
      parallelism: z
        .number()
        .int()
        .min(ARGON2ID_MINIMUM.parallelism)
        .max(ARGON2ID_MAXIMUM.parallelism),
      salt: base64Of(SALT_BYTES, 'the salt'),
    }),
    ...wrapping,
  }),
  z.strictObject({ method: z.literal('recovery-code'), kdf: hkdf, ...wrapping }),
  z.strictObject({
    method: z.literal('device'),
    credentialId: z.string().regex(/^[A-Za-z0-9_-]+$/, 'must be a credential id in base64url'),
    prfSalt: z
      .string()
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be the PRF salt in base64')
      .refine((text) => {
        const length = fromBase64(text)?.length ?? 0;
        return length >= 16 && length <= 64;
      }, 'must be 16 to 64 bytes in base64'),
    kdf: hkdf,
    ...wrapping,
  }),
]);

export type WrappedKey = z.infer<typeof wrappedKeySchema>;
export type UnlockMethod = WrappedKey['method'];
