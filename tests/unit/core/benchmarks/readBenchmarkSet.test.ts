/**
 * A benchmark file is read against the framework version it is for, and refused with the place
 * named (and nothing given back) when it is for another framework or version, names a question
 * the framework lacks or one that has no answers to count, counts an answer the scale lacks, has
 * a base of 0 or a count above its base, or gives the same figure twice.
 */
import { describe, expect, it } from 'vitest';
import type {
  BenchmarkFigure,
  BenchmarkSet,
} from '../../../../src/core/benchmarks/benchmarkSchema';
import {
  loadBenchmarkSet,
  readBenchmarkSet,
} from '../../../../src/core/benchmarks/readBenchmarkSet';
import {
  benchmarkFileName,
  writeBenchmarkSet,
} from '../../../../src/core/benchmarks/writeBenchmarkSet';
import { loadFramework } from '../../../../src/core/framework/loadFramework';
import { lacFramework } from '../../../fixtures/lacFramework';

const framework = lacFramework();
const source = {
  document: 'Looked After Children (HMI Probation, Ofsted and Estyn, December 2012)',
  location: 'paragraph 3.4',
  quote: 'Within the sample, 38% of cases had not been allocated promptly.',
};

function figure(over: Partial<BenchmarkFigure> = {}): BenchmarkFigure {
  return {
    itemId: 'alloc-prompt',
    counts: ['no'],
    stated: '38%',
    positive: 23,
    range: null,
    base: 60,
    percent: 38,
    source,
    ...over,
  };
}

function set(figures: BenchmarkFigure[], over: Partial<BenchmarkSet> = {}): BenchmarkSet {
  return {
    format: 'case-audit-benchmarks',
    formatVersion: 1,
    framework: { id: 'hmip-lac-placed-away-2012', version: '1.0.1' },
    title: 'Published figures, 2012',
    figures,
    ...over,
  };
}

/** The problems of a refused file; fails if it was read. */
function refused(value: unknown) {
  const result = readBenchmarkSet(value, framework);
  expect(result.status).toBe('invalid');
  expect(result).not.toHaveProperty('value');
  return result.status === 'invalid' ? result.errors : [];
}

