/**
 * Over 400 lines: the words of both languages and their meanings are one lexicon, read by one
 * matcher, so a phrase and the range it stands for are never apart.
 *
 * Finds quantifier words that contradict the figure printed beside them — seed 000 prints
 * "over one-third" next to 24% — and percentages that do not match their own counts
 * ("24% (23 of 60)"). Used by the report editor on text people have written.
 *
 * Each phrase has a range of proportions it can truthfully describe. The figure beside it
 * gives the proportions it can stand for: exactly n ÷ b when counts are printed, otherwise any
 * value that rounds to the printed percentage. Words are flagged only when the two cannot
 * meet, so every sentence the phrasing functions write passes. Welsh words are read too ("dros
 * draean", "bron i ddwy ran o dair", "y rhan fwyaf", "23 o 60"), with their mutated forms, so a
 * lead's Welsh text is checked as the English is.
 */
import { formatPercent, scaledPercentHalfUp } from '../statistics/roundHalfUp';
import type { QuantifierVocabulary } from './quantifier';
import { addPoints, clampToUnit, compareRational, type Rational, rational } from './rational';

type Bound = { readonly at: Rational; readonly inclusive: boolean };
/** `says` describes the range in the words a report's reader uses, where bounds alone would not. */
type Range = { readonly low: Bound; readonly high: Bound; readonly says?: string };

export type QuantifierIssue = {
  readonly kind: 'words-contradict-figure' | 'percent-contradicts-counts';
  /** Offsets in the text of what is flagged: the words, or the figure. */
  readonly start: number;
  readonly end: number;
  readonly excerpt: string;
  readonly message: string;
};

const ZERO = rational(0, 1);
const ONE = rational(1, 1);
const closed = (at: Rational): Bound => ({ at, inclusive: true });
const open = (at: Rational): Bound => ({ at, inclusive: false });
const range = (low: Bound, high: Bound, says?: string): Range =>
  says === undefined ? { low, high } : { low, high, says };

/** Fractions and the ways reports write them. */
const FRACTION_WORDS: readonly [number, number, readonly string[]][] = [
  [1, 10, ['one in ten', 'one-tenth', 'a tenth']],
  [1, 5, ['one-fifth', 'a fifth', 'one in five']],
  [1, 4, ['a quarter', 'one-quarter', 'one in four']],
  [1, 3, ['one-third', 'a third', 'one in three']],
  [2, 5, ['two-fifths']],
  [1, 2, ['half', 'a half', 'one-half', 'one in two']],
  [3, 5, ['three-fifths']],
  [2, 3, ['two-thirds', 'two in three']],
  [3, 4, ['three-quarters', 'three in four']],
  [4, 5, ['four-fifths', 'four in five']],
  [9, 10, ['nine in ten', 'nine-tenths']],
  // Welsh, radical and soft-mutated (after "dros", "bron i"): traean, dros draean.
  [1, 10, ['un o bob deg', 'un rhan o ddeg', 'degfed ran']],
  [1, 5, ['un rhan o bump', 'un o bob pump', 'pumed ran']],
  [1, 4, ['chwarter', 'un o bob pedwar']],
  [1, 3, ['traean', 'draean', 'un rhan o dair', 'un o bob tri']],
  [1, 2, ['hanner']],
  [2, 3, ['dwy ran o dair', 'ddwy ran o dair']],
  [3, 4, ['tri chwarter', 'dri chwarter']],
  [4, 5, ['pedair rhan o bump', 'bedair rhan o bump']],
  [9, 10, ['naw o bob deg', 'naw rhan o ddeg']],
];

/** Qualifiers: what each says about the proportion p relative to the fraction x. */
const QUALIFIERS: readonly [readonly string[], (x: Rational) => Range][] = [
  [
    [
      'just over',
      'just above',
      'slightly over',
      'slightly more than',
      'a little over',
      'a little more than',
      'ychydig dros',
      'ychydig yn fwy na',
    ],
    (x) => range(open(x), closed(clampToUnit(addPoints(x, 5)))),
  ],
  [
    ['over', 'more than', 'above', 'well over', 'greater than', 'dros', 'mwy na', 'ymhell dros'],
    (x) => range(open(x), closed(ONE)),
  ],
  [['at least', 'o leiaf'], (x) => range(closed(x), closed(ONE))],
  [
    [
      'just under',
      'just below',
      'slightly under',
      'slightly less than',
      'a little under',
      'a little less than',
      'ychydig o dan',
      'ychydig yn llai na',
    ],
    (x) => range(closed(clampToUnit(addPoints(x, -5))), open(x)),
  ],
  [
    ['nearly', 'almost', 'close to', 'approaching', 'not quite', 'bron i', 'bron', 'yn agos at'],
    (x) => range(closed(clampToUnit(addPoints(x, -10))), open(x)),
  ],
  [
    ['under', 'less than', 'below', 'fewer than', 'llai na', 'o dan', 'is na'],
    (x) => range(closed(ZERO), open(x)),
  ],
  [['up to', 'at most', 'hyd at', 'ar y mwyaf'], (x) => range(closed(ZERO), closed(x))],
  [
    ['about', 'around', 'approximately', 'roughly', 'some', 'tua', 'oddeutu'],
    (x) => range(closed(clampToUnit(addPoints(x, -5))), closed(clampToUnit(addPoints(x, 5)))),
  ],
];

