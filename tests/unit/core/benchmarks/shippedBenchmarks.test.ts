/**
 * The published figures shipped for the 2012 thematic framework (seed 000) read against
 * framework 1.0.1, and each agrees with the report's words by the rule audit-frameworks/README.md
 * states: a count as given; a percentage of its base as the one count that prints as it; fraction
 * words as the counts for which the app's own phrasing writes those words; other words as the
 * proportions the app's wording checker allows them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type {
  BenchmarkFigure,
  BenchmarkSet,
} from '../../../../src/core/benchmarks/benchmarkSchema';
import { loadBenchmarkSet } from '../../../../src/core/benchmarks/readBenchmarkSet';
import { writeBenchmarkSet } from '../../../../src/core/benchmarks/writeBenchmarkSet';
import { checkQuantifiers } from '../../../../src/core/phrasing/checkQuantifiers';
import { phraseFraction } from '../../../../src/core/phrasing/fractions';
import { percentHalfUp } from '../../../../src/core/statistics/roundHalfUp';
import { lacFramework } from '../../../fixtures/lacFramework';

const PATH = 'audit-frameworks/hmip-lac-placed-away-2012/benchmarks-1.0.1.json';
const text = readFileSync(PATH, 'utf8');
const framework = lacFramework();

function shipped(): BenchmarkSet {
  const read = loadBenchmarkSet(text, framework);
  if (read.status !== 'ok') throw new Error(JSON.stringify(read.errors));
  return read.value;
}
const set = shipped();

function figure(itemId: string, counts: string): BenchmarkFigure {
  const found = set.figures.find((f) => f.itemId === itemId && f.counts.join() === counts);
  if (!found) throw new Error(`no figure for ${itemId} counting ${counts}`);
  return found;
}

function countsFrom(base: number, keep: (count: number) => boolean): number[] {
  return Array.from({ length: base + 1 }, (_, c) => c).filter(keep);
}

/** The counts of base for which the app's phrasing writes these words ("over" takes "just over"). */
function writtenAs(words: string, base: number): number[] {
  return countsFrom(base, (c) => {
    const written = phraseFraction(c, base)?.words;
    return written === words || written === `just ${words}`;
  });
}

/** The counts of base the app's wording checker lets these words stand beside. */
function allowedFor(words: string, base: number): number[] {
  return countsFrom(
    base,
    (c) =>
      checkQuantifiers(`${words} (${percentHalfUp(c, base)}%, ${c} of ${base})`, 'fractions')
        .length === 0,
  );
}

/** "nearly 80%": up to 5 points below; "over 90%": up to 5 points above (the phrasing's window). */
function nearPercent(side: 'below' | 'above', percent: number, base: number): number[] {
  return countsFrom(base, (c) => {
    const p = (100 * c) / base;
    return side === 'below' ? p >= percent - 5 && p < percent : p > percent && p <= percent + 5;
  });
}

/** How each way the report words a range is read; a range figure not listed here fails. */
const READINGS: Record<string, (base: number) => number[]> = {
  'nearly two-thirds': (b) => writtenAs('nearly two-thirds', b),
  'nearly one-third': (b) => writtenAs('nearly one-third', b),
  'nearly three-quarters': (b) => writtenAs('nearly three-quarters', b),
  'over half': (b) => writtenAs('over half', b),
  'more than half': (b) => writtenAs('over half', b),
  'over one-quarter': (b) => writtenAs('over a quarter', b),
  'over one-third': (b) => writtenAs('over one-third', b),
  'a similar proportion (over one-third)': (b) => writtenAs('over one-third', b),
  'less than half': (b) => writtenAs('less than half', b),
  // The app writes "less than half" for what is just under half.
  'nearly half': (b) => writtenAs('less than half', b),
  // The report itself writes "very few" for 8% (5 of 60): read as the check reads it.
  'very few': (b) => allowedFor('very few', b),
  'most cases': (b) => allowedFor('most', b),
  few: (b) => allowedFor('few', b),
  'the vast majority': (b) => allowedFor('the vast majority', b),
  'about half': (b) => allowedFor('about half', b),
  'the same amount (about half)': (b) => allowedFor('about half', b),
  'just under a half': (b) => allowedFor('just under a half', b),
  'nearly 80%': (b) => nearPercent('below', 80, b),
  'over 90% of those': (b) => nearPercent('above', 90, b),
};

