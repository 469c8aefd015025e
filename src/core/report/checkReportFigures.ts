/**
 * The stale-figure check: report text is written once, the data moves on (a case is reopened,
 * an answer corrected). Every figure the text prints — `38% (23/60)`, `(38%, 23 of 60)`,
 * `23 of 60` — must still be a figure the data gives. A sentence inserted from the data knows
 * its question and side, so it is compared with that question's current count ("This sentence
 * says 38% (23/60) but the data now gives 40% (24/60)"); other text is compared with every
 * current count. Quantifier words that contradict their figure are flagged too
 * (`checkQuantifiers`).
 */
import type { FindingsResult, ItemFinding } from '../findings/findingTypes';
import { checkQuantifiers } from '../phrasing/checkQuantifiers';
import type { QuantifierVocabulary } from '../phrasing/quantifier';
import { percentHalfUp } from '../statistics/roundHalfUp';
import type { SentenceSource } from './reportDraft';

export type ReportTextIssue = {
  readonly kind:
    | 'stale-figure'
    | 'unknown-figure'
    | 'words-contradict-figure'
    | 'percent-contradicts-counts';
  readonly start: number;
  readonly end: number;
  readonly excerpt: string;
  readonly message: string;
};

/** The current counts, for looking figures up. */
export type CurrentFigures = {
  readonly vocabulary: QuantifierVocabulary;
  /** Each question's positive and negative count and base. */
  readonly byItem: ReadonlyMap<
    string,
    { readonly positive: number; readonly negative: number; readonly base: number }
  >;
  /** Every `numerator/base` the data gives (questions, options, profile, thresholds, breakdown cells). */
  readonly pairs: ReadonlySet<string>;
  /** Every base, so that a bare "n of b" is only checked where b is a base of the data. */
  readonly bases: ReadonlySet<number>;
};

function addFinding(
  finding: ItemFinding,
  pairs: Set<string>,
  bases: Set<number>,
  byItem: Map<string, { positive: number; negative: number; base: number }> | null,
) {
  const add = (n: number, base: number) => {
    if (base <= 0) return;
    pairs.add(`${n}/${base}`);
    bases.add(base);
  };
  switch (finding.type) {
    case 'proportion':
      if (finding.scored) {
        add(finding.positive, finding.base);
        add(finding.negative, finding.base);
        byItem?.set(finding.itemId, {
          positive: finding.positive,
          negative: finding.negative,
          base: finding.base,
        });
      }
      for (const option of finding.options) add(option.count, finding.base);
      break;
    case 'multichoice':
      for (const option of finding.options) add(option.count, finding.base);
      break;
    case 'number':
      for (const t of finding.thresholds) add(t.count, t.base);
      break;
    default:
      break;
  }
}

/** Indexes the figures of the findings (and of a breakdown, if it has one) for checking text. */
export function currentFigures(
  findings: FindingsResult,
  ...more: FindingsResult[]
): CurrentFigures {
  const pairs = new Set<string>();
  const bases = new Set<number>();
  const byItem = new Map<string, { positive: number; negative: number; base: number }>();
  for (const f of [...findings.questions, ...findings.profile]) addFinding(f, pairs, bases, byItem);
  for (const result of [findings, ...more]) {
    for (const cell of result.breakdown?.groups ?? []) {
      for (const f of [...cell.questions, ...cell.profile]) addFinding(f, pairs, bases, null);
    }
  }
  return { vocabulary: findings.quantifiers, byItem, pairs, bases };
}

type PrintedFigure = {
  readonly start: number;
  readonly end: number;
  readonly percent: string | null;
  readonly numerator: number;
  readonly base: number;
};

const WITH_PERCENT = [
  // 38% (23/60), 38% (23 of 60), 38.3% (23 out of 60)
  /(?<![\d.])(\d{1,3}(?:\.\d+)?)\s*%\s*\(\s*(\d+)\s*(?:\/|of|out\s+of)\s*(\d+)\s*\)/giu,
  // (38%, 23 of 60) — how generated sentences print it
  /(?<![\d.])(\d{1,3}(?:\.\d+)?)\s*%\s*[,;]\s*(\d+)\s*(?:\/|of|out\s+of)\s*(\d+)/giu,
];
/** "23 of 60", "23 out of 60": counts written without a percentage. */
const BARE = /(?<![\d.%/])(\d+)\s+(?:out\s+of|of)\s+(\d+)(?![\d.%])/giu;

/** Every figure printed in `text`, in order. */
export function printedFigures(text: string): PrintedFigure[] {
  const found: PrintedFigure[] = [];
  const taken: [number, number][] = [];
  const overlaps = (start: number, end: number) => taken.some(([s, e]) => start < e && end > s);
  for (const pattern of WITH_PERCENT) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index;
      const end = m.index + m[0].length;
      if (overlaps(start, end)) continue;
      taken.push([start, end]);
      found.push({ start, end, percent: m[1]!, numerator: Number(m[2]), base: Number(m[3]) });
    }
  }
  BARE.lastIndex = 0;
  for (let m = BARE.exec(text); m; m = BARE.exec(text)) {
    const start = m.index;
    const end = m.index + m[0].length;
    if (overlaps(start, end)) continue;
    found.push({ start, end, percent: null, numerator: Number(m[1]), base: Number(m[2]) });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** `38% (23/60)`, the way the app prints a figure. */
export function shortFigure(numerator: number, base: number): string {
  return base > 0
    ? `${percentHalfUp(numerator, base)}% (${numerator}/${base})`
    : `${numerator}/${base}`;
}

function says(figure: PrintedFigure): string {
  return figure.percent === null
    ? `${figure.numerator} of ${figure.base}`
    : `${figure.percent}% (${figure.numerator}/${figure.base})`;
}

/**
 * Problems with the figures in one piece of report text. `source`: the question and side a
 * sentence was inserted from, when it was.
 */
export function checkReportText(
  text: string,
  figures: CurrentFigures,
  source: SentenceSource | null = null,
): ReportTextIssue[] {
  const issues: ReportTextIssue[] = [];
  const printed = printedFigures(text);
  const fromSource = source ? figures.byItem.get(source.itemId) : undefined;
  for (const figure of printed) {
    const excerpt = text.slice(figure.start, figure.end);
    const at = { start: figure.start, end: figure.end, excerpt };
    if (source) {
      if (!fromSource || fromSource.base === 0) {
        issues.push({
          kind: 'stale-figure',
          ...at,
          message: `This sentence says ${says(figure)} but the data now has no applicable cases for its question`,
        });
        continue;
      }
      const count = source.side === 'positive' ? fromSource.positive : fromSource.negative;
      if (count !== figure.numerator || fromSource.base !== figure.base) {
        issues.push({
          kind: 'stale-figure',
          ...at,
          message: `This sentence says ${says(figure)} but the data now gives ${shortFigure(count, fromSource.base)}`,
        });
      }
      continue;
    }
    if (figure.percent === null && !figures.bases.has(figure.base)) continue;
    if (!figures.pairs.has(`${figure.numerator}/${figure.base}`)) {
      issues.push({
        kind: 'unknown-figure',
        ...at,
        message: `This text says ${says(figure)}, which is not a figure the data now gives: check it against the findings`,
      });
    }
  }
  for (const issue of checkQuantifiers(text, figures.vocabulary)) {
    issues.push({ ...issue });
  }
  return issues.sort((a, b) => a.start - b.start);
}