/** A fraction with no qualifier stands for itself, give or take what loose writing allows. */
const bare = (x: Rational) =>
  range(closed(clampToUnit(addPoints(x, -2.5))), closed(clampToUnit(addPoints(x, 2.5))));

const per = (num: number) => rational(num, 1000);

/** Words that name a proportion without a fraction, per vocabulary. */
const COMMON_TERMS: readonly [readonly string[], Range][] = [
  [
    ['all', 'all of the', 'pob un', 'pob achos', 'mhob achos', 'y cyfan'],
    range(closed(ONE), closed(ONE)),
  ],
  [['none', 'none of the', 'not one', 'dim un'], range(closed(ZERO), closed(ZERO))],
];

const TERMS: Record<QuantifierVocabulary, readonly [readonly string[], Range][]> = {
  fractions: [
    ...COMMON_TERMS,
    [
      ['almost all', 'nearly all', 'virtually all', 'bron y cyfan', 'bron pob un', 'bron pob'],
      range(closed(per(900)), open(ONE)),
    ],
    [
      ['the vast majority', 'a vast majority', 'vast majority', 'y mwyafrif llethol'],
      range(closed(per(800)), closed(ONE)),
    ],
    [
      ['the majority', 'a majority', 'majority', 'most', 'y mwyafrif', 'y rhan fwyaf'],
      range(open(per(500)), closed(ONE)),
    ],
    [['a minority', 'minority', 'lleiafrif', 'y lleiafrif'], range(closed(ZERO), open(per(500)))],
    [['very few', 'ychydig iawn'], range(open(ZERO), closed(per(100)))],
    [['a few', 'few', 'ychydig'], range(open(ZERO), closed(per(250)))],
  ],
  // The published bands, read on whole percentages (most 75–90% is 74.5% up to 90.5%).
  bands: [
    ...COMMON_TERMS,
    [
      ['almost all', 'bron pob un', 'bron pob', 'bron y cyfan'],
      range(closed(per(905)), open(ONE), 'over 90% (but not all)'),
    ],
    [['most', 'y rhan fwyaf'], range(closed(per(745)), open(per(905)), '75% to 90%')],
    [
      ['the majority', 'a majority', 'majority', 'y mwyafrif'],
      range(closed(per(500)), open(per(745)), '50% to 74%, and at least half'),
    ],
    [
      ['less than half', 'llai na hanner'],
      range(closed(per(155)), open(per(500)), '15% to 49%, and under half'),
    ],
    [['a few', 'few', 'ychydig', 'ychydig iawn'], range(open(ZERO), open(per(155)), 'up to 15%')],
  ],
};

function normalise(words: string): string {
  return words
    .toLowerCase()
    .replace(/[\s\-\u2010\u2011]+/g, ' ')
    .trim();
}

type Lexicon = {
  /** Groups: 1 a vocabulary term; 2 a qualifier and 3 a fraction (qualifier optional). */
  readonly pattern: RegExp;
  readonly terms: ReadonlyMap<string, Range>;
  readonly qualifiers: ReadonlyMap<string, (x: Rational) => Range>;
  readonly fractions: ReadonlyMap<string, Rational>;
};

/**
 * Words a term must not be followed by, where the term opens a longer phrase of another kind:
 * Welsh "ychydig" (few) opens "ychydig dros" (just over) and "ychydig o dan" (just under).
 */
const NOT_FOLLOWED_BY: Readonly<Record<string, string>> = {
  ychydig: String.raw`(?![\s\u00a0]+(?:dros|o\s+dan|yn\s+fwy|yn\s+llai))`,
};

function alternation(phrases: Iterable<string>): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map(
      (phrase) =>
        phrase.split(' ').join('[\\s\\-\\u2010\\u2011]+') + (NOT_FOLLOWED_BY[phrase] ?? ''),
    )
    .join('|');
}

