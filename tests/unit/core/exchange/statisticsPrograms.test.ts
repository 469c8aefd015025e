/**
 * The SPSS syntax and the R script run for real, on a cases spreadsheet the app writes: PSPP
 * (the free program that runs SPSS syntax) and R report the variables, labels, missing values
 * and values they read. Both are installed on Debian as root by scripts/statistics-programs.mjs
 * (seconds each); elsewhere these tests are skipped, saying why.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain .mjs helper shared with the command line
import { ensureStatisticsPrograms } from '../../../../scripts/statistics-programs.mjs';
import {
  type CaseWithAnswers,
  type Framework,
  loadFramework,
  writeCasesCsv,
} from '../../../../src/core';
import { buildCodebook } from '../../../../src/core/exchange/codebook';
import { rSyntax } from '../../../../src/core/exchange/rSyntax';
import { spssSyntax } from '../../../../src/core/exchange/spssSyntax';
import { codebookCases, codebookFramework } from '../../../fixtures/codebookFramework';

type Programs = { pspp: string | null; rscript: string | null; reason: string | null };
const programs = (ensureStatisticsPrograms as () => Programs)();
if (!programs.pspp) console.log(`Skipping the PSPP tests: ${programs.reason}`);
if (!programs.rscript) console.log(`Skipping the R tests: ${programs.reason}`);

const dir = mkdtempSync(join(tmpdir(), 'codebook-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const UTF8 = { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };

/** The spreadsheet as the app downloads it (with a byte-order mark), and its syntax beside it. */
function writeFiles(name: string, framework: Framework, cases: readonly CaseWithAnswers[]) {
  const codebook = buildCodebook(framework, { casesFile: `${name}.csv` });
  writeFileSync(join(dir, `${name}.csv`), writeCasesCsv(framework, cases, { byteOrderMark: true }));
  writeFileSync(join(dir, `${name}.sps`), spssSyntax(codebook));
  writeFileSync(join(dir, `${name}.R`), rSyntax(codebook));
}

/** PSPP's tables (its CSV output), by title: rows of cells. */
function runPspp(
  name: string,
  mode: 'BATCH' | 'INTERACTIVE',
  then: string,
): Map<string, string[][]> {
  const runner = join(dir, `run-${name}.sps`);
  writeFileSync(runner, `INSERT FILE='${name}.sps' SYNTAX=${mode} ERROR=STOP.\n${then}\n`);
  const out = join(dir, `${name}-${mode}.csv`);
  const run = spawnSync(programs.pspp!, ['-o', out, runner], { cwd: dir, env: UTF8 });
  const text = readFileSync(out, 'utf8');
  // Not a message: a value PSPP could not read, or a label it cut, would be reported here.
  const messages = text.match(/^.*\b(error|warning|note): .*$/gm) ?? [];
  expect({ status: run.status, messages }).toEqual({ status: 0, messages: [] });
  const tables = new Map<string, string[][]>();
  for (const block of text.split(/\n\n/)) {
    const rows = Papa.parse<string[]>(block.trim()).data;
    const title = rows[0]?.[0]?.replace(/^Table: /, '');
    if (title) tables.set(title, rows.slice(1));
  }
  return tables;
}

/** Each column of R's `cases`: class, label, levels and values as text (NA as "NA"). */
function runR(
  name: string,
): Map<string, { class: string; label: string; levels: string; values: string[] }> {
  const code = [
    `source(${JSON.stringify(`${name}.R`)})`,
    'for (n in names(cases)) {',
    '  x <- cases[[n]]',
    '  lab <- attr(x, "label"); if (is.null(lab)) lab <- ""',
    '  cat(n, paste(class(x), collapse = "/"), lab, paste(levels(x), collapse = "|"),',
    '    paste(ifelse(is.na(x), "NA", as.character(x)), collapse = "\\u001f"), sep = "\\t")',
    '  cat("\\n")',
    '}',
  ].join('\n');
  const text = execFileSync(programs.rscript!, ['-e', code], {
    cwd: dir,
    env: UTF8,
    encoding: 'utf8',
    stdio: 'pipe',
  });
  return new Map(
    text
      .trim()
      .split('\n')
      .map((line) => {
        const [n, cls, label, levels, values] = line.split('\t');
        return [
          n!,
          { class: cls!, label: label!, levels: levels!, values: values!.split('\u001f') },
        ];
      }),
  );
}

