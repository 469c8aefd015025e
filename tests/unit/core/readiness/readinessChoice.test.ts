/**
 * The choice of a standard's two most telling figures, on made-up differences (audit − published,
 * in points):
 *
 * - a: a good answer, −10, worse by more than chance → shortfall 10, ranked first all the same
 * - b: a good answer, −30, not more than chance → shortfall 30
 * - c: an adverse answer, +20 (more adverse cases than published) → shortfall 20
 * - d: a good answer, a range −14 to −9 → shortfall 11.5 (the middle)
 * - e: not comparable → no shortfall, last
 *
 * So a, then b; without a: b, c; of d and e: d, e.
 */
import { describe, expect, it } from 'vitest';
import type { BenchmarkResult } from '../../../../src/core';
import {
  type ChoosableFigure,
  chooseFigures,
  publishedShort,
  shortfall,
} from '../../../../src/core/readiness/readinessChoice';

type Figure = ChoosableFigure & { readonly id: string };

function compared(low: number, high = low): BenchmarkResult {
  // Only the difference is read by the choice; the rest of a comparison is left out.
  return { status: 'compared', difference: { low, high } } as unknown as BenchmarkResult;
}

const a: Figure = { id: 'a', side: 'positive', comparison: compared(-10), worse: true };
const b: Figure = { id: 'b', side: 'positive', comparison: compared(-30), worse: false };
const c: Figure = { id: 'c', side: 'negative', comparison: compared(20), worse: false };
const d: Figure = { id: 'd', side: 'positive', comparison: compared(-14, -9), worse: false };
const e: Figure = {
  id: 'e',
  side: 'positive',
  comparison: { status: 'not-comparable' } as unknown as BenchmarkResult,
  worse: false,
};

const ids = (figures: readonly Figure[]) => chooseFigures(figures).map((f) => f.id);

describe('a standard’s two most telling figures', () => {
  it('measures how far below published each falls, on the worse side', () => {
    expect([a, b, c, d, e].map(shortfall)).toEqual([10, 30, 20, 11.5, null]);
  });

  it('prefers one worse by more than chance, then the furthest below, then the rest', () => {
    expect(ids([e, d, c, b, a])).toEqual(['a', 'b']);
    expect(ids([e, d, c, b])).toEqual(['b', 'c']);
    expect(ids([e, d])).toEqual(['d', 'e']);
  });

  it('keeps the framework’s order on a tie', () => {
    const twin = { ...b, id: 'b2' };
    expect(ids([b, twin, c])).toEqual(['b', 'b2']);
  });
});

describe('the published figure in short', () => {
  const source = { document: 'A report', location: 'paragraph 3.4', quote: 'q' };
  const figure = {
    itemId: 'q',
    counts: ['yes'],
    stated: 'nearly two-thirds',
    positive: null,
    range: { low: 37, high: 39 },
    base: 60,
    percent: null,
    source,
  };

  it('gives a range by its counts and the report’s words, the place in short', () => {
    const result = {
      status: 'compared',
      figure,
      published: {
        positive: null,
        range: { low: 37, high: 39 },
        base: 60,
        percent: null,
        reversed: false,
      },
    } as unknown as BenchmarkResult;
    expect(publishedShort(result)).toEqual({
      figure: '37–39 of 60 (nearly two-thirds)',
      place: 'para 3.4',
    });
  });

  it('says which words it turned when the report counted the other answers', () => {
    const result = {
      status: 'compared',
      figure: { ...figure, stated: '38%', positive: 23, range: null, percent: 38 },
      published: { positive: 37, range: null, base: 60, percent: 62, reversed: true },
    } as unknown as BenchmarkResult;
    expect(publishedShort(result)).toEqual({
      figure: '62% (37/60)',
      place: 'para 3.4, turned from “38%”',
    });
  });
});