function buildLexicon(vocabulary: QuantifierVocabulary): Lexicon {
  const fractions = new Map<string, Rational>();
  for (const [num, den, spellings] of FRACTION_WORDS) {
    for (const spelling of spellings) fractions.set(normalise(spelling), rational(num, den));
  }
  const qualifiers = new Map<string, (x: Rational) => Range>();
  for (const [spellings, meaning] of QUALIFIERS) {
    for (const spelling of spellings) qualifiers.set(normalise(spelling), meaning);
  }
  const terms = new Map<string, Range>();
  for (const [spellings, meaning] of TERMS[vocabulary]) {
    for (const spelling of spellings) terms.set(normalise(spelling), meaning);
  }
  // Terms first, so a vocabulary's own phrase ("less than half" in bands) wins over a literal
  // reading of the same words.
  const source = `(?<![\\w-])(?:(${alternation(terms.keys())})|(?:(${alternation(qualifiers.keys())})[\\s\\u00a0]+)?(${alternation(fractions.keys())}))(?![\\w-])`;
  return { pattern: new RegExp(source, 'giu'), terms, qualifiers, fractions };
}

const lexicons = new Map<QuantifierVocabulary, Lexicon>();

function lexicon(vocabulary: QuantifierVocabulary): Lexicon {
  let found = lexicons.get(vocabulary);
  if (!found) {
    found = buildLexicon(vocabulary);
    lexicons.set(vocabulary, found);
  }
  return found;
}

/** A printed figure: the percentage, its decimals, and counts when printed with it. */
type Figure = {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly scaled: number;
  readonly decimals: number;
  readonly counts: { readonly numerator: number; readonly base: number } | null;
};

/** "23 of 60", "23 out of 60", "23/60"; Welsh "23 o 60", "23 allan o 60". */
const COUNTS_GROUP = String.raw`(?:\s*[,;]\s*(\d+)\s*(?:of|out\s+of|o|allan\s+o|\/)\s*(\d+)|\s*\(\s*(\d+)\s*(?:of|out\s+of|o|allan\s+o|\/)\s*(\d+)\s*\))`;
/** Words, then (within the clause) an opening bracket and a percentage. */
const FIGURE_AFTER_WORDS = new RegExp(
  String.raw`^[^()%.;:!?\n]{0,60}?\(\s*(\d{1,3}(?:\.\d{1,6})?)\s*%${COUNTS_GROUP}?`,
  'diu',
);
/** Any percentage printed with its counts, for the arithmetic check. */
const FIGURE_WITH_COUNTS = new RegExp(
  String.raw`(?<![\d.])(\d{1,3}(?:\.\d{1,6})?)\s*%${COUNTS_GROUP}`,
  'dgiu',
);

function readFigure(match: RegExpExecArray, offset: number): Figure {
  const percentText = match[1]!;
  const percentStart = match.indices?.[1]?.[0] ?? match.index;
  const decimals = percentText.includes('.') ? percentText.split('.')[1]!.length : 0;
  const numerator = match[2] ?? match[4];
  const base = match[3] ?? match[5];
  const end = match.index + match[0].length;
  return {
    text: match.input.slice(percentStart, end),
    start: offset + percentStart,
    end: offset + end,
    scaled: Math.round(Number(percentText) * 10 ** decimals),
    decimals,
    counts:
      numerator !== undefined && base !== undefined
        ? { numerator: Number(numerator), base: Number(base) }
        : null,
  };
}

function countsAreUsable(
  figure: Figure,
): figure is Figure & { counts: { numerator: number; base: number } } {
  return (
    figure.counts !== null &&
    figure.counts.base > 0 &&
    figure.counts.numerator <= figure.counts.base
  );
}

/** The proportions a figure can stand for, as a closed interval. */
function figureRange(figure: Figure): { low: Rational; high: Rational } {
  if (countsAreUsable(figure)) {
    const exact = rational(figure.counts.numerator, figure.counts.base);
    return { low: exact, high: exact };
  }
  const den = 200 * 10 ** figure.decimals;
  return {
    low: clampToUnit(rational(2 * figure.scaled - 1, den)),
    high: clampToUnit(rational(2 * figure.scaled + 1, den)),
  };
}

function meets(words: Range, figure: { low: Rational; high: Rational }): boolean {
  // Intersect the two: the higher lower end and the lower upper end. The figure's ends are
  // closed; where both ranges end at the same point, the words' end decides.
  const lowOrder = compareRational(figure.low, words.low.at);
  const low: Bound =
    lowOrder > 0
      ? closed(figure.low)
      : lowOrder < 0
        ? words.low
        : { at: figure.low, inclusive: words.low.inclusive };
  const highOrder = compareRational(figure.high, words.high.at);
  const high: Bound =
    highOrder < 0
      ? closed(figure.high)
      : highOrder > 0
        ? words.high
        : { at: figure.high, inclusive: words.high.inclusive };
  const order = compareRational(low.at, high.at);
  return order < 0 || (order === 0 && low.inclusive && high.inclusive);
}

