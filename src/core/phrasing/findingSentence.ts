import { SMALL_BASE } from '../findings/findingTypes';
import type { Language } from '../i18n/language';
import { percentHalfUp } from '../statistics/roundHalfUp';
import { phraseProportion } from './phraseProportion';
import { pluralForm } from './plural';
import type { QuantifierVocabulary } from './quantifier';
import { inCasesWelsh } from './welshQuantifiers';

const CASE = { one: 'case', other: 'cases' };

/**
 * The figure a sentence rests on, as reports print it: "38%, 23 of 60"; on a base under 10 it
 * says so: "100%, 1 of 1 case; a small base". Welsh: "38%, 23 o 60"; "100%, 1 o 1 achos;
 * sylfaen fach" (a numeral takes the singular noun).
 */
export function figureText(count: number, base: number, language: Language = 'en'): string {
  if (language === 'cy') {
    const figure = `${percentHalfUp(count, base)}%, ${count} o ${base}`;
    return base < SMALL_BASE ? `${figure} achos; sylfaen fach` : figure;
  }
  const figure = `${percentHalfUp(count, base)}%, ${count} of ${base}`;
  return base < SMALL_BASE ? `${figure} ${pluralForm(base, CASE)}; a small base` : figure;
}

/**
 * A finding sentence with its figure attached (SPEC §4.2, §5):
 * "In over one-third of cases (38%, 23 of 60) the case was not allocated promptly."
 * `statement` says what holds in the counted cases ("the case was not allocated promptly").
 * Null when the base is 0: there is nothing to state. In Welsh (the statement the framework's
 * Welsh): "Mewn dros draean o achosion (38%, 23 o 60) nid oedd yr achos wedi’i ddyrannu’n brydlon."
 */
export function findingSentence(
  count: number,
  base: number,
  statement: string,
  vocabulary: QuantifierVocabulary,
  language: Language = 'en',
): string | null {
  const words = phraseProportion(count, base, vocabulary, language);
  if (!words) return null;
  const said = statement.trim().replace(/[.\s]+$/, '');
  const figure = figureText(count, base, language);
  if (language === 'cy') return `${inCasesWelsh(words.ofCases)} (${figure}) ${said}.`;
  if (count === 0) {
    // "In none of the cases the case was…" is not English; turn the sentence round.
    return `${said.charAt(0).toUpperCase()}${said.slice(1)} in none of the cases (${figure}).`;
  }
  return `In ${words.ofCases} (${figure}) ${said}.`;
}
