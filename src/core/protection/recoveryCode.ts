/**
 * The recovery code: 20 random bytes (160 bits, beyond any guessing) written as 32 characters of
 * Crockford's base32 in 8 groups of 4, `7K3M-Q9XD-…`. Its alphabet leaves out I, L, O and U, so
 * what is written on paper reads back one way: I and L are read as 1, O as 0, case and the
 * dashes or spaces between groups do not matter.
 */
import { plural } from '../phrasing/plural';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const VALUES = new Map(Array.from(ALPHABET, (ch, i) => [ch, i]));
const READ_AS: Readonly<Record<string, string>> = { I: '1', L: '1', O: '0' };

export const RECOVERY_CODE_BYTES = 20;
/** 160 bits at 5 bits a character. */
export const RECOVERY_CODE_CHARACTERS = 32;
const GROUP = 4;

export function recoveryCodeText(bytes: Uint8Array): string {
  if (bytes.length !== RECOVERY_CODE_BYTES) {
    throw new Error(`a recovery code is ${RECOVERY_CODE_BYTES} bytes, not ${bytes.length}`);
  }
  let text = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      text += ALPHABET[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return text.match(/.{4}/g)?.join('-') ?? text;
}

export type RecoveryCodeReading = { ok: true; bytes: Uint8Array } | { ok: false; problem: string };

export function parseRecoveryCode(text: string): RecoveryCodeReading {
  const characters = Array.from(
    text.toUpperCase().replace(/[\s\-‐‑–—]+/g, ''),
    (ch) => READ_AS[ch] ?? ch,
  );
  if (characters.length === 0) return { ok: false, problem: 'Enter your recovery code' };
  const wrong = characters.filter((ch) => !VALUES.has(ch));
  if (wrong.length > 0) {
    const shown = [...new Set(wrong)].map((ch) => `‘${ch}’`).join(', ');
    return {
      ok: false,
      problem: `A recovery code has only letters and digits, without U: check ${shown}`,
    };
  }
  if (characters.length !== RECOVERY_CODE_CHARACTERS) {
    return {
      ok: false,
      problem: `A recovery code has ${RECOVERY_CODE_CHARACTERS} letters and digits in ${RECOVERY_CODE_CHARACTERS / GROUP} groups of ${GROUP}: you entered ${plural(characters.length, 'character')}`,
    };
  }
  const bytes = new Uint8Array(RECOVERY_CODE_BYTES);
  let buffer = 0;
  let bits = 0;
  let o = 0;
  for (const ch of characters) {
    buffer = ((buffer << 5) | (VALUES.get(ch) ?? 0)) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes[o++] = (buffer >> (bits - 8)) & 255;
      bits -= 8;
    }
  }
  return { ok: true, bytes };
}
