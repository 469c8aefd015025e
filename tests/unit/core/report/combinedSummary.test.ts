import { describe, expect, it } from 'vitest';
import {
  combinedFindingsDocument,
  combinedGroupNames,
  combineInspectionCases,
  computeFindings,
  findingsCasesOf,
  type ReportTable,
} from '../../../../src/core';
import { judgement, withQuestions } from '../../../fixtures/frameworkBuilder';
import { makeCase } from '../../../scenario/auditScenario';

const framework = withQuestions([judgement('q1'), judgement('q2')]);
const version = { id: framework.id, version: framework.version };

function council(id: string, name: string, answers: readonly (readonly [string, string])[]) {
  return {
    inspection: { id, name, framework: version },
    cases: findingsCasesOf(answers.map(([q1, q2], i) => makeCase(i, { q1, q2 }))),
  };
}

describe('the printable summary of inspections analysed together', () => {
  it('prints each scored question over all inspections and in each, with bases and the small-base mark', () => {
    const list = [
      council('a', 'Cardiff', [
        ['yes', 'no'],
        ['no', 'no'],
      ]),
      council('b', 'Powys', [
        ['yes', 'yes'],
        ['yes', 'no'],
        ['yes', 'no'],
      ]),
    ];
    const result = computeFindings(framework, combineInspectionCases(list), {
      breakdownBy: 'inspection',
      names: combinedGroupNames(list.map((entry) => entry.inspection)),
    });
    const document = combinedFindingsDocument(framework, result, '2026-12-06');
    expect(document.titlePage.title).toBe('Findings of 2 inspections together');
    expect(document.titlePage.date).toBe('December 2026');
    expect(document.chapters.map((c) => [c.number, c.title])).toEqual([
      ['1', 'The inspections'],
      ['2', 'Section one'],
    ]);
    const cases = document.chapters[0]!.blocks[1] as ReportTable;
    expect(cases.rows).toEqual([
      ['Cardiff', '2'],
      ['Powys', '3'],
    ]);
    const table = document.chapters[1]!.blocks[0] as ReportTable;
    expect(table.caption).toBe('Standard one');
    expect(table.head).toEqual(['Question', 'All inspections (5)', 'Cardiff (2)', 'Powys (3)']);
    expect(table.rows).toEqual([
      ['Question q1? (counted: Yes)', '80% (4/5) †', '50% (1/2) †', '100% (3/3) †'],
      ['Question q2? (counted: No)', '80% (4/5) †', '100% (2/2) †', '67% (2/3) †'],
    ]);
    expect(table.note).toMatch(/^† Small base/);
    // Its own plain document: no house style, so nothing numbered, listed or on the cover.
    expect(document.lists).toEqual({ tables: [], figures: [] });
    expect(document.titlePage.logo).toBeNull();
    expect(table.number).toBeUndefined();
  });
});
