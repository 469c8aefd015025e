/**
 * A cross-tab as CSV: a row per cell with both percentages beside their bases, the totals, the
 * cases left out with their reasons, and the test on every row. Gender by q1: boy 3 yes, 1 no;
 * girl 1 yes, 3 no; one girl N/A. Fisher's exact test p = 0.4857; χ² = 2 on 1 df, p = 0.1573.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { computeCrossTab, crossTabCsv, findingsCasesOf } from '../../../../src/core';
import {
  judgement,
  neutralScale,
  withQuestions,
  yesNoScale,
} from '../../../fixtures/frameworkBuilder';
import { makeCase } from '../../../scenario/auditScenario';

const framework = withQuestions([judgement('q1')], {
  scales: [yesNoScale, neutralScale('gender', { boy: 'Boy', girl: 'Girl' })],
  profile: [{ id: 'gender', text: 'Gender', kind: 'choice', scale: 'gender' }],
});

const answers = [
  ...Array.from({ length: 3 }, () => ({ gender: 'boy', q1: 'yes' })),
  { gender: 'boy', q1: 'no' },
  { gender: 'girl', q1: 'yes' },
  ...Array.from({ length: 3 }, () => ({ gender: 'girl', q1: 'no' })),
  { gender: 'girl', q1: 'na' },
];
const cases = findingsCasesOf(answers.map((values, i) => makeCase(i, values)));

describe('crossTabCsv', () => {
  const text = crossTabCsv(computeCrossTab(framework, cases, { rows: 'gender', cols: 'q1' }));
  const rows = Papa.parse<Record<string, string>>(text.trim(), { header: true }).data;

  it('writes each cell with its row and column percentages and their bases', () => {
    expect(rows[0]).toMatchObject({
      kind: 'cell',
      row_variable: 'gender',
      row_key: 'boy',
      row_label: 'Boy',
      col_variable: 'q1',
      col_key: 'yes',
      col_label: 'Yes',
      count: '3',
      row_base: '4',
      row_percent: '75',
      row_small_base: 'yes',
      col_base: '4',
      col_percent: '75',
      col_small_base: 'yes',
      counted: '9',
    });
    expect(rows.map((r) => r.kind)).toEqual([
      'cell',
      'cell',
      'row_total',
      'cell',
      'cell',
      'row_total',
      'column_total',
      'column_total',
      'total',
      'left_out',
    ]);
  });

  it('writes the totals, the cases left out and the test', () => {
    expect(rows[2]).toMatchObject({
      kind: 'row_total',
      row_key: 'boy',
      count: '4',
      col_percent: '50',
    });
    expect(rows[8]).toMatchObject({ kind: 'total', count: '8' });
    expect(rows[9]).toMatchObject({
      kind: 'left_out',
      col_key: 'not-applicable',
      col_label: 'Not applicable',
      count: '1',
    });
    expect(rows[0]).toMatchObject({
      chi_square: '2',
      df: '1',
      p_value: '0.1573',
      fisher_p_value: '0.4857',
      expected_under_5: '4',
    });
  });

  it('ends every line with CRLF, as the other CSV files', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')[0]).toMatch(/^kind,row_variable,row_key,/);
  });
});
