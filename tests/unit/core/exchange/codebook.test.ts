/**
 * The codebook of the cases spreadsheet: every column the spreadsheet has, in its order, with a
 * name SPSS and R take, and each code with its label and SPSS number. Worked on a small
 * framework with one item of every kind, and on the built-in YJB 2010 framework (seed 002).
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadFramework, writeCasesCsv } from '../../../../src/core';
import { buildCodebook, codebookCsv, codebookJson } from '../../../../src/core/exchange/codebook';
import { codebookFileText } from '../../../../src/core/exchange/codebookFiles';
import { codebookSchema } from '../../../../src/core/exchange/codebookSchema';
import { codebookFileName } from '../../../../src/core/report/exportFileName';
import { codebookCases, codebookFramework } from '../../../fixtures/codebookFramework';

function yjbFramework() {
  const text = readFileSync('audit-frameworks/yjb-case-file-2010/1.0.1.json', 'utf8');
  const loaded = loadFramework(text);
  if (loaded.status !== 'ok') throw new Error('the YJB framework does not load');
  return loaded.value;
}

function headings(csv: string): string[] {
  return Papa.parse<string[]>(csv.replace(/^\uFEFF/, '')).data[0]!;
}

describe('the codebook of a small framework', () => {
  const framework = codebookFramework();
  const codebook = buildCodebook(framework, { casesFile: 'yjb-cases.csv' });
  const column = (id: string) => codebook.columns.find((c) => c.id === id)!;

  it('describes exactly the columns the cases spreadsheet has, in its order', () => {
    const csv = writeCasesCsv(framework, codebookCases());
    expect(codebook.columns.map((c) => c.id)).toEqual(headings(csv));
    expect(codebook.columns.map((c) => c.position)).toEqual(codebook.columns.map((_, i) => i + 1));
  });

  it('names each variable as SPSS and R take it, keeping the plain ids as they are', () => {
    expect(codebook.columns.map((c) => [c.id, c.name])).toEqual([
      ['case_ref', 'case_ref'],
      ['area', 'area'],
      ['stratum', 'stratum'],
      ['inspector', 'inspector'],
      ['status', 'status'],
      ['age', 'age'],
      ['gender', 'gender'],
      ['start-date', 'start_date'],
      ['2.1-plan', 'v_2_1_plan'],
      ['if', 'v_if'],
      ['needs', 'needs'],
      ['balance', 'balance'],
      ['comment', 'comment'],
    ]);
  });

  it('labels and types every column, with where a question sits', () => {
    expect(column('case_ref')).toMatchObject({ label: 'Case reference', type: 'text' });
    expect(column('status')).toMatchObject({ label: 'Case status', type: 'code', kind: null });
    expect(column('age')).toMatchObject({
      label: 'Age at the start',
      source: 'profile',
      type: 'number',
      kind: 'number',
      min: 10,
      max: 17,
      integer: true,
      section: null,
    });
    expect(column('2.1-plan')).toMatchObject({
      label: 'Was the child\'s plan "SMART"?',
      source: 'question',
      type: 'code',
      kind: 'judgement',
      section: 's1',
      standard: 'st1',
      scale: 'yes-no',
      ordered: false,
    });
    expect(column('needs')).toMatchObject({ type: 'codes', kind: 'multichoice' });
    expect(column('start-date').type).toBe('date');
    expect(column('comment').type).toBe('text');
  });

  it('numbers codes in the scale’s order, and a 0–4 score by its own numbers', () => {
    expect(column('2.1-plan').codes.map((c) => [c.code, c.label, c.value])).toEqual([
      ['yes', 'Yes', 1],
      ['no', 'No', 2],
    ]);
    expect(column('if').codes.map((c) => [c.code, c.value])).toEqual([
      ['0', 0],
      ['1', 1],
      ['2', 2],
      ['3', 3],
      ['4', 4],
    ]);
    expect(column('if').ordered).toBe(true);
    expect(column('gender').codes.map((c) => c.label)).toEqual([
      'Boy',
      'Girl',
      'Didn\'t say ("private")',
    ]);
  });

  it('gives not applicable −1 and not known −2, only where the item allows them', () => {
    expect(column('2.1-plan').missing).toEqual([
      { code: 'na', label: 'Not applicable', value: -1 },
      { code: 'not_known', label: 'Not known', value: -2 },
    ]);
    expect(column('gender').missing).toEqual([
      { code: 'not_known', label: 'Not known', value: -2 },
    ]);
    expect(column('start-date').missing).toEqual([
      { code: 'na', label: 'Not applicable', value: -1 },
    ]);
    expect(column('area').missing).toEqual([]);
    // A number with no minimum may be negative: its codes sit far below any answer.
    expect(column('balance').missing).toEqual([
      { code: 'na', label: 'Not applicable', value: -999_999_991 },
    ]);
    expect(column('age').missingVariable).toBe('age_missing');
    expect(column('status').missingVariable).toBeNull();
  });

  it('gives each multichoice option its own variable, and no single number', () => {
    expect(column('needs').codes.map((c) => [c.code, c.variable, c.value])).toEqual([
      ['education', 'needs_education', null],
      ['health', 'needs_health', null],
      ['none', 'needs_none', null],
      ['other', 'needs_other', null],
    ]);
    expect(column('needs').codes.map((c) => [c.exclusive, c.other])).toEqual([
      [false, false],
      [false, false],
      [true, false],
      [false, true],
    ]);
  });

  it('labels areas from the inspection, else those the framework suggests; the team’s members', () => {
    expect(column('area').codes.map((c) => [c.code, c.label])).toEqual([
      ['north', 'North YOT'],
      ['south', "King's Lynn YOT"],
    ]);
    const inspection = buildCodebook(framework, {
      areas: [{ id: 'east', name: 'East YOT' }],
      team: [{ id: 'ap', name: 'A. Patel' }],
    });
    const of = (id: string) => inspection.columns.find((c) => c.id === id)!.codes;
    expect(of('area').map((c) => c.code)).toEqual(['east']);
    expect(of('inspector').map((c) => [c.code, c.label])).toEqual([['ap', 'A. Patel']]);
    expect(of('status').map((c) => c.code)).toEqual([
      'not-started',
      'in-progress',
      'complete',
      'moderated',
    ]);
  });

  it('writes JSON its schema reads back whole', () => {
    const json = JSON.parse(codebookJson(codebook));
    expect(codebookSchema.parse(json)).toEqual(codebook);
    expect(json).toMatchObject({
      format: 'case-audit-codebook',
      formatVersion: 1,
      framework: { id: 'yjb-codebook-test', version: '1.0.0' },
      casesFile: 'yjb-cases.csv',
    });
  });

  it('writes CSV with a row per code, reasons for missing answers marked', () => {
    const rows = Papa.parse<Record<string, string>>(codebookCsv(codebook).trim(), {
      header: true,
    }).data;
    const plan = rows.filter((r) => r.column === '2.1-plan');
    expect(plan.map((r) => [r.variable, r.code, r.code_label, r.spss_value, r.missing])).toEqual([
      ['v_2_1_plan', 'yes', 'Yes', '1', 'no'],
      ['v_2_1_plan', 'no', 'No', '2', 'no'],
      ['v_2_1_plan', 'na', 'Not applicable', '-1', 'yes'],
      ['v_2_1_plan', 'not_known', 'Not known', '-2', 'yes'],
    ]);
    expect(plan[0]).toMatchObject({
      position: '9',
      label: 'Was the child\'s plan "SMART"?',
      type: 'code',
      kind: 'judgement',
      missing_variable: 'v_2_1_plan_missing',
    });
    // A column with no codes has one row.
    expect(rows.filter((r) => r.column === 'case_ref')).toHaveLength(1);
    expect(rows.find((r) => r.code === 'health')).toMatchObject({
      code_label: 'Health (café visits)',
      code_variable: 'needs_health',
      spss_value: '',
    });
    expect(new Set(rows.map((r) => r.column))).toEqual(new Set(codebook.columns.map((c) => c.id)));
  });

  it('starts the CSV with a byte-order mark only when asked (for Excel)', () => {
    expect(codebookFileText(codebook, 'csv', { byteOrderMark: true }).charCodeAt(0)).toBe(0xfeff);
    expect(codebookFileText(codebook, 'csv').startsWith('position,')).toBe(true);
    expect(codebookFileText(codebook, 'json', { byteOrderMark: true }).startsWith('{')).toBe(true);
  });
});

describe('the codebook of the YJB 2010 framework (seed 002)', () => {
  const framework = yjbFramework();
  const codebook = buildCodebook(framework);

  it('follows the cases spreadsheet column for column', () => {
    expect(codebook.columns.map((c) => c.id)).toEqual(headings(writeCasesCsv(framework, [])));
    expect(codebook.columns).toHaveLength(5 + 50);
  });

  it('gives every variable a name of letters, digits and underscores, unique without regard to case', () => {
    const names = codebook.columns.flatMap((c) => [
      c.name,
      ...c.codes.flatMap((code) => (code.variable ? [code.variable] : [])),
      ...(c.missingVariable ? [c.missingVariable] : []),
    ]);
    for (const name of names) expect(name).toMatch(/^[A-Za-z][A-Za-z0-9_]{0,63}$/);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(codebook.columns.find((c) => c.id === 'asset-living')?.name).toBe('asset_living');
  });

  it('keeps the 0–4 risk scores as 0–4, not known −2', () => {
    const living = codebook.columns.find((c) => c.id === 'asset-living')!;
    expect(living.codes.map((c) => c.value)).toEqual([0, 1, 2, 3, 4]);
    expect(living.missing).toEqual([{ code: 'not_known', label: 'Not known', value: -2 }]);
    expect(living.ordered).toBe(true);
  });
});

describe('codebook file names', () => {
  it('name the codebook for what it is, and the syntax after the cases file it reads', () => {
    const framework = { id: 'yjb-case-file-2010', year: 2010 };
    const inspection = { kind: 'thematic' as const };
    const name = (format: 'csv' | 'json' | 'sps' | 'r') =>
      codebookFileName(inspection, framework, format, '2026-11-22');
    expect(name('csv')).toBe('case-2010-thematic-codebook-2026-11-22.csv');
    expect(name('json')).toBe('case-2010-thematic-codebook-2026-11-22.json');
    expect(name('sps')).toBe('case-2010-thematic-cases-2026-11-22.sps');
    expect(name('r')).toBe('case-2010-thematic-cases-2026-11-22.R');
  });
});
