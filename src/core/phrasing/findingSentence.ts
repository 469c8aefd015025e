import { SMALL_BASE } from '../findings/findingTypes';
import { percentHalfUp } from '../statistics/roundHalfUp';
import { pluralForm } from './plural';

const CASE = { one: 'case', other: 'cases' };

import { phraseProportion } from './phraseProportion';
import type { QuantifierVocabulary } from './quantifier';

/**
 * The figure a sentence rests on, as reports print it: "38%, 23 of 60"; on a base under 10 it
 * says so: "100%, 1 of 1 case; a small base".
 */
export function figureText(count: number, base: number): string {
  const figure = `${percentHalfUp(count, base)}%, ${count} of ${base}`;
  return base < SMALL_BASE ? `${figure} ${pluralForm(base, CASE)}; a small base` : figure;
}

/**
 * A finding sentence with its figure attached (SPEC §4.2, §5):
 * "In over one-third of cases (38%, 23 of 60) the case was not allocated promptly."
 * `statement` says what holds in the counted cases ("the case was not allocated promptly").
 * Null when the base is 0: there is nothing to state.
 */
export function findingSentence(
  count: number,
  base: number,
  statement: string,
  vocabulary: QuantifierVocabulary,
): string | null {
  const words = phraseProportion(count, base, vocabulary);
  if (!words) return null;
  const said = statement.trim().replace(/[.\s]+$/, '');
  const figure = figureText(count, base);
  if (count === 0) {
    // "In none of the cases the case was…" is not English; turn the sentence round.
    return `${said.charAt(0).toUpperCase()}${said.slice(1)} in none of the cases (${figure}).`;
  }
  return `In ${words.ofCases} (${figure}) ${said}.`;
}
