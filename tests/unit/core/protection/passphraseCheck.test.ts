/**
 * The passphrase that protects a device's case data: long enough, not a first guess, not a run or
 * a repeat, not the person's name; advice (NCSC's three random words) whenever it is refused.
 */
import { describe, expect, it } from 'vitest';
import { checkPassphrase, DEVICE_PASSPHRASE_MIN_LENGTH } from '../../../../src/core';

const ADVICE = ['Use three or more random words, for example ‘kettle harbour violet’'];

describe('checkPassphrase', () => {
  it('accepts three random words, without advice', () => {
    expect(checkPassphrase('kettle harbour violet', { name: 'Sam Patel' })).toEqual({
      ok: true,
      problems: [],
      advice: [],
    });
    // Counted in characters, not UTF-16 units: twelve accented letters are twelve.
    expect(checkPassphrase('ééééé fjord ŷ').ok).toBe(true);
  });

  it('asks for at least 12 characters', () => {
    expect(DEVICE_PASSPHRASE_MIN_LENGTH).toBe(12);
    expect(checkPassphrase('')).toEqual({
      ok: false,
      problems: ['Enter a passphrase'],
      advice: ADVICE,
    });
    expect(checkPassphrase('kettle harb')).toEqual({
      ok: false,
      problems: ['Enter a passphrase of at least 12 characters'],
      advice: ADVICE,
    });
    expect(checkPassphrase('kettle harbo').ok).toBe(true);
  });

  it('refuses well-known passphrases, however written', () => {
    for (const guess of ['password1234', 'Pass Word 2024!', 'qwertyuiop12', 'Case-Audit-2026']) {
      expect(checkPassphrase(guess).problems, guess).toEqual([
        'This passphrase is one of the first that people guess: choose another',
      ]);
    }
  });

  it('refuses one character repeated, a repeated piece, and runs', () => {
    for (const weak of [
      'aaaaaaaaaaaa',
      '!!!!!!!!!!!!',
      'abcabcabcabc',
      'abcdefghijklm',
      '123456789012',
      '987654321098',
    ]) {
      expect(checkPassphrase(weak).problems, weak).toEqual([
        'Do not use a repeated character or a run like ‘abcdef’ or ‘123456’',
      ]);
    }
  });

  it('refuses the person’s own name', () => {
    expect(checkPassphrase('Samantha Patel', { name: 'Samantha Patel' }).problems).toEqual([
      'Do not use your name in your passphrase',
    ]);
    expect(checkPassphrase('samantha19850412', { name: 'Samantha Patel' }).problems).toEqual([
      'Do not use your name in your passphrase',
    ]);
    // A name among other words is not the whole passphrase.
    expect(checkPassphrase('samantha kettle harbour', { name: 'Samantha Patel' }).ok).toBe(true);
  });

  it('names every problem at once', () => {
    expect(checkPassphrase('password').problems).toEqual([
      'Enter a passphrase of at least 12 characters',
      'This passphrase is one of the first that people guess: choose another',
    ]);
  });
});
