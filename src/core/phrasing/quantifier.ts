/** The words a report uses for a proportion (SPEC §5). */
export type QuantifierVocabulary = 'fractions' | 'bands';

export type Quantifier = {
  /** The words alone: "over one-third", "almost all", "the majority". */
  readonly words: string;
  /** The words before "cases": "over one-third of cases", "almost all cases". */
  readonly ofCases: string;
};

export function quantifier(words: string, takesOf: boolean): Quantifier {
  return { words, ofCases: takesOf ? `${words} of cases` : `${words} cases` };
}
