import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkQuantifiers } from '../../../../src/core/phrasing/checkQuantifiers';
import { findingSentence } from '../../../../src/core/phrasing/findingSentence';
import type { QuantifierVocabulary } from '../../../../src/core/phrasing/quantifier';

describe('checkQuantifiers', () => {
  it('flags seed 000’s "over one-third" beside 24%', () => {
    const text = 'In over one-third (24%) of cases the home YOT visited.';
    const issues = checkQuantifiers(text, 'fractions');
    expect(issues).toEqual([
      {
        kind: 'words-contradict-figure',
        start: 3,
        end: 17,
        excerpt: 'over one-third (24%',
        message: '"over one-third" means more than 33.3%, but the figure beside it is 24%',
      },
    ]);
  });

  it('accepts words that fit their figure', () => {
    const text =
      'In nearly two-thirds of cases (63%, 38 of 60) the plan was sound. Less than half (47%) were reviewed. In one-third of cases (33%) there was none.';
    expect(checkQuantifiers(text, 'fractions')).toEqual([]);
  });

  it('reads a printed percentage as any value that rounds to it', () => {
    // 33% could be 33.4%, which is over one-third.
    expect(checkQuantifiers('over one-third (33%)', 'fractions')).toEqual([]);
    // With counts the value is exact: 33 of 100 is not over one-third.
    expect(checkQuantifiers('over one-third (33%, 33 of 100)', 'fractions')).toHaveLength(1);
  });

  it('flags a percentage that does not match its counts', () => {
    const issues = checkQuantifiers(
      'Allocation was prompt in 24% (23 of 60) of cases.',
      'fractions',
    );
    expect(issues.map((i) => [i.kind, i.excerpt, i.message])).toEqual([
      ['percent-contradicts-counts', '24% (23 of 60)', '24% does not match 23 of 60, which is 38%'],
    ]);
    expect(checkQuantifiers('38.3% (23/60)', 'fractions')).toEqual([]);
    expect(checkQuantifiers('38.4% (23/60)', 'fractions')).toHaveLength(1);
    expect(checkQuantifiers('50% (7 of 5)', 'fractions')[0]?.message).toMatch(/not a proportion/);
  });

  it('reads band words with their published meaning', () => {
    expect(checkQuantifiers('Most (60%) cases', 'bands')[0]?.message).toBe(
      '"Most" means 75% to 90%, but the figure beside it is 60%',
    );
    expect(checkQuantifiers('In the majority of cases (50%, 99 of 200)', 'bands')).toHaveLength(1);
    expect(checkQuantifiers('In less than half of cases (10%)', 'bands')).toHaveLength(1);
    expect(checkQuantifiers('In less than half of cases (10%)', 'fractions')).toEqual([]);
  });

  it('checks "all" and "none" exactly when counts are printed', () => {
    expect(checkQuantifiers('In all cases (100%, 249 of 250)', 'fractions')).toHaveLength(1);
    expect(checkQuantifiers('In all cases (100%)', 'fractions')).toEqual([]);
    expect(checkQuantifiers('In none of the cases (0%, 1 of 300)', 'fractions')).toHaveLength(1);
  });

  it('ignores words with no figure in the same clause', () => {
    expect(
      checkQuantifiers('Over half of the staff said so. Later, 20% (2 of 10) agreed.', 'fractions'),
    ).toEqual([]);
    expect(checkQuantifiers('overall (24%)', 'fractions')).toEqual([]);
  });

  it('accepts every sentence the phrasing writes, for every whole percentage', () => {
    const problems: string[] = [];
    for (const vocabulary of ['fractions', 'bands'] as const) {
      for (let n = 0; n <= 100; n++) {
        const sentence = findingSentence(n, 100, 'the case was allocated promptly', vocabulary)!;
        if (checkQuantifiers(sentence, vocabulary).length > 0) problems.push(sentence);
        // The printed percentage alone must also fit the words.
        const withoutCounts = sentence.replace(/, \d+ of \d+\)/, ')');
        if (checkQuantifiers(withoutCounts, vocabulary).length > 0) problems.push(withoutCounts);
      }
    }
    expect(problems).toEqual([]);
  });

  it('never contradicts (property): any count of any base, both vocabularies', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5000 })
          .chain((base) => fc.tuple(fc.integer({ min: 0, max: base }), fc.constant(base))),
        fc.constantFrom<QuantifierVocabulary>('fractions', 'bands'),
        ([n, base], vocabulary) => {
          const sentence = findingSentence(n, base, 'the plan was sound', vocabulary)!;
          expect(checkQuantifiers(sentence, vocabulary)).toEqual([]);
          expect(checkQuantifiers(sentence.replace(/, \d+ of \d+\)/, ')'), vocabulary)).toEqual([]);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('checks the awkward bases: thirds, halves and 49.5%', () => {
    const cases: [number, number][] = [
      [1, 3],
      [2, 3],
      [20, 60],
      [40, 60],
      [99, 200],
      [101, 200],
      [1, 2],
      [333, 1000],
      [334, 1000],
      [666, 1000],
      [667, 1000],
      [129, 200],
    ];
    for (const vocabulary of ['fractions', 'bands'] as const) {
      for (const [n, b] of cases) {
        const sentence = findingSentence(n, b, 'x', vocabulary)!;
        expect(checkQuantifiers(sentence, vocabulary), sentence).toEqual([]);
      }
    }
  });
});
