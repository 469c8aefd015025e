/**
 * `case-audit crosstab`: gender by q1 over the 60 complete cases of the shared spreadsheet.
 * Girls are every third case (20); q1 is "no" for the first 23 cases, 7 of them girls:
 * boys 24 yes, 16 no; girls 13 yes, 7 no. χ² = 0.1410 on 1 df, p = 0.7073.
 */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { fakeCliIo } from '../fixtures/fakeCliIo';
import { CLI_FILES as FILES } from './cliFramework';

const ARGS = ['crosstab', '--framework', 'fw.json', '--cases', 'cases.csv'];

describe('case-audit crosstab', () => {
  it('prints the counts, bases and test as JSON by default, of complete cases', async () => {
    const { io, out, err } = fakeCliIo(FILES);
    expect(await main([...ARGS, '--rows', 'gender', '--cols', 'q1'], io)).toBe(0);
    expect(err).toEqual([]);
    const table = JSON.parse(out.join('\n'));
    expect(table.cells.map((row: { count: number }[]) => row.map((c) => c.count))).toEqual([
      [24, 16],
      [13, 7],
    ]);
    expect(table.rows.categories.map((c: { base: number }) => c.base)).toEqual([40, 20]);
    expect([table.basis, table.counted, table.total]).toEqual(['complete-cases', 60, 60]);
    expect(table.test.statistic).toBeCloseTo(0.141010575793184, 9);
    expect(table.test.df).toBe(1);
    expect(table.test.p).toBeCloseTo(0.707278423004662, 6);
  });

  it('prints the table and the test in words as text', async () => {
    const { io, out } = fakeCliIo(FILES);
    expect(
      await main(
        [...ARGS, '--rows', 'gender', '--cols', 'q1', '--format', 'text', '--all-cases'],
        io,
      ),
    ).toBe(0);
    expect(out[0]).toBe('Gender by Question q1?');
    expect(out[1]).toBe('60 cases of the 61 cases counted are in the table.');
    expect(out).toContain('  row %     60% (24/40)  40% (16/40)');
    expect(out).toContain('Left out on “Question q1?”: not applicable, 1 case.');
    expect(out).toContain(
      'χ² = 0.14, 1 degree of freedom, p = 0.71: no evidence of association at the 5% level.',
    );
  });

  it('writes the cells with their bases as CSV', async () => {
    const { io, out } = fakeCliIo(FILES);
    expect(await main([...ARGS, '--rows', 'area', '--cols', 'q1', '--format', 'csv'], io)).toBe(0);
    const [header, first] = out.join('\n').split('\r\n');
    expect(header?.split(',').slice(0, 14)).toEqual([
      'kind',
      'row_variable',
      'row_key',
      'row_label',
      'col_variable',
      'col_key',
      'col_label',
      'count',
      'row_base',
      'row_percent',
      'row_small_base',
      'col_base',
      'col_percent',
      'col_small_base',
    ]);
    // Odd cases are in YOT A: 30 cases, of which 12 (1, 3, … 23) said no.
    expect(first).toMatch(/^cell,area,yot-a,YOT A,q1,yes,Yes,18,30,60,no,37,49,no,60,/);
  });

  it('refuses a variable the framework does not have, and wrong usage', async () => {
    const missing = fakeCliIo(FILES);
    expect(await main([...ARGS, '--rows', 'age', '--cols', 'q1'], missing.io)).toBe(1);
    expect(missing.err[0]).toMatch(/cannot cross-tabulate "age"/);
    const usage = fakeCliIo(FILES);
    expect(await main([...ARGS, '--rows', 'q1'], usage.io)).toBe(2);
    expect(usage.err[0]).toBe('case-audit crosstab: --rows and --cols are both required');
  });

  it('counts two cases files as one, with their inspection as a row', async () => {
    const files = { ...FILES, 'north.csv': FILES['cases.csv']!, 'south.csv': FILES['cases.csv']! };
    const { io, out, err } = fakeCliIo(files);
    const args = [
      'crosstab',
      '--framework',
      'fw.json',
      '--cases',
      'north.csv',
      '--cases',
      'south.csv',
    ];
    expect(await main([...args, '--rows', 'inspection', '--cols', 'q1'], io)).toBe(0);
    expect(err).toEqual([]);
    const table = JSON.parse(out.join('\n'));
    // Each file is the shared spreadsheet: q1 is yes for 37 of its 60 cases, no for 23.
    expect(table.cells.map((row: { count: number }[]) => row.map((c) => c.count))).toEqual([
      [37, 23],
      [37, 23],
    ]);
    expect(table.counted).toBe(120);
  });
});
