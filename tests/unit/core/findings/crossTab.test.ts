/**
 * Cross-tabs: counts, row and column percentages with their bases, the cases left out and
 * why, and the test of independence in words. Worked numbers: see each table's comment.
 */
import { describe, expect, it } from 'vitest';
import {
  type AnswerValue,
  computeCrossTab,
  createTranslator,
  crossTabChoicesOf,
  type Framework,
  findingsCasesOf,
} from '../../../../src/core';
import { loadCatalogue } from '../../../../src/i18n/catalogues';
import {
  judgement,
  neutralScale,
  withQuestions,
  yesNoScale,
} from '../../../fixtures/frameworkBuilder';
import { type CaseSpec, makeCase } from '../../../scenario/auditScenario';

const framework: Framework = withQuestions(
  [
    judgement('q1'),
    { id: 'q2', text: 'Was the plan good?', kind: 'rating', scale: 'yes-partly-no' },
    { id: 'q3', text: 'Concerns?', kind: 'multichoice', scale: 'concerns' },
    judgement('q4', { showWhen: { question: 'q1', equals: 'yes' } }),
    { id: 'q5', text: 'Miles from home', kind: 'number' },
  ],
  {
    scales: [
      yesNoScale,
      neutralScale('yes-partly-no', { yes: 'Yes', partly: 'Partly', no: 'No' }),
      neutralScale('concerns', { drugs: 'Substance misuse', missing: 'Going missing' }),
      neutralScale('gender', { boy: 'Boy', girl: 'Girl' }),
    ],
    profile: [{ id: 'gender', text: 'Gender', kind: 'choice', scale: 'gender' }],
  },
);

type Group = [count: number, values: Record<string, AnswerValue>, spec?: CaseSpec];

function casesOf(groups: readonly Group[]) {
  const cases = [];
  for (const [count, values, spec] of groups) {
    for (let i = 0; i < count; i++) cases.push(makeCase(cases.length, values, spec));
  }
  return findingsCasesOf(cases);
}

describe('computeCrossTab: two single-choice variables', () => {
  // Gender × q1: boy 12 yes, 5 no; girl 7 yes, 9 no. χ² = 2.4306 on 1 df, p = 0.1190 (R).
  const cases = casesOf([
    [12, { gender: 'boy', q1: 'yes' }],
    [5, { gender: 'boy', q1: 'no' }],
    [7, { gender: 'girl', q1: 'yes' }],
    [9, { gender: 'girl', q1: 'no' }],
    [2, { gender: 'girl', q1: 'na' }],
    [1, { gender: 'boy', q1: 'not_known' }],
    [1, { q1: 'yes' }],
    [1, { gender: 'boy', q1: 'yes' }, { status: 'in-progress' }],
  ]);
  const table = computeCrossTab(framework, cases, {
    rows: 'gender',
    cols: 'q1',
    completeOnly: true,
  });

  it('counts each pair of answers, options in the framework order', () => {
    expect(table.rows.categories.map((c) => [c.label, c.base])).toEqual([
      ['Boy', 17],
      ['Girl', 16],
    ]);
    expect(table.cols.categories.map((c) => [c.label, c.base])).toEqual([
      ['Yes', 19],
      ['No', 14],
    ]);
    expect(table.cells.map((row) => row.map((c) => c.count))).toEqual([
      [12, 5],
      [7, 9],
    ]);
    expect(table.total).toBe(33);
  });

  it('gives row and column percentages of their bases', () => {
    // 12/17 = 70.6% of boys said yes; 12/19 = 63.2% of the yeses are boys.
    expect(table.cells[0]![0]).toEqual({ count: 12, rowPercent: 71, colPercent: 63 });
    expect(table.cells[1]![1]).toEqual({ count: 9, rowPercent: 56, colPercent: 64 });
    expect(table.rows.categories.every((c) => !c.smallBase)).toBe(true);
  });

  it('leaves out N/A, not known and no answer, counted with their reasons', () => {
    expect(table.basis).toBe('complete-cases');
    expect(table.counted).toBe(37);
    expect(table.leftOutCases).toBe(4);
    expect(table.leftOut).toEqual([
      { axis: 'rows', reason: 'no-answer', label: 'No answer', cases: 1 },
      { axis: 'cols', reason: 'not-applicable', label: 'Not applicable', cases: 2 },
      { axis: 'cols', reason: 'not-known', label: 'Not known', cases: 1 },
    ]);
  });

  it('counts a case not yet complete unless only complete cases are wanted', () => {
    const all = computeCrossTab(framework, cases, { rows: 'gender', cols: 'q1' });
    expect(all.cells[0]![0]!.count).toBe(13);
    expect(all.counted).toBe(38);
  });

  it('tests independence and says what it means', () => {
    expect(table.test.kind).toBe('chi-square');
    if (table.test.kind !== 'chi-square') return;
    expect(table.test.statistic).toBeCloseTo(2.430575519681557, 9);
    expect(table.test.df).toBe(1);
    expect(Math.abs(table.test.p - 0.118989205532145)).toBeLessThan(1e-6);
    expect(table.test.fisherP).toBeNull();
    expect(table.test.warning).toBeNull();
    expect(table.test.sentences).toEqual([
      'χ² = 2.43, 1 degree of freedom, p = 0.12: no evidence of association at the 5% level.',
    ]);
  });
});

