/** The wrapped data keys the people database keeps: their shape, checked when read. */
import { describe, expect, it } from 'vitest';
import { toBase64, wrappedKeySchema } from '../../../../src/core';

const bytes = (n: number) => toBase64(new Uint8Array(n).fill(7));
const passphraseKey = {
  method: 'passphrase',
  kdf: {
    name: 'argon2id',
    memoryKiB: 65536,
    iterations: 3,
    parallelism: 1,
    salt: bytes(16),
  },
  iv: bytes(12),
  wrapped: bytes(48),
};

describe('wrappedKeySchema', () => {
  it('reads each method', () => {
    expect(wrappedKeySchema.parse(passphraseKey)).toEqual(passphraseKey);
    const recovery = {
      method: 'recovery-code',
      kdf: { name: 'hkdf-sha256', salt: bytes(16) },
      iv: bytes(12),
      wrapped: bytes(48),
    };
    expect(wrappedKeySchema.parse(recovery)).toEqual(recovery);
    const device = { ...recovery, method: 'device', credentialId: 'AbC-_9', prfSalt: bytes(32) };
    expect(wrappedKeySchema.parse(device)).toEqual(device);
  });

  it('refuses Argon2id figures below OWASP’s minimum, so a changed record cannot weaken a key', () => {
    const weak = { ...passphraseKey, kdf: { ...passphraseKey.kdf, memoryKiB: 1024 } };
    expect(wrappedKeySchema.safeParse(weak).success).toBe(false);
    const once = { ...passphraseKey, kdf: { ...passphraseKey.kdf, iterations: 1 } };
    expect(wrappedKeySchema.safeParse(once).success).toBe(false);
  });

  it('refuses bytes of the wrong length and unknown fields', () => {
    expect(wrappedKeySchema.safeParse({ ...passphraseKey, iv: bytes(16) }).success).toBe(false);
    expect(wrappedKeySchema.safeParse({ ...passphraseKey, wrapped: 'not base64!' }).success).toBe(
      false,
    );
    expect(wrappedKeySchema.safeParse({ ...passphraseKey, key: bytes(32) }).success).toBe(false);
  });
});
