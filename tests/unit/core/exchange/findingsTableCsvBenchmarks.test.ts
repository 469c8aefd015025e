import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { findingsTableCsv } from '../../../../src/core';
import {
  BENCHMARK_COLUMNS,
  FINDINGS_TABLE_COLUMNS,
} from '../../../../src/core/exchange/findingsTableCsv';
import { lacBenchmarkAudit } from '../../../fixtures/lacBenchmarkAudit';
import { LAC_BENCHMARKS } from '../../../fixtures/lacBenchmarks';

function table(text: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(text.trim(), { header: true }).data;
}

describe('findingsTableCsv with published figures', () => {
  const result = lacBenchmarkAudit().findings({ breakdownBy: 'area' });

  it('adds the published figure, the difference and its interval to each question’s row over all cases', () => {
    const rows = table(findingsTableCsv(result, { benchmarks: LAC_BENCHMARKS }));
    expect(Object.keys(rows[0]!)).toEqual([...FINDINGS_TABLE_COLUMNS, ...BENCHMARK_COLUMNS]);
    const figures = (id: string) =>
      rows
        .filter((r) => r.question_id === id)
        .map((r) => [
          r.group,
          r.option,
          r.numerator,
          r.base,
          ...BENCHMARK_COLUMNS.map((c) => r[c]),
        ]);
    const source = (id: string) => `Made-up published figures for tests, Table 1, ${id}`;
    // The sides aligned: 11 of 20 "no" against 25 of 60 "no" (the report's 35 "yes").
    expect(figures('alloc-prompt')).toEqual([
      [
        'all',
        'no',
        '11',
        '20',
        '25',
        '60',
        '42',
        '13.3',
        '-11',
        '35.7',
        'no',
        source('alloc-prompt'),
      ],
      ['south', 'no', '5', '10', '', '', '', '', '', '', '', ''],
      ['north', 'no', '6', '10', '', '', '', '', '', '', '', ''],
    ]);
    // A fact about the case: a row per option, the figure on the row of the answer it counts.
    expect(figures('emh-factor').slice(0, 2)).toEqual([
      [
        'all',
        'yes',
        '12',
        '20',
        '40',
        '60',
        '67',
        '-6.7',
        '-30.5',
        '15.4',
        'no',
        source('emh-factor'),
      ],
      ['all', 'no', '8', '20', '', '', '', '', '', '', '', ''],
    ]);
    // A range: both ends; more than chance at both.
    expect(figures('safeguarded')[0]).toEqual([
      'all',
      'yes',
      '18',
      '20',
      'from 37 to 39',
      '60',
      'from 62 to 65',
      'from 25 to 28.3',
      '2.2',
      '42.9',
      'yes',
      source('safeguarded'),
    ]);
    expect(rows.filter((r) => r.benchmark_source !== '')).toHaveLength(5);
  });

  it('leaves the difference blank for a figure that cannot be compared', () => {
    const rows = table(
      findingsTableCsv(result, {
        benchmarks: {
          ...LAC_BENCHMARKS,
          figures: [{ ...LAC_BENCHMARKS.figures[0]!, counts: ['sometimes'] }],
        },
      }),
    );
    const row = rows.find((r) => r.question_id === 'alloc-prompt')!;
    expect(BENCHMARK_COLUMNS.map((c) => row[c])).toEqual([
      '35',
      '60',
      '',
      '',
      '',
      '',
      '',
      'Made-up published figures for tests, Table 1, alloc-prompt',
    ]);
  });

  it('is unchanged without benchmarks', () => {
    expect(findingsTableCsv(result, {})).toBe(findingsTableCsv(result));
    expect(findingsTableCsv(result).split('\r\n')[0]).toBe(FINDINGS_TABLE_COLUMNS.join(','));
  });
});