function percentOf(x: Rational): string {
  return `${formatPercent(x.num, x.den, 1).replace(/\.0$/, '')}%`;
}

function describeRange({ low, high, says }: Range): string {
  if (says !== undefined) return says;
  if (compareRational(low.at, high.at) === 0) return `exactly ${percentOf(low.at)}`;
  if (low.at.num === 0 && low.inclusive) {
    return `${high.inclusive ? 'at most' : 'less than'} ${percentOf(high.at)}`;
  }
  if (high.at.num === high.at.den && high.inclusive) {
    return `${low.inclusive ? 'at least' : 'more than'} ${percentOf(low.at)}`;
  }
  return `${low.inclusive ? 'from' : 'more than'} ${percentOf(low.at)} ${high.inclusive ? 'up to' : 'to under'} ${percentOf(high.at)}`;
}

function describeFigure(figure: Figure): string {
  const percent = `${formatScaled(figure.scaled, figure.decimals)}%`;
  return figure.counts
    ? `${percent} (${figure.counts.numerator} of ${figure.counts.base})`
    : percent;
}

function formatScaled(scaled: number, decimals: number): string {
  if (decimals === 0) return String(scaled);
  const text = String(scaled).padStart(decimals + 1, '0');
  return `${text.slice(0, -decimals)}.${text.slice(-decimals)}`;
}

function checkCounts(text: string): QuantifierIssue[] {
  const issues: QuantifierIssue[] = [];
  FIGURE_WITH_COUNTS.lastIndex = 0;
  for (let match = FIGURE_WITH_COUNTS.exec(text); match; match = FIGURE_WITH_COUNTS.exec(text)) {
    const figure = readFigure(match, 0);
    if (!figure.counts) continue;
    const { numerator, base } = figure.counts;
    const base0 = {
      kind: 'percent-contradicts-counts' as const,
      start: figure.start,
      end: figure.end,
      excerpt: text.slice(figure.start, figure.end),
    };
    if (base === 0 || numerator > base) {
      issues.push({
        ...base0,
        message: `${numerator} of ${base} is not a proportion: the count must not exceed its base, and the base must be above 0`,
      });
      continue;
    }
    const expected = scaledPercentHalfUp(numerator, base, figure.decimals);
    if (expected !== figure.scaled) {
      issues.push({
        ...base0,
        message: `${formatScaled(figure.scaled, figure.decimals)}% does not match ${numerator} of ${base}, which is ${formatScaled(expected, figure.decimals)}%`,
      });
    }
  }
  return issues;
}

function meaningOf(
  match: RegExpExecArray,
  terms: Lexicon['terms'],
  qualifiers: Lexicon['qualifiers'],
  fractions: Lexicon['fractions'],
): Range | undefined {
  if (match[1] !== undefined) return terms.get(normalise(match[1]));
  const fraction = fractions.get(normalise(match[3] ?? ''));
  if (!fraction) return undefined;
  if (match[2] === undefined) return bare(fraction);
  return qualifiers.get(normalise(match[2]))?.(fraction);
}

/**
 * Every place in `text` where quantifier words contradict the figure printed after them, and
 * every percentage that does not match its own counts. `vocabulary` gives band words such as
 * "most" their published meaning; fraction words are read literally in both.
 */
export function checkQuantifiers(
  text: string,
  vocabulary: QuantifierVocabulary,
): QuantifierIssue[] {
  const { pattern, terms, qualifiers, fractions } = lexicon(vocabulary);
  const issues: QuantifierIssue[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const words = match[0];
    const meaning = meaningOf(match, terms, qualifiers, fractions);
    const after = match.index + words.length;
    const figureMatch = FIGURE_AFTER_WORDS.exec(text.slice(after, after + 200));
    if (!meaning || !figureMatch) continue;
    const figure = readFigure(figureMatch, after);
    if (meets(meaning, figureRange(figure))) continue;
    issues.push({
      kind: 'words-contradict-figure',
      start: match.index,
      end: match.index + words.length,
      excerpt: text.slice(match.index, figure.end),
      message: `"${words}" means ${describeRange(meaning)}, but the figure beside it is ${describeFigure(figure)}`,
    });
  }
  issues.push(...checkCounts(text));
  return issues.sort((a, b) => a.start - b.start);
}
