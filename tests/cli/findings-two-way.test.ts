/**
 * `case-audit findings --by area,gender`: a two-way table, worked by hand from the shared
 * spreadsheet (60 complete cases; q1 no in the first 23; odd cases in YOT A, even in YOT B;
 * every third a girl). YOT A girls: 3, 9, …, 57 — ten cases, 3, 9, 15 and 21 answered no: 6/10.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { findingsJsonSchema } from '../../src/core/findings/findingsJson';
import { fakeCliIo } from '../fixtures/fakeCliIo';
import { CLI_FILES } from './cliFramework';

async function run(...extra: string[]): Promise<string[]> {
  const { io, out, err } = fakeCliIo(CLI_FILES);
  expect(
    await main(['findings', '--framework', 'fw.json', '--cases', 'cases.csv', ...extra], io),
  ).toBe(0);
  expect(err).toEqual([]);
  return out;
}

describe('case-audit findings --by two fields', () => {
  it('prints a grid per question as text: rows by area, columns by gender, with totals', async () => {
    const out = await run('--by', 'area,gender', '--format', 'text');
    const at = out.indexOf('Breakdown by area (rows) and gender (columns)');
    expect(at).toBeGreaterThan(0);
    expect(out.slice(at + 1, at + 7)).toEqual([
      '',
      '  q1  Counted: Yes, % (cases/base)',
      '    Area        Boy (40)     Girl (20)    All',
      '    YOT A (30)  60% (12/20)  60% (6/10)   60% (18/30)',
      '    YOT B (30)  60% (12/20)  70% (7/10)   63% (19/30)',
      '    All         60% (24/40)  65% (13/20)  62% (37/60)',
    ]);
  });

  it('gives each cell both groups in JSON', async () => {
    const json = findingsJsonSchema.parse(
      JSON.parse((await run('--by', 'area, gender')).join('\n')),
    );
    const breakdown = json.breakdown!;
    expect(breakdown.by).toBe('area,gender');
    expect(breakdown.dimensions).toEqual([
      { by: 'area', label: 'Area' },
      { by: 'gender', label: 'Gender' },
    ]);
    expect(breakdown.columns?.map((c) => [c.key, c.cases])).toEqual([
      ['boy', 40],
      ['girl', 20],
    ]);
    const cell = breakdown.groups.find((g) => g.keys?.join() === 'yot-a,girl')!;
    expect([cell.labels, cell.cases, cell.questions[0]!.positive, cell.questions[0]!.base]).toEqual(
      [['YOT A', 'Girl'], 10, 6, 10],
    );
  });

  it('writes a CSV row per question per cell, its groups in columns named by dimension', async () => {
    const text = (await run('--by', 'area,gender', '--format', 'csv')).join('\n');
    const rows = Papa.parse<Record<string, string>>(text, { header: true }).data;
    expect(
      rows
        .filter((r) => r.question_id === 'q1')
        .map((r) => [r.group_area, r.group_gender, r.numerator, r.base, r.small_base]),
    ).toEqual([
      ['all', 'all', '37', '60', 'no'],
      ['yot-a', 'boy', '12', '20', 'no'],
      ['yot-a', 'girl', '6', '10', 'no'],
      ['yot-b', 'boy', '12', '20', 'no'],
      ['yot-b', 'girl', '7', '10', 'no'],
    ]);
  });

  it('refuses the same field twice, three fields, or a field the framework does not have', async () => {
    for (const [by, code, message] of [
      ['area,area', 2, '--by takes one field, or two different ones'],
      ['area,stratum,gender', 2, '--by takes one field, or two different ones'],
      ['area,colour', 1, 'cannot break down by "colour"'],
    ] as const) {
      const { io, err } = fakeCliIo(CLI_FILES);
      expect(
        await main(['findings', '--framework', 'fw.json', '--cases', 'cases.csv', '--by', by], io),
      ).toBe(code);
      expect(err[0]).toContain(message);
    }
  });
});
