/**
 * Passphrase-protected files: AES-256-GCM with a key from PBKDF2-SHA-256 (600,000 iterations),
 * with WebCrypto as Node 20 has it (the browser's is the same API).
 */
import { describe, expect, it } from 'vitest';
import {
  decryptFileText,
  type EncryptedFile,
  encryptedFileText,
  encryptFileText,
  passphraseProblem,
} from '../../../../src/core';
import { fromBase64, toBase64 } from '../../../../src/core/crypto/base64';
import {
  PBKDF2_ITERATIONS,
  readEncryptedFile,
  WRONG_PASSPHRASE,
} from '../../../../src/core/crypto/encryptedFile';

const PASSPHRASE = 'orange kettle harbour';
const TEXT = '{"format":"case-audit/inspection","kind":"work","note":"Évaluation — p. 3 ✓"}\n';

describe('base64', () => {
  it('round-trips every length of bytes', () => {
    for (let n = 0; n < 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) % 256);
      expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    }
    expect(toBase64(new TextEncoder().encode('Man'))).toBe('TWFu');
    expect(toBase64(new TextEncoder().encode('Ma'))).toBe('TWE=');
    expect(fromBase64('not base64!')).toBeNull();
  });
});

describe('an encrypted file', { timeout: 30_000 }, () => {
  it('opens with the passphrase it was made with, and says how it was made', async () => {
    const file = await encryptFileText(TEXT, 'work', PASSPHRASE, crypto);
    expect(file).toMatchObject({
      format: 'case-audit/encrypted',
      formatVersion: 1,
      contents: 'work',
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS },
      cipher: { name: 'AES-GCM', length: 256, tagLength: 128 },
    });
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(fromBase64(file.kdf.salt)).toHaveLength(16);
    expect(fromBase64(file.cipher.iv)).toHaveLength(12);
    // The text is nowhere in the file.
    expect(encryptedFileText(file)).not.toContain('Évaluation');
    const read = readEncryptedFile(encryptedFileText(file));
    expect(read.status).toBe('ok');
    if (read.status !== 'ok') return;
    expect(await decryptFileText(read.value, PASSPHRASE, crypto)).toEqual({
      status: 'ok',
      value: TEXT,
    });
  });

  it('uses a new salt and IV every time', async () => {
    const a = await encryptFileText(TEXT, 'work', PASSPHRASE, crypto);
    const b = await encryptFileText(TEXT, 'work', PASSPHRASE, crypto);
    expect(a.kdf.salt).not.toBe(b.kdf.salt);
    expect(a.cipher.iv).not.toBe(b.cipher.iv);
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });

  it('refuses a wrong passphrase, saying only that', async () => {
    const file = await encryptFileText(TEXT, 'work', PASSPHRASE, crypto);
    const opened = await decryptFileText(file, 'orange kettle harbor', crypto);
    expect(opened).toEqual({
      status: 'invalid',
      errors: [{ path: '(the whole file)', message: WRONG_PASSPHRASE }],
    });
    expect(WRONG_PASSPHRASE).toMatch(/^The passphrase is not right for this file/);
  });

  it('refuses a changed ciphertext, IV or header (GCM’s tag covers them)', async () => {
    const file = await encryptFileText(TEXT, 'work', PASSPHRASE, crypto);
    const bytes = fromBase64(file.ciphertext)!;
    bytes[5] = bytes[5]! ^ 1;
    const tampered: EncryptedFile[] = [
      { ...file, ciphertext: toBase64(bytes) },
      { ...file, cipher: { ...file.cipher, iv: toBase64(new Uint8Array(12)) } },
      { ...file, contents: 'pack' },
    ];
    for (const t of tampered) {
      expect((await decryptFileText(t, PASSPHRASE, crypto)).status).toBe('invalid');
    }
  });

  it('refuses weak or absurd key settings, and files from a newer app, before trying', async () => {
    const file = await encryptFileText(TEXT, 'work', PASSPHRASE, crypto);
    const weak = { ...file, kdf: { ...file.kdf, iterations: 1000 } };
    expect(readEncryptedFile(JSON.stringify(weak)).status).toBe('invalid');
    const newer = readEncryptedFile(JSON.stringify({ ...file, formatVersion: 2 }));
    expect(newer.status === 'invalid' && newer.errors[0]!.message).toMatch(
      /newer version of Case Audit/,
    );
    expect(readEncryptedFile(encryptedFileText(file).slice(0, 200)).status).toBe('invalid');
  });
});

describe('choosing a passphrase', () => {
  it('asks for ten characters or more, typed the same twice', () => {
    expect(passphraseProblem('', '')).toBe('Enter a passphrase');
    expect(passphraseProblem('short', 'short')).toMatch(/at least 10 characters/);
    expect(passphraseProblem('orange kettle', 'orange kettel')).toBe(
      'The two passphrases are not the same',
    );
    expect(passphraseProblem('orange kettle', 'orange kettle')).toBeNull();
  });
});
