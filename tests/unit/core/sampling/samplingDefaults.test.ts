import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFramework, requiredSampleSize, samplingDefaults } from '../../../../src/core';
import { minimalFramework } from '../../../fixtures/frameworkBuilder';

function errorsOf(framework: unknown) {
  const result = loadFramework(JSON.stringify(framework));
  return result.status === 'invalid' ? result.errors : [];
}

describe('a framework’s sampling defaults', () => {
  it('accepts a confidence level the app computes with and a margin as a fraction', () => {
    expect(errorsOf(minimalFramework({ sampling: { confidence: 0.8, margin: 0.05 } }))).toEqual([]);
    expect(errorsOf(minimalFramework())).toEqual([]);
  });

  it('refuses any other confidence level, a margin in points, and fields it does not know', () => {
    const file = { ...minimalFramework(), sampling: { confidence: 0.85, margin: 5, seed: 'x' } };
    expect(errorsOf(file)).toEqual([
      { path: 'sampling.confidence', message: 'must be one of: 0.8, 0.9, 0.95, 0.99, found 0.85' },
      { path: 'sampling.margin', message: 'must be at most 0.5' },
      { path: 'sampling.seed', message: 'is not a field this format knows (check the spelling)' },
    ]);
    expect(errorsOf({ ...minimalFramework(), sampling: { confidence: 0.95, margin: 0 } })).toEqual([
      {
        path: 'sampling.margin',
        message: 'must be more than 0: a fraction, such as 0.05 for ±5 points',
      },
    ]);
  });

  it('starts from the framework’s figures when it has them, else from 95% and ±5 points', () => {
    expect(
      samplingDefaults(minimalFramework({ sampling: { confidence: 0.8, margin: 0.05 } })),
    ).toEqual({ confidence: 0.8, margin: 0.05, fromFramework: true });
    expect(samplingDefaults(minimalFramework())).toEqual({
      confidence: 0.95,
      margin: 0.05,
      fromFramework: false,
    });
    expect(samplingDefaults(null)).toMatchObject({ confidence: 0.95, fromFramework: false });
  });

  it.each(['hmip-lac-placed-away-2012', 'hmip-youth-justice-case-supervision'])(
    'gives the HMIP framework %s 80% and ±5 points: 45 cases from a population of 60',
    (id) => {
      const result = loadFramework(readFileSync(`audit-frameworks/${id}/1.0.1.json`, 'utf8'));
      if (result.status !== 'ok') throw new Error(JSON.stringify(result.errors));
      const start = samplingDefaults(result.value);
      expect(start).toEqual({ confidence: 0.8, margin: 0.05, fromFramework: true });
      const size = requiredSampleSize({
        population: 60,
        confidence: start.confidence,
        marginOfError: start.margin,
      });
      expect(size.status === 'ok' && size.value.sampleSize).toBe(45);
    },
  );
});
