/**
 * Welsh quantifier phrases. Welsh mutates a word after some others: "dros" and "bron i" take
 * the soft mutation (traean → dros draean, dwy ran o dair → bron i ddwy ran o dair), so each
 * fraction is stored in both forms rather than mutated by rule. How the phrase meets "cases"
 * differs too: "traean o achosion", "hanner yr achosion", "un o bob deg achos" (a numeral
 * takes the singular), "pob achos"; and "mewn" (in) becomes "yn" before "y" and "ym mhob"
 * before "pob" (nasal mutation).
 */
import type { Quantifier } from './quantifier';

/** How the words meet "cases": "o achosion", "o’r achosion", "yr achosion", "achos", or "pob achos". */
export type WelshCases = 'o' | 'o’r' | 'yr' | 'noun' | 'all';

export type WelshFraction = {
  /** The radical form: "traean". */
  readonly words: string;
  /** After "dros" and "bron i": "draean". */
  readonly soft: string;
  readonly cases: WelshCases;
};

export function welshQuantifier(words: string, cases: WelshCases): Quantifier {
  const ofCases =
    cases === 'o'
      ? `${words} o achosion`
      : cases === 'o’r'
        ? `${words} o’r achosion`
        : cases === 'yr'
          ? `${words} yr achosion`
          : cases === 'noun'
            ? `${words} achos`
            : `${words.replace(/ un$/, '')} achos`;
  return { words, ofCases };
}

/** "Mewn dros draean o achosion", "Yn y rhan fwyaf o’r achosion", "Ym mhob achos". */
export function inCasesWelsh(ofCases: string): string {
  if (ofCases.startsWith('pob ')) return `Ym mhob ${ofCases.slice(4)}`;
  if (ofCases.startsWith('y ')) return `Yn ${ofCases}`;
  return `Mewn ${ofCases}`;
}