describe('computeCrossTab: tests by the size of the table', () => {
  it('finds an association in a 3×2 table (χ² = 10.53, 2 df, p = 0.0052)', () => {
    const cases = casesOf([
      [20, { q2: 'yes', gender: 'boy' }],
      [5, { q2: 'yes', gender: 'girl' }],
      [15, { q2: 'partly', gender: 'boy' }],
      [12, { q2: 'partly', gender: 'girl' }],
      [10, { q2: 'no', gender: 'boy' }],
      [18, { q2: 'no', gender: 'girl' }],
    ]);
    const table = computeCrossTab(framework, cases, { rows: 'q2', cols: 'gender' });
    if (table.test.kind !== 'chi-square') throw new Error('no test');
    expect(table.test.df).toBe(2);
    expect(table.test.sentences).toEqual([
      'χ² = 10.53, 2 degrees of freedom, p = 0.005: evidence of an association at the 5% level.',
    ]);
  });

  it("adds Fisher's exact test and a warning for a small 2×2 table (p = 0.4857)", () => {
    const cases = casesOf([
      [3, { gender: 'boy', q1: 'yes' }],
      [1, { gender: 'boy', q1: 'no' }],
      [1, { gender: 'girl', q1: 'yes' }],
      [3, { gender: 'girl', q1: 'no' }],
    ]);
    const table = computeCrossTab(framework, cases, { rows: 'gender', cols: 'q1' });
    if (table.test.kind !== 'chi-square') throw new Error('no test');
    expect(table.test.fisherP).toBeCloseTo(0.485714285714286, 9);
    expect(table.test.readP).toBe(table.test.fisherP);
    expect(table.test.sentences[0]).toBe(
      "Fisher's exact test (two-sided), p = 0.49: no evidence of association at the 5% level.",
    );
    expect(table.test.warning).toBe(
      "4 of the 4 expected counts are under 5, so the chi-square test is not reliable here: read Fisher's exact test.",
    );
    expect(table.rows.categories.every((c) => c.smallBase)).toBe(true);
  });

  it('makes no test with one column, and leaves empty rows out of the test', () => {
    const cases = casesOf([
      [4, { gender: 'boy', q2: 'yes' }],
      [6, { gender: 'girl', q2: 'no' }],
    ]);
    const oneColumn = computeCrossTab(framework, casesOf([[5, { gender: 'boy', q1: 'yes' }]]), {
      rows: 'gender',
      cols: 'q1',
    });
    expect(oneColumn.test).toMatchObject({ kind: 'none' });
    const table = computeCrossTab(framework, cases, { rows: 'q2', cols: 'gender' });
    expect(table.rows.categories.map((c) => c.label)).toEqual(['Yes', 'Partly', 'No']);
    expect(table.test).toMatchObject({ kind: 'chi-square', df: 1, tested: { rows: 2, cols: 2 } });
    expect(table.notes).toContain(
      'Rows and columns with no case in them are shown, and left out of the test.',
    );
  });
});

