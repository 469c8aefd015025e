/**
 * The recovery code as a person copies it onto paper and types it back: 20 bytes as 32 Crockford
 * base32 characters in 8 groups of 4, read back whatever the case, spacing, or I/L/O confusion.
 */
import { describe, expect, it } from 'vitest';
import { parseRecoveryCode, recoveryCodeText } from '../../../../src/core';

const COUNTING = Uint8Array.from({ length: 20 }, (_, i) => i);

describe('recovery code', () => {
  it('writes 20 bytes as 8 groups of 4 characters (worked examples)', () => {
    expect(recoveryCodeText(COUNTING)).toBe('000G-40R4-0M30-E209-185G-R38E-1W81-24GK');
    expect(recoveryCodeText(new Uint8Array(20).fill(255))).toBe(
      'ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ',
    );
    expect(recoveryCodeText(new Uint8Array(20))).toBe('0000-0000-0000-0000-0000-0000-0000-0000');
  });

  it('refuses anything but 20 bytes', () => {
    expect(() => recoveryCodeText(new Uint8Array(16))).toThrow(/20 bytes/);
  });

  it('reads back what it wrote, for random codes', () => {
    for (let n = 0; n < 50; n++) {
      const bytes = crypto.getRandomValues(new Uint8Array(20));
      expect(parseRecoveryCode(recoveryCodeText(bytes))).toEqual({ ok: true, bytes });
    }
  });

  it('ignores case, spaces and dashes, and reads I and L as 1, O as 0', () => {
    const typed = ' ooog 4or4 om3o e2o9 i85g r38e iw8l 24gk ';
    expect(parseRecoveryCode(typed)).toEqual({ ok: true, bytes: COUNTING });
    expect(parseRecoveryCode('000G40R40M30E209185GR38E1W8124GK')).toEqual({
      ok: true,
      bytes: COUNTING,
    });
  });

  it('names the problem with what was typed', () => {
    expect(parseRecoveryCode('')).toEqual({ ok: false, problem: 'Enter your recovery code' });
    expect(parseRecoveryCode('000G-40R4-0M30-E209-185G-R38E-1W81-24G')).toEqual({
      ok: false,
      problem:
        'A recovery code has 32 letters and digits in 8 groups of 4: you entered 31 characters',
    });
    expect(parseRecoveryCode('U00G-40R4-0M30-E209-185G-R38E-1W81-24G!')).toEqual({
      ok: false,
      problem: 'A recovery code has only letters and digits, without U: check ‘U’, ‘!’',
    });
  });
});
