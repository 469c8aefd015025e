import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { codebookSchema } from '../../src/core/exchange/codebookSchema';
import { fakeCliIo } from '../fixtures/fakeCliIo';
import { CLI_FILES as FILES } from './cliFramework';

async function run(args: string[]) {
  const cli = fakeCliIo(FILES);
  const code = await main(['codebook', ...args], cli.io);
  return { code, out: cli.out.join('\n'), err: cli.err };
}

describe('case-audit codebook', () => {
  it('prints the codebook as CSV by default: every column of the cases spreadsheet', async () => {
    const { code, out, err } = await run(['--framework', 'fw.json']);
    expect([code, err]).toEqual([0, []]);
    const rows = Papa.parse<Record<string, string>>(out, { header: true }).data;
    expect([...new Set(rows.map((r) => r.column))]).toEqual([
      'case_ref',
      'area',
      'stratum',
      'inspector',
      'status',
      'age',
      'gender',
      'q1',
    ]);
    expect(
      rows.filter((r) => r.column === 'q1').map((r) => [r.code, r.spss_value, r.missing]),
    ).toEqual([
      ['yes', '1', 'no'],
      ['no', '2', 'no'],
      ['na', '-1', 'yes'],
      ['not_known', '-2', 'yes'],
    ]);
    // The framework's suggested areas label the area codes.
    expect(rows.filter((r) => r.column === 'area').map((r) => r.code_label)).toEqual([
      'YOT A',
      'YOT B',
    ]);
  });

  it('prints JSON its schema reads', async () => {
    const { code, out } = await run(['--framework=fw.json', '--format', 'json']);
    expect(code).toBe(0);
    const codebook = codebookSchema.parse(JSON.parse(out));
    expect(codebook.casesFile).toBeNull();
    expect(codebook.columns.map((c) => c.name)).toEqual([
      'case_ref',
      'area',
      'stratum',
      'inspector',
      'status',
      'age',
      'gender',
      'q1',
    ]);
  });

  it('prints SPSS syntax and an R script that read the named spreadsheet', async () => {
    const spss = await run([
      '--framework',
      'fw.json',
      '--format',
      'sps',
      '--cases-file',
      'lac.csv',
    ]);
    expect(spss.code).toBe(0);
    expect(spss.out).toContain("/FILE='lac.csv'");
    expect(spss.out).toContain('MISSING VALUES q1 (-1, -2).');
    const r = await run(['--framework', 'fw.json', '--format=r']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('cases_file <- "cases.csv"');
    expect(r.out).toContain('cases[["q1"]] <- coded(answer(raw[["q1"]], c("na", "not_known"))');
  });

  it('says what is wrong with its arguments or the framework', async () => {
    expect(await run([])).toMatchObject({
      code: 2,
      err: expect.arrayContaining(['case-audit codebook: --framework is required']),
    });
    expect((await run(['--framework', 'fw.json', '--format', 'sav'])).err[0]).toBe(
      'case-audit codebook: --format must be csv, json, sps or r, not "sav"',
    );
    expect((await run(['--framework', 'fw.json', '--by', 'area'])).err[0]).toBe(
      'case-audit codebook: unknown argument "--by"',
    );
    const missing = await run(['--framework', 'nowhere.json']);
    expect(missing.code).toBe(1);
    expect(missing.err[0]).toMatch(/^nowhere\.json: cannot be read/);
    const invalid = await run(['--framework', 'cases.csv']);
    expect(invalid.code).toBe(1);
    expect(invalid.err[0]).toMatch(/^cases\.csv: invalid framework/);
  });

  it('is listed in the help', async () => {
    const cli = fakeCliIo(FILES);
    expect(await main(['--help'], cli.io)).toBe(0);
    expect(
      cli.out.some((line) =>
        line.includes('codebook --framework <file.json> [--format csv|json|sps|r]'),
      ),
    ).toBe(true);
  });
});