describe('computeCrossTab: multiple choice, rules and case fields', () => {
  it('counts a case under each answer it chose, bases in cases, and makes no test', () => {
    const cases = casesOf([
      [2, { gender: 'boy', q3: ['drugs', 'missing'] }],
      [3, { gender: 'boy', q3: ['drugs'] }],
      [1, { gender: 'girl', q3: ['missing'] }],
    ]);
    const table = computeCrossTab(framework, cases, { rows: 'gender', cols: 'q3' });
    expect(table.cells.map((row) => row.map((c) => c.count))).toEqual([
      [5, 2],
      [0, 1],
    ]);
    expect(table.rows.categories.map((c) => c.base)).toEqual([5, 1]);
    expect(table.cells[0]![1]!.rowPercent).toBe(40);
    expect(table.cols.multiple).toBe(true);
    expect(table.test).toMatchObject({ kind: 'none' });
    expect(table.notes[0]).toMatch(/counted under each answer it has/);
  });

  it('leaves out a question a rule did not ask', () => {
    const cases = casesOf([
      [3, { gender: 'boy', q1: 'yes', q4: 'yes' }],
      [2, { gender: 'boy', q1: 'no', q4: 'yes' }],
    ]);
    const table = computeCrossTab(framework, cases, { rows: 'q4', cols: 'gender' });
    expect(table.total).toBe(3);
    expect(table.leftOut).toEqual([
      {
        axis: 'rows',
        reason: 'not-asked',
        label: 'Not asked (a rule hid the question)',
        cases: 2,
      },
    ]);
  });

  it('names areas from the inspection, in its order, with areas no case is in', () => {
    const cases = casesOf([
      [2, { q1: 'yes' }, { area: 'north' }],
      [1, { q1: 'no' }, { area: 'south' }],
    ]);
    const names = {
      areas: [
        { id: 'south', name: 'Southshire' },
        { id: 'east', name: 'Eastshire' },
        { id: 'north', name: 'Northshire' },
      ],
    };
    const table = computeCrossTab(framework, cases, { rows: 'area', cols: 'q1', names });
    expect(table.rows.categories.map((c) => [c.label, c.base])).toEqual([
      ['Southshire', 1],
      ['Eastshire', 0],
      ['Northshire', 2],
    ]);
    expect(table.cells[1]![0]).toEqual({ count: 0, rowPercent: null, colPercent: 0 });
  });

  it('names the case fields in the translator’s language, as the choices do', async () => {
    const cy = createTranslator('cy', await loadCatalogue('cy'));
    const cases = casesOf([[2, { q1: 'yes' }, { area: 'north' }]]);
    const table = computeCrossTab(framework, cases, { rows: 'area', cols: 'q1' }, cy);
    const area = crossTabChoicesOf(framework, {}, cy).find((c) => c.by === 'area')!;
    expect(table.rows.label).toBe(area.label);
    expect(table.rows.label).not.toBe('Area');
  });

  it('offers case fields, profile fields and questions with options, and refuses others', () => {
    expect(crossTabChoicesOf(framework).map((c) => `${c.kind}:${c.by}`)).toEqual([
      'case:area',
      'case:stratum',
      'case:inspector',
      'profile:gender',
      'question:q1',
      'question:q2',
      'question:q3',
      'question:q4',
    ]);
    expect(() => computeCrossTab(framework, [], { rows: 'q5', cols: 'q1' })).toThrow(RangeError);
    expect(() => computeCrossTab(framework, [], { rows: 'q1', cols: 'q1' })).toThrow(RangeError);
  });

  it('leaves out a case with no stratum, and takes inspections analysed together by name', () => {
    const cases = casesOf([
      [2, { q1: 'yes' }, { stratum: 'host' }],
      [1, { q1: 'no' }],
    ]);
    const table = computeCrossTab(framework, cases, { rows: 'stratum', cols: 'q1' });
    expect(table.leftOut).toEqual([
      {
        axis: 'rows',
        reason: 'not-recorded',
        label: 'None recorded (no stratum, or no inspector assigned)',
        cases: 1,
      },
    ]);
    const combined = [
      { ...cases[0]!, inspectionId: 'cardiff' },
      { ...cases[1]!, inspectionId: 'newport' },
      { ...cases[2]!, inspectionId: 'newport' },
    ];
    const names = {
      inspections: [
        { id: 'newport', name: 'Newport' },
        { id: 'cardiff', name: 'Cardiff' },
      ],
    };
    const byInspection = computeCrossTab(framework, combined, {
      rows: 'inspection',
      cols: 'q1',
      names,
    });
    expect(byInspection.rows.label).toBe('Inspection');
    expect(byInspection.rows.categories.map((c) => [c.label, c.base])).toEqual([
      ['Newport', 2],
      ['Cardiff', 1],
    ]);
    expect(crossTabChoicesOf(framework, { inspections: true })[3]).toEqual({
      by: 'inspection',
      label: 'Inspection',
      kind: 'case',
    });
  });
});
