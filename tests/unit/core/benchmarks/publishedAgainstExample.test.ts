/**
 * The example inspection reproduces the 2012 report's figures (its 60 cases are made so), so read
 * against the figures the report published it must differ by nothing: every count's difference
 * is 0 points and none is more than chance would explain, and every count a report's words allow
 * as a range holds the example's count. A test of the shipped figures and of the comparison at
 * once: a wrong side, base or count in either shows here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildLacExample,
  compareWithBenchmarks,
  computeFindings,
  findingsCasesOf,
  loadBenchmarkSet,
} from '../../../../src/core';
import { lacFramework } from '../../../fixtures/lacFramework';

const framework = lacFramework();
const shipped = loadBenchmarkSet(
  readFileSync('audit-frameworks/hmip-lac-placed-away-2012/benchmarks-1.0.1.json', 'utf8'),
  framework,
);
const example = buildLacExample(framework, {
  inspectionId: 'seed-000',
  now: '2026-03-09T09:00:00.000Z',
});
const findings = computeFindings(framework, findingsCasesOf(example.cases), {
  completeOnly: false,
});

describe('the example inspection read against the 2012 report’s published figures', () => {
  if (shipped.status !== 'ok') throw new Error(JSON.stringify(shipped.errors));
  const results = [...compareWithBenchmarks(findings.questions, shipped.value).values()];

  it('compares a figure for every question the report gives one', () => {
    const questions = new Set(shipped.value.figures.map((f) => f.itemId));
    expect(results.length).toBe(questions.size);
    expect(results.filter((r) => r.status === 'not-comparable')).toEqual([]);
  });

  it('differs by 0 points from every count, none more than chance would explain', () => {
    const counts = results.filter((r) => r.status === 'compared' && r.figure.positive !== null);
    expect(counts.length).toBeGreaterThan(20);
    for (const r of counts) {
      if (r.status !== 'compared') continue;
      expect([r.itemId, r.difference.low, r.difference.high]).toEqual([r.itemId, 0, 0]);
      expect([r.itemId, r.significant]).toEqual([r.itemId, false]);
    }
  });

  it('holds its count within every range the report’s words allow', () => {
    const ranges = results.filter((r) => r.status === 'compared' && r.figure.range !== null);
    expect(ranges.length).toBeGreaterThan(10);
    for (const r of ranges) {
      if (r.status !== 'compared' || !r.published.range) continue;
      const { low, high } = r.published.range;
      expect([r.itemId, r.audit.base]).toEqual([r.itemId, r.published.base]);
      expect(r.audit.count, r.itemId).toBeGreaterThanOrEqual(low);
      expect(r.audit.count, r.itemId).toBeLessThanOrEqual(high);
      expect([r.itemId, r.significant]).toEqual([r.itemId, false]);
    }
  });
});