describe('readBenchmarkSet', () => {
  it('reads a file for this framework version, a count and a range', () => {
    const value = set([
      figure(),
      figure({
        itemId: 'emh-assessed',
        stated: 'nearly two-thirds',
        positive: null,
        range: { low: 37, high: 39 },
        percent: null,
      }),
    ]);
    expect(readBenchmarkSet(value, framework)).toEqual({ status: 'ok', value });
  });

  it('refuses a file for another framework, naming both', () => {
    expect(
      refused(set([figure()], { framework: { id: 'yjb-case-file-2010', version: '1.0.1' } })),
    ).toEqual([
      {
        path: 'framework',
        message: 'this file is for yjb-case-file-2010 1.0.1, not hmip-lac-placed-away-2012 1.0.1',
      },
    ]);
  });

  it('refuses a file for another version of the same framework', () => {
    const other = set([figure()], {
      framework: { id: 'hmip-lac-placed-away-2012', version: '1.0.0' },
    });
    expect(refused(other)).toEqual([
      {
        path: 'framework',
        message:
          'this file is for hmip-lac-placed-away-2012 1.0.0, not hmip-lac-placed-away-2012 1.0.1',
      },
    ]);
  });

  it('refuses a figure naming a question the framework lacks, or a profile field', () => {
    expect(refused(set([figure(), figure({ itemId: 'x' })]))).toEqual([
      { path: 'figures[1].itemId', message: 'no question "x" in the framework' },
    ]);
    expect(refused(set([figure({ itemId: 'age', counts: ['16'] })]))).toEqual([
      { path: 'figures[0].itemId', message: 'no question "age" in the framework' },
    ]);
  });

  it('refuses an answer the question’s scale lacks, and one listed twice', () => {
    expect(refused(set([figure({ counts: ['no', 'maybe'] })]))).toEqual([
      {
        path: 'figures[0].counts[1]',
        message: '"maybe" is not an answer of question "alloc-prompt" (its answers: yes, no)',
      },
    ]);
    // N/A is not an answer a figure counts: it takes a case out of the base.
    expect(refused(set([figure({ itemId: 'host-visits', counts: ['na'] })]))[0]?.path).toBe(
      'figures[0].counts[0]',
    );
    expect(refused(set([figure({ counts: ['no', 'no'] })]))).toEqual([
      { path: 'figures[0].counts[1]', message: '"no" is listed twice' },
    ]);
  });

  it('refuses a question with no answers to count (a number, date or text question)', () => {
    const loaded = loadFramework(
      JSON.stringify({
        formatVersion: 1,
        id: 'example-audit',
        version: '1.0.0',
        title: 'Example',
        publishers: ['Example Council'],
        year: 2026,
        source: { citation: 'Example Council (2026).' },
        licence: 'Open Government Licence v3.0',
        status: 'draft',
        language: 'en-GB',
        quantifiers: 'fractions',
        scales: [],
        profile: [],
        sections: [
          {
            id: 's',
            title: 'S',
            standards: [
              {
                id: 't',
                title: 'T',
                questions: [{ id: 'visits', text: 'How many visits?', kind: 'number' }],
              },
            ],
          },
        ],
      }),
    );
    if (loaded.status !== 'ok') throw new Error(JSON.stringify(loaded.errors));
    const value = set([figure({ itemId: 'visits', counts: ['3'] })], {
      framework: { id: 'example-audit', version: '1.0.0' },
    });
    expect(readBenchmarkSet(value, loaded.value)).toEqual({
      status: 'invalid',
      errors: [
        {
          path: 'figures[0].itemId',
          message:
            'question "visits" is a number question: a figure counts the answers of a question with a scale',
        },
      ],
    });
  });

  it('refuses a base of 0, a count above its base and a range outside it', () => {
    expect(refused(set([figure({ base: 0, positive: 0, percent: null })]))).toEqual([
      { path: 'figures[0].base', message: 'a base must be at least 1' },
    ]);
    expect(refused(set([figure({ positive: 61 })]))).toEqual([
      { path: 'figures[0].positive', message: 'is more than its base' },
    ]);
    const outside = figure({ positive: null, range: { low: 37, high: 61 } });
    expect(refused(set([outside]))).toEqual([
      { path: 'figures[0].range', message: 'must run from low to high within the base' },
    ]);
  });

  it('refuses two figures for the same question counting the same answers, in any order', () => {
    expect(refused(set([figure(), figure({ stated: '23 of 60', percent: null })]))).toEqual([
      {
        path: 'figures[1]',
        message: 'repeats figures[0]: question "alloc-prompt" counting no is already given',
      },
    ]);
    const both = (counts: string[]) => figure({ itemId: 'joint-csc', counts, positive: 60 });
    expect(refused(set([both(['yes', 'no']), both(['no', 'yes'])]))[0]?.path).toBe('figures[1]');
    // The other side of the same question is a different figure (the report may state both).
    const other = figure({ counts: ['yes'], positive: 37, percent: 62 });
    expect(readBenchmarkSet(set([figure(), other]), framework).status).toBe('ok');
  });

  it('refuses what is not a benchmark file at all', () => {
    expect(refused([])).toEqual([
      { path: '(the whole file)', message: 'must be a JSON object holding published figures' },
    ]);
    expect(refused({ ...set([figure()]), format: 'case-audit-inspection' })[0]?.path).toBe(
      'format',
    );
  });
});

describe('writeBenchmarkSet and benchmarkFileName', () => {
  it('exported then read back gives the same set, whatever order its keys came in', () => {
    const original = set([
      figure(),
      figure({
        itemId: 'joint-csc',
        counts: ['yes'],
        stated: 'one-quarter',
        positive: 15,
        percent: null,
      }),
    ]);
    // The same content with every object's keys in reverse order.
    const reversed = (value: object) => Object.fromEntries(Object.entries(value).reverse());
    const shuffled = reversed({
      ...original,
      figures: original.figures.map((f) => reversed({ ...f, source: reversed(f.source) })),
    }) as BenchmarkSet;
    expect(Object.keys(shuffled)[0]).toBe('figures');
    const text = writeBenchmarkSet(shuffled);
    expect(text).toBe(writeBenchmarkSet(original));
    expect(text.indexOf('"format"')).toBeLessThan(text.indexOf('"figures"'));
    expect(loadBenchmarkSet(text, framework)).toEqual({ status: 'ok', value: original });
  });

  it('names the file by framework and version', () => {
    expect(benchmarkFileName(set([]))).toBe('hmip-lac-placed-away-2012-1.0.1-benchmarks.json');
  });

  it('refuses text that is not JSON, naming where', () => {
    const result = loadBenchmarkSet('{"format": ', framework);
    expect(result.status).toBe('invalid');
  });
});
