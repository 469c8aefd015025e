/**
 * Argon2id as the unlock uses it: the reference implementation's own test vector, the same key
 * for the same words however the keyboard composed them, and failures as rejected promises that
 * say what went wrong. (In Node there is no Worker, so the bridge runs the same code on the page.)
 */
import { describe, expect, it } from 'vitest';
import { derivePassphraseBytes } from '../../../src/workers/keyDerivationBridge';
import { derive } from '../../../src/workers/keyDerivationService';

const hex = (bytes: Uint8Array) =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const SALT = new TextEncoder().encode('somesalt');
const SMALL = { memoryKiB: 64, iterations: 2, parallelism: 1 };

describe('key derivation', () => {
  it('matches the Argon2 reference test vector (argon2id, t=2, m=64 MiB, p=1)', async () => {
    const bytes = await derive({
      passphrase: 'password',
      salt: SALT,
      memoryKiB: 65536,
      iterations: 2,
      parallelism: 1,
    });
    expect(hex(bytes)).toBe('09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7');
  });

  it('gives 32 bytes, the same for a passphrase typed composed or decomposed', async () => {
    const composed = await derivePassphraseBytes('caf\u00e9 kettle harbour', {
      ...SMALL,
      salt: SALT,
    });
    const decomposed = await derivePassphraseBytes('cafe\u0301 kettle harbour', {
      ...SMALL,
      salt: SALT,
    });
    expect(composed).toHaveLength(32);
    expect(hex(decomposed)).toBe(hex(composed));
    const other = await derivePassphraseBytes('cafe kettle harbour', { ...SMALL, salt: SALT });
    expect(hex(other)).not.toBe(hex(composed));
  });

  it('rejects with a message naming the problem', async () => {
    await expect(
      derivePassphraseBytes('kettle harbour violet', { ...SMALL, iterations: 0, salt: SALT }),
    ).rejects.toThrow(
      "The key could not be derived from the passphrase: Argon2id's iterations must be a whole number from 1 to 20, not 0",
    );
    await expect(
      derivePassphraseBytes('kettle harbour violet', { ...SMALL, salt: new Uint8Array(4) }),
    ).rejects.toThrow(/salt must be at least 8 bytes/);
    await expect(derivePassphraseBytes('', { ...SMALL, salt: SALT })).rejects.toThrow(
      /no passphrase/,
    );
  });
});