describe('the shipped figures for hmip-lac-placed-away-2012 1.0.1', () => {
  it('read against framework 1.0.1: 53 figures, 28 counts and 25 ranges', () => {
    expect(set.framework).toEqual({ id: 'hmip-lac-placed-away-2012', version: '1.0.1' });
    expect(set.figures).toHaveLength(53);
    expect(set.figures.filter((f) => f.positive !== null)).toHaveLength(28);
    expect(set.figures.filter((f) => f.range !== null)).toHaveLength(25);
  });

  it('is stored as the writer writes it, so a re-export changes nothing', () => {
    expect(writeBenchmarkSet(set)).toBe(text);
  });

  it('every stated percentage is the one count that prints as it on its base', () => {
    const withPercent = set.figures.filter((f) => f.percent !== null);
    expect(withPercent.map((f) => f.itemId)).toEqual([
      'joint-education',
      'alloc-prompt',
      'host-visits',
      'joint-work',
      'victim-safety',
      'family-links',
    ]);
    for (const f of withPercent) {
      expect(f.positive, f.itemId).toBe(Math.round((f.percent! * f.base) / 100));
      expect(countsFrom(f.base, (c) => percentHalfUp(c, f.base) === f.percent)).toEqual([
        f.positive,
      ]);
    }
  });

  it('every range is the counts its words allow on its base, by the rule stated', () => {
    for (const f of set.figures.filter((x) => x.range !== null)) {
      const reading = READINGS[f.stated];
      expect(reading, `no reading for "${f.stated}"`).toBeDefined();
      const counts = reading!(f.base);
      expect({ itemId: f.itemId, low: counts[0], high: counts.at(-1) }).toEqual({
        itemId: f.itemId,
        ...f.range,
      });
      // The allowed counts run without a gap from low to high.
      expect(counts).toHaveLength(f.range!.high - f.range!.low + 1);
    }
  });

  it('fraction words that allow one count on the base give that count', () => {
    expect(writtenAs('two-thirds', 60)).toEqual([figure('safeguarded', 'no').positive]);
    expect(writtenAs('half', 60)).toEqual([figure('plan-engagement', 'no').positive]);
    expect(writtenAs('a quarter', 60)).toEqual([figure('joint-csc', 'yes').positive]);
    // "a third" of the 23 not allocated promptly: no count prints 33%, and 8 of 23 (35%) is
    // the one count the checker lets the bare fraction stand beside (within 2.5 points).
    expect(writtenAs('one-third', 23)).toEqual([]);
    expect(allowedFor('a third', 23)).toEqual([figure('alloc-delay-home-info', 'yes').positive]);
  });

  it('worked figures against the report (paragraphs 2.3, 3.4, 3.10, 3.18, 3.24)', () => {
    expect(figure('alloc-prompt', 'no')).toMatchObject({ positive: 23, base: 60, percent: 38 });
    // 38% of 60 is 22.8 cases: 23 prints as 38%, 22 as 37% and 24 as 40%.
    expect([22, 23, 24].map((c) => percentHalfUp(c, 60))).toEqual([37, 38, 40]);
    expect(figure('offended-in-care', 'yes')).toMatchObject({ positive: 31, base: 60 });
    expect(figure('complied', 'no')).toMatchObject({ positive: 34, base: 60 });
    expect(figure('emh-assessed', 'no')).toMatchObject({
      positive: null,
      range: { low: 37, high: 39 },
      base: 60,
    });
    // 37 of 60 is 61.7%, just within 5 points of two-thirds; 36 (60%) is "over half".
    expect(phraseFraction(37, 60)?.words).toBe('nearly two-thirds');
    expect(phraseFraction(36, 60)?.words).toBe('over half');
    expect(figure('mappa-effective', 'no')).toMatchObject({ positive: 2, base: 7 });
    expect(figure('rj-attempted', 'yes')).toMatchObject({ positive: 4, base: 19 });
    expect(figure('victim-safety', 'yes')).toMatchObject({ positive: 36, percent: 60 });
  });

  it('counts what the words count: "not allocated promptly" counts No, an adverse event counts Yes', () => {
    expect(figure('alloc-prompt', 'no').source.quote).toContain('had not been allocated promptly');
    expect(figure('victim-of-crime', 'yes').source.quote).toContain('had been victims themselves');
  });

  it('names a paragraph (or the summary) and quotes a sentence of it', () => {
    for (const f of set.figures) {
      expect(f.source.location, f.itemId).toMatch(
        /^(paragraph \d\.\d+|Summary, Overall findings)$/,
      );
      expect(f.source.document).toContain('December 2012');
    }
    expect(figure('host-visits', 'yes').source).toMatchObject({
      location: 'paragraph 3.14',
      quote: "Despite this purposeful visits to children's homes were carried out in 83% of cases.",
    });
  });
});