/** A few cases of the YJB framework: every item its first option (or a number, date, words), then every "not known". */
function yjbCases(framework: Framework): CaseWithAnswers[] {
  const [first] = codebookCases();
  const items = [
    ...framework.profile,
    ...framework.sections.flatMap((s) => s.standards.flatMap((st) => st.questions)),
  ];
  const scale = (id: string | undefined) => framework.scales.find((s) => s.id === id);
  const given = Object.fromEntries(
    items.map((item) => {
      const options = scale(item.scale)?.options ?? [];
      const value =
        item.kind === 'multichoice'
          ? [options[0]!.value]
          : options.length > 0
            ? options[0]!.value
            : item.kind === 'number'
              ? (item.min ?? 0) + 1
              : item.kind === 'date'
                ? '2010-06-30'
                : 'Burglary, then "theft"';
      return [item.id, value];
    }),
  );
  const notKnown = Object.fromEntries(
    items
      .filter((item) => (scale(item.scale) ?? item).allowNotKnown === true)
      .map((item) => [item.id, 'not_known']),
  );
  const answers = (values: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(values).map(([id, value]) => [id, { ...first!.answers.age!, value }]),
    ) as CaseWithAnswers['answers'];
  return [
    { ...first!, id: 'y/1', ref: 'YJB-0001', areaId: 'yot-01', answers: answers(given) },
    { ...first!, id: 'y/2', ref: 'YJB-0002', areaId: 'yot-02', answers: answers(notKnown) },
  ];
}

describe.skipIf(!programs.pspp)('the SPSS syntax in PSPP', { timeout: 60_000 }, () => {
  writeFiles('small', codebookFramework(), codebookCases());

  for (const mode of ['BATCH', 'INTERACTIVE'] as const) {
    it(`reads every variable with its label, format and missing values (${mode.toLowerCase()} syntax)`, () => {
      const tables = runPspp('small', mode, 'DISPLAY DICTIONARY.\nLIST.');
      const variables = tables.get('Variables')!;
      expect(variables.slice(1).map((row) => [row[0], row[2], row[7], row[9]])).toEqual([
        ['case_ref', 'Case reference', 'A256', ''],
        ['area', 'Area', 'A64', ''],
        ['stratum', 'Stratum', 'A64', ''],
        ['inspector', 'Inspector', 'A64', ''],
        ['status', 'Case status', 'A64', ''],
        ['age', 'Age at the start', 'F8.0', '-2'],
        ['gender', 'Gender', 'F2.0', '-2'],
        ['start_date', 'Date the order began', 'SDATE10', '-1'],
        ['v_2_1_plan', 'Was the child\'s plan "SMART"?', 'F2.0', '-1; -2'],
        ['v_if', 'Risk score: lifestyle', 'F2.0', '-2'],
        ['needs', 'Needs identified', 'A829', ''],
        ['needs_education', 'Needs identified: Education', 'F2.0', '-1'],
        ['needs_health', 'Needs identified: Health (café visits)', 'F2.0', '-1'],
        ['needs_none', 'Needs identified: None of these', 'F2.0', '-1'],
        ['needs_other', 'Needs identified: Other (please say)', 'F2.0', '-1'],
        ['balance', 'Change in balance (£)', 'F14.2', '-999999991'],
        ['comment', 'Comments', 'A4000', ''],
        ['comment_missing', 'Comments: why there is no answer', 'F2.0', '-2'],
      ]);
      expect(variables.find((row) => row[0] === 'v_if')?.[3]).toBe('Ordinal');

      const data = tables.get('Data List')!;
      const [head, ...rows] = data;
      const at = (ref: string, name: string) =>
        rows.find((r) => r[0] === ref)?.[head!.indexOf(name)];
      expect(
        ['age', 'gender', 'start_date', 'v_2_1_plan', 'v_if', 'balance'].map((n) =>
          at('YJB-01', n),
        ),
      ).toEqual(['12', '2', '2020/02/29', '1', '4', '2.50']);
      expect(
        ['needs_education', 'needs_health', 'needs_none', 'needs_other'].map((n) =>
          at('YJB-01', n),
        ),
      ).toEqual(['1', '0', '0', '1']);
      expect(at('YJB-01', 'comment')).toBe('The child\'s worker wrote: "seen weekly", café');
      expect(
        ['age', 'gender', 'v_2_1_plan', 'v_if', 'needs_education', 'comment_missing'].map((n) =>
          at('YJB-02', n),
        ),
      ).toEqual(['-2', '-2', '-1', '-2', '-1', '-2']);
      expect(at('YJB-02', 'comment')).toBe('');
      expect(['age', 'v_2_1_plan', 'needs_education'].map((n) => at('YJB-03', n))).toEqual([
        '.',
        '.',
        '.',
      ]);
      expect(
        ['area', 'gender', 'v_if', 'needs_none', 'balance'].map((n) => at('YJB-04', n)),
      ).toEqual(['east', '3', '0', '1', '-3.00']);
      expect(at('YJB-04', 'comment')).toBe('=1+1 is not a sum here');
    });
  }

  it('labels values, and counts N/A and not known as missing', () => {
    const tables = runPspp('small', 'BATCH', 'DISPLAY DICTIONARY.\nFREQUENCIES v_2_1_plan.');
    const labels = tables.get('Value Labels')!;
    expect(labels).toContainEqual(['', '3', 'Didn\'t say ("private")']);
    expect(labels).toContainEqual(['Area', 'north', 'North YOT']);
    expect(labels).toContainEqual(['', 'south', "King's Lynn YOT"]);
    const frequencies = tables.get('Was the child\'s plan "SMART"?')!;
    expect(frequencies.map((row) => row.slice(0, 3))).toEqual(
      expect.arrayContaining([
        ['Valid', 'Yes', '1'],
        ['', 'No', '1'],
        ['', 'Not applicable', '1'],
      ]),
    );
    expect(frequencies.find((row) => row[1] === 'Not applicable')?.[0]).not.toBe('Valid');
  });

  it('reads a spreadsheet of the YJB 2010 framework', () => {
    const loaded = loadFramework(
      readFileSync('audit-frameworks/yjb-case-file-2010/1.0.1.json', 'utf8'),
    );
    if (loaded.status !== 'ok') throw new Error('the YJB framework does not load');
    writeFiles('yjb', loaded.value, yjbCases(loaded.value));
    const tables = runPspp('yjb', 'BATCH', 'DISPLAY DICTIONARY.\nLIST.');
    const names = tables
      .get('Variables')!
      .slice(1)
      .map((row) => row[0]);
    expect(names).toContain('asset_living');
    expect(tables.get('Data List')).toHaveLength(3);
    const [head, known, notKnown] = tables.get('Data List')!;
    expect(known![head!.indexOf('asset_living')]).toBe('0');
    expect(notKnown![head!.indexOf('asset_living')]).toBe('-2');
    expect(known![head!.indexOf('offence_types')]).toBe('Burglary, then "theft"');
  });
});

