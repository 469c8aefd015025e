import { describe, expect, it } from 'vitest';
import { FRACTION_ANCHORS } from '../../../../src/core/phrasing/fractions';
import { phraseProportion } from '../../../../src/core/phrasing/phraseProportion';

const fractions = (n: number, b: number) => phraseProportion(n, b, 'fractions')?.words;
const bands = (n: number, b: number) => phraseProportion(n, b, 'bands')?.words;

describe('fractions vocabulary', () => {
  it('says the spec examples', () => {
    expect(fractions(63, 100)).toBe('nearly two-thirds');
    expect(fractions(38, 100)).toBe('over one-third');
    expect(fractions(47, 100)).toBe('less than half');
    expect(fractions(83, 100)).toBe('over four-fifths');
    expect(fractions(100, 100)).toBe('all');
    expect(fractions(0, 100)).toBe('none');
  });

  it('names an exact fraction bare: 20 of 60 is one-third, 40 of 60 two-thirds', () => {
    expect(fractions(20, 60)).toBe('one-third');
    expect(fractions(40, 60)).toBe('two-thirds');
    expect(fractions(30, 60)).toBe('half');
    expect(fractions(15, 60)).toBe('a quarter');
  });

  it('uses the bare fraction when the printed percentage is the fraction’s own', () => {
    expect(fractions(99, 200)).toBe('half'); // 49.5%, printed 50%
    expect(fractions(133, 200)).toBe('two-thirds'); // 66.5%, printed 67%
    expect(fractions(66, 200)).toBe('one-third'); // 33%
  });

  it('says "just over" within 2.5 points above, "over" further', () => {
    expect(fractions(101, 200)).toBe('just over half'); // 50.5%
    expect(fractions(52, 100)).toBe('just over half');
    expect(fractions(53, 100)).toBe('over half');
  });

  it('says "nearly" only just below a fraction, and "less than half" below half', () => {
    expect(fractions(62, 100)).toBe('nearly two-thirds');
    expect(fractions(61, 100)).toBe('over half'); // 5.7 points below two-thirds
    expect(fractions(45, 100)).toBe('less than half');
    expect(fractions(44, 100)).toBe('over one-third');
    expect(fractions(96, 100)).toBe('almost all');
    expect(fractions(249, 250)).toBe('almost all'); // 99.6%, printed 100%
    expect(fractions(3, 100)).toBe('very few');
    expect(fractions(1, 300)).toBe('very few'); // 0.3%, printed 0%
  });

  it('never says "over" a fraction it is below, or "nearly" one it is above', () => {
    const problems: string[] = [];
    for (const base of [7, 9, 10, 30, 60, 99, 100, 200, 301, 1000]) {
      for (let n = 1; n < base; n++) {
        const words = fractions(n, base)!;
        const anchor = FRACTION_ANCHORS.find((a) => words.endsWith(a.words));
        if (!anchor) continue;
        const side = Math.sign(n * anchor.den - anchor.num * base);
        if (/^(just )?over /.test(words) && side <= 0) problems.push(`${n}/${base}: ${words}`);
        if (/^(nearly|less than) /.test(words) && side >= 0)
          problems.push(`${n}/${base}: ${words}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('bands vocabulary', () => {
  it('follows the published bands on the printed percentage', () => {
    expect(bands(91, 100)).toBe('almost all');
    expect(bands(90, 100)).toBe('most');
    expect(bands(75, 100)).toBe('most');
    expect(bands(74, 100)).toBe('the majority');
    expect(bands(50, 100)).toBe('the majority');
    expect(bands(49, 100)).toBe('less than half');
    expect(bands(16, 100)).toBe('less than half');
    expect(bands(15, 100)).toBe('few');
    expect(bands(1, 100)).toBe('few');
    expect(bands(0, 100)).toBe('none');
    expect(bands(100, 100)).toBe('all');
  });

  it('keeps "the majority" true: 99 of 200 (printed 50%) is less than half', () => {
    expect(bands(99, 200)).toBe('less than half');
    expect(bands(100, 200)).toBe('the majority');
  });

  it('rounds at the other edges as printed: 90.4% is most, 90.5% almost all', () => {
    expect(bands(904, 1000)).toBe('most');
    expect(bands(905, 1000)).toBe('almost all');
    expect(bands(745, 1000)).toBe('most');
  });
});

describe('phraseProportion', () => {
  it('has no words without a base', () => {
    expect(phraseProportion(0, 0, 'fractions')).toBeNull();
  });

  it('gives the form that goes before "cases"', () => {
    expect(phraseProportion(38, 100, 'fractions')?.ofCases).toBe('over one-third of cases');
    expect(phraseProportion(96, 100, 'fractions')?.ofCases).toBe('almost all cases');
    expect(phraseProportion(60, 100, 'bands')?.ofCases).toBe('the majority of cases');
  });

  it('refuses impossible counts', () => {
    expect(() => phraseProportion(5, 4, 'bands')).toThrow(RangeError);
  });
});
