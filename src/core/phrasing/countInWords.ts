/**
 * Small counts in words, as a news release writes them ("six areas", "ten cases, five of which
 * …"); from 21 on, figures ("60 cases"), as house styles ask.
 */
const WORDS = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
] as const;

export function countInWords(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < WORDS.length
    ? (WORDS[n] as string)
    : n.toLocaleString('en-GB');
}
