import { describe, expect, it } from 'vitest';
import {
  combinedGroupNames,
  combineInspectionCases,
  combineProblem,
  computeFindings,
  findingsCasesOf,
  type InspectionToCombine,
  type ProportionFinding,
} from '../../../../src/core';
import { judgement, withQuestions } from '../../../fixtures/frameworkBuilder';
import { makeCase } from '../../../scenario/auditScenario';

const framework = withQuestions([judgement('q1')]);
const version = { id: framework.id, version: framework.version };

function inspection(id: string, name: string, extra: Partial<InspectionToCombine> = {}) {
  return { id, name, framework: version, ...extra };
}

/** `answers`: q1 of each case, in order (the same ids and refs in every inspection). */
function casesOf(answers: readonly string[]) {
  return findingsCasesOf(answers.map((q1, i) => makeCase(i, { q1 })));
}

const cardiff = { inspection: inspection('cardiff', 'Cardiff'), cases: casesOf(['yes', 'no']) };
const powys = { inspection: inspection('powys', 'Powys'), cases: casesOf(['yes', 'yes', 'yes']) };

function q1(result: { questions: readonly unknown[] }): ProportionFinding {
  return result.questions[0] as ProportionFinding;
}

describe('many inspections analysed as one', () => {
  it('says which inspection each case came from, keeping apart cases with the same id and reference', () => {
    const combined = combineInspectionCases([cardiff, powys]);
    expect(combined.map((c) => [c.inspectionId, c.ref])).toEqual([
      ['cardiff', 'LAC-01-01'],
      ['cardiff', 'LAC-02-02'],
      ['powys', 'LAC-01-01'],
      ['powys', 'LAC-02-02'],
      ['powys', 'LAC-03-03'],
    ]);
    expect(new Set(combined.map((c) => c.id)).size).toBe(5);
    expect(combined[0]!.values).toEqual({ q1: 'yes' });
  });

  it('counts every case of every inspection: 4 of 5 yes, 80% (4/5), as one list of all cases', () => {
    const combined = combineInspectionCases([cardiff, powys]);
    const together = q1(computeFindings(framework, combined));
    const oneList = q1(computeFindings(framework, [...cardiff.cases, ...powys.cases]));
    expect([together.positive, together.base, together.percentRounded]).toEqual([4, 5, 80]);
    expect(together).toEqual(oneList);
  });

  it('breaks the figures down by inspection, named and in the order chosen', () => {
    const list = [powys, cardiff];
    const result = computeFindings(framework, combineInspectionCases(list), {
      breakdownBy: 'inspection',
      names: combinedGroupNames(list.map((entry) => entry.inspection)),
    });
    const groups = result.breakdown!.groups.map((g) => {
      const f = q1(g);
      return [g.label, g.cases, f.positive, f.base];
    });
    expect(groups).toEqual([
      ['Powys', 3, 3, 3],
      ['Cardiff', 2, 1, 2],
    ]);
  });

  it('refuses inspections on different framework versions, naming the one that differs', () => {
    const older = {
      inspection: inspection('newport', 'Newport', { framework: { ...version, version: '0.9.0' } }),
      cases: casesOf(['no']),
    };
    const problem = `“Newport” uses ${framework.id}@0.9.0, but “Cardiff” uses ${framework.id}@${framework.version}: only inspections on the same framework version can be analysed together`;
    expect(combineProblem([cardiff.inspection, older.inspection])).toBe(problem);
    expect(() => combineInspectionCases([cardiff, powys, older])).toThrow(problem);
  });

  it('refuses the same inspection given twice, and nothing chosen', () => {
    expect(() => combineInspectionCases([cardiff, cardiff])).toThrow(
      '“Cardiff” and “Cardiff” are the same inspection (cardiff): give each inspection once',
    );
    expect(combineProblem([])).toBe('choose at least one inspection');
    expect(combineProblem([cardiff.inspection, powys.inspection])).toBeNull();
  });

  it('names two inspections with the same title apart, and joins their areas and teams', () => {
    const names = combinedGroupNames([
      inspection('a', 'Thematic', {
        areas: [{ id: 'north', name: 'North' }],
        team: [{ id: 'ap', name: 'A. Patel', role: 'lead' }],
      }),
      inspection('b', 'Thematic', {
        areas: [
          { id: 'north', name: 'Northern' },
          { id: 'south', name: 'South' },
        ],
      }),
    ]);
    expect(names).toEqual({
      areas: [
        { id: 'north', name: 'North' },
        { id: 'south', name: 'South' },
      ],
      inspectors: [{ id: 'ap', name: 'A. Patel' }],
      inspections: [
        { id: 'a', name: 'Thematic' },
        { id: 'b', name: 'Thematic (2)' },
      ],
    });
  });
});
