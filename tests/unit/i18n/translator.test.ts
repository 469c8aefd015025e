import { describe, expect, it } from 'vitest';
import { catalogueFromEntries, catalogueKey } from '../../../src/core/i18n/catalogue';
import { createTranslator, ENGLISH } from '../../../src/core/i18n/translator';

const CASES = '{count, plural, one {# case} other {# cases}}';
/** Welsh counts with a numeral before a singular noun; the categories told apart to test them. */
const ACHOS =
  '{count, plural, zero {# achos (zero)} one {# achos (one)} two {# achos (two)} few {# achos (few)} many {# achos (many)} other {# achos (other)}}';

const welsh = createTranslator('cy', {
  [catalogueKey('test', CASES)]: ACHOS,
  [catalogueKey('test', 'Saved')]: 'Wedi’i gadw',
  [catalogueKey('test', 'Read the <link>guidance</link>')]: 'Darllenwch y <link>canllawiau</link>',
});

describe('a translator', () => {
  it('says Welsh counts by CLDR’s six categories: 0, 1, 2, 3, 6 and 10', () => {
    expect([0, 1, 2, 3, 6, 10].map((count) => welsh.t('test', CASES, { count }))).toEqual([
      '0 achos (zero)',
      '1 achos (one)',
      '2 achos (two)',
      '3 achos (few)',
      '6 achos (many)',
      '10 achos (other)',
    ]);
  });

  it('says English counts by one and other', () => {
    expect([0, 1, 2, 10].map((count) => ENGLISH.t('test', CASES, { count }))).toEqual([
      '0 cases',
      '1 case',
      '2 cases',
      '10 cases',
    ]);
  });

  it('finds a message by its context and English, and falls back to English', () => {
    expect(welsh.t('test', 'Saved')).toBe('Wedi’i gadw');
    expect(welsh.t('other context', 'Saved')).toBe('Saved');
    expect(ENGLISH.t('test', 'Saved')).toBe('Saved');
  });

  it('puts elements inside a sentence', () => {
    const parts = welsh.parts<string>('test', 'Read the <link>guidance</link>', {
      link: (chunks: string[]) => `[${chunks.join('')}]`,
    });
    expect(parts).toBe('Darllenwch y [canllawiau]');
  });

  it('writes dates in the language: 6 Rhagfyr 2026, 6 December 2026', () => {
    expect(welsh.date('2026-12-06')).toBe('6 Rhagfyr 2026');
    expect(ENGLISH.date('2026-12-06T10:00:00Z')).toBe('6 December 2026');
    expect(welsh.monthYear('2015-03-01')).toBe('Mawrth 2015');
    expect(welsh.number(12345)).toBe('12,345');
  });

  it('reads only usable translations into a catalogue', () => {
    const catalogue = catalogueFromEntries([
      { context: 'a', message: 'Yes', translation: 'Ie', fuzzy: false },
      { context: 'a', message: 'No', translation: 'Na', fuzzy: true },
      { context: 'a', message: 'Maybe', translation: '', fuzzy: false },
    ]);
    expect(catalogue).toEqual({ [catalogueKey('a', 'Yes')]: 'Ie' });
  });
});
