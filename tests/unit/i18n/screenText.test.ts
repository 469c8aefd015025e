/**
 * The screens say everything through the catalogue: no words written straight into a screen
 * (between tags, or as a label, hint, title or aria-label given as a string). The screens
 * still to be moved to the catalogue are listed in screensNotYetInWelsh.txt; the list only
 * shrinks — a screen that is done must leave it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { englishInScreens } from '../../../scripts/i18n/screenText';

const notYet = new Set(
  readFileSync(new URL('./screensNotYetInWelsh.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== ''),
);
const found = englishInScreens();
const fileOf = (place: string) => place.split(':')[0]!;

describe('the screens’ words', () => {
  it('come from the catalogue, not written into the screen', () => {
    expect(found.filter((place) => !notYet.has(fileOf(place)))).toEqual([]);
  });

  it('lists as not yet in Welsh only screens that still have English written in', () => {
    const withEnglish = new Set(found.map(fileOf));
    expect([...notYet].filter((file) => !withEnglish.has(file))).toEqual([]);
  });
});