describe.skipIf(!programs.rscript)('the R script in R', { timeout: 60_000 }, () => {
  writeFiles('small-r', codebookFramework(), codebookCases());

  it('reads factors with the framework’s levels and labels, NA with the reason beside', () => {
    const cases = runR('small-r');
    expect([...cases.keys()]).toEqual([
      'case_ref',
      'area',
      'stratum',
      'inspector',
      'status',
      'age',
      'age_missing',
      'gender',
      'gender_missing',
      'start_date',
      'start_date_missing',
      'v_2_1_plan',
      'v_2_1_plan_missing',
      'v_if',
      'v_if_missing',
      'needs',
      'needs_education',
      'needs_health',
      'needs_none',
      'needs_other',
      'needs_missing',
      'balance',
      'balance_missing',
      'comment',
      'comment_missing',
    ]);
    expect(cases.get('v_2_1_plan')).toEqual({
      class: 'factor',
      label: 'Was the child\'s plan "SMART"?',
      levels: 'Yes|No',
      values: ['Yes', 'NA', 'NA', 'No'],
    });
    expect(cases.get('v_2_1_plan_missing')?.values).toEqual(['NA', 'Not applicable', 'NA', 'NA']);
    expect(cases.get('v_if')).toMatchObject({
      class: 'ordered/factor',
      levels: '0 = Not associated|1|2|3|4 = Very strongly associated',
      values: ['4 = Very strongly associated', 'NA', 'NA', '0 = Not associated'],
    });
    expect(cases.get('gender')?.levels).toBe('Boy|Girl|Didn\'t say ("private")');
    // An area the codebook does not list is kept as written.
    expect(cases.get('area')).toMatchObject({
      levels: "North YOT|King's Lynn YOT|east",
      values: ['North YOT', "King's Lynn YOT", "King's Lynn YOT", 'east'],
    });
    expect(cases.get('age')).toMatchObject({ class: 'numeric', values: ['12', 'NA', 'NA', 'NA'] });
    expect(cases.get('balance')?.values).toEqual(['2.5', 'NA', 'NA', '-3']);
    expect(cases.get('start_date')).toMatchObject({
      class: 'Date',
      values: ['2020-02-29', 'NA', 'NA', 'NA'],
    });
    expect(cases.get('needs_education')).toMatchObject({
      class: 'logical',
      values: ['TRUE', 'NA', 'NA', 'FALSE'],
    });
    expect(cases.get('needs_other')?.values).toEqual(['TRUE', 'NA', 'NA', 'FALSE']);
    expect(cases.get('needs_health')?.label).toBe('Needs identified: Health (café visits)');
    expect(cases.get('comment')?.values).toEqual([
      'The child\'s worker wrote: "seen weekly", café',
      'NA',
      'NA',
      '=1+1 is not a sum here',
    ]);
    expect(cases.get('comment_missing')?.values).toEqual(['NA', 'Not known', 'NA', 'NA']);
  });

  it('refuses a spreadsheet whose columns are not the framework’s', () => {
    writeFileSync(join(dir, 'small-r.csv'), 'case_ref,area\r\nYJB-01,north\r\n');
    expect(() => runR('small-r')).toThrow(
      /does not have the columns of yjb-codebook-test version 1\.0\.0/,
    );
  });
});
