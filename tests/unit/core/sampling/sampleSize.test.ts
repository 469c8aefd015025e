import { describe, expect, it } from 'vitest';
import { achievedMarginOfError, requiredSampleSize } from '../../../../src/core';

function ok<T>(result: { status: 'ok'; value: T } | { status: 'invalid' }): T {
  if (result.status !== 'ok') throw new Error('expected a valid result');
  return result.value;
}

describe('requiredSampleSize (SPEC §4.8)', () => {
  it('needs 45 cases from a population of 60 at 80% confidence and ±5 points (44.1, rounded up)', () => {
    const size = ok(requiredSampleSize({ population: 60, confidence: 0.8, marginOfError: 0.05 }));
    expect(size.exact).toBeCloseTo(44.14, 2);
    expect(size.sampleSize).toBe(45);
    expect(size.withoutCorrection).toBeCloseTo(164.24, 2);
    expect(size.sentence).toBe(
      'From a population of 60, a margin of error of ±5% at 80% confidence needs 45 cases (44.1, rounded up).',
    );
  });

  it('needs 26 of 30 eligible cases at 80% / ±5 (25.5, rounded up)', () => {
    const size = ok(requiredSampleSize({ population: 30, confidence: 0.8, marginOfError: 0.05 }));
    expect(size.exact).toBeCloseTo(25.5, 1);
    expect(size.sampleSize).toBe(26);
  });

  it('needs 384 cases from a very large population at 95% / ±5 (the textbook figure)', () => {
    const size = ok(
      requiredSampleSize({ population: 10_000_000, confidence: 0.95, marginOfError: 0.05 }),
    );
    expect(size.sampleSize).toBe(385);
    expect(size.withoutCorrection).toBeCloseTo(384.15, 2);
  });

  it('never asks for more cases than there are', () => {
    expect(
      ok(requiredSampleSize({ population: 5, confidence: 0.99, marginOfError: 0.01 })).sampleSize,
    ).toBe(5);
    expect(
      ok(requiredSampleSize({ population: 1, confidence: 0.95, marginOfError: 0.05 })).sampleSize,
    ).toBe(1);
  });

  it('is the inverse of achievedMarginOfError: the sample size reaches the margin asked for', () => {
    for (const population of [20, 60, 157, 1_000]) {
      const size = ok(requiredSampleSize({ population, confidence: 0.9, marginOfError: 0.07 }));
      const reached = ok(
        achievedMarginOfError({ population, responses: size.sampleSize, confidence: 0.9 }),
      );
      expect(reached.marginOfError).toBeLessThanOrEqual(0.07 + 1e-12);
      if (size.sampleSize > 1) {
        const oneFewer = ok(
          achievedMarginOfError({ population, responses: size.sampleSize - 1, confidence: 0.9 }),
        );
        expect(oneFewer.marginOfError).toBeGreaterThan(0.07);
      }
    }
  });

  it('lists every bad input', () => {
    const result = requiredSampleSize({ population: 0, confidence: 95, marginOfError: 0 });
    expect(result).toEqual({
      status: 'invalid',
      errors: [
        { path: 'population', message: 'must be a whole number of cases, at least 1' },
        {
          path: 'confidence',
          message: 'must be a confidence level between 0% and 100% (exclusive)',
        },
        {
          path: 'marginOfError',
          message: 'must be a margin of error between 0% and 100% (exclusive)',
        },
      ],
    });
  });
});

describe('achievedMarginOfError', () => {
  it('gives ±6.1% for 98 responses from 157 at 95% (seed 002, footnote 15)', () => {
    const margin = ok(achievedMarginOfError({ population: 157, responses: 98, confidence: 0.95 }));
    expect(margin.marginOfError).toBeCloseTo(0.0609, 4);
    expect(margin.sentence).toBe(
      '98 of a population of 157 give a margin of error of ±6.1% at 95% confidence.',
    );
  });

  it('is zero when every case is read', () => {
    expect(
      ok(achievedMarginOfError({ population: 40, responses: 40, confidence: 0.95 })).marginOfError,
    ).toBe(0);
    expect(
      ok(achievedMarginOfError({ population: 1, responses: 1, confidence: 0.95 })).marginOfError,
    ).toBe(0);
  });

  it('refuses more responses than the population', () => {
    expect(achievedMarginOfError({ population: 10, responses: 11, confidence: 0.95 })).toEqual({
      status: 'invalid',
      errors: [{ path: 'responses', message: 'is more than the population (11 of 10)' }],
    });
  });
});
