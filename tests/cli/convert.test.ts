import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { fakeCliIo } from '../fixtures/fakeCliIo';
import { minimalFramework } from '../fixtures/frameworkBuilder';

const BUILT_IN = readFileSync(
  'audit-frameworks/hmip-youth-justice-case-supervision/1.0.1.json',
  'utf8',
);

async function convert(args: string[], files: Record<string, string | Uint8Array>) {
  const run = fakeCliIo(files);
  const code = await main(['convert', ...args], run.io);
  return { code, ...run };
}

describe('case-audit convert', () => {
  it('turns a framework file into a workbook and back into the same framework', async () => {
    const toXlsx = await convert(['framework.json', 'framework.xlsx'], {
      'framework.json': BUILT_IN,
    });
    expect(toXlsx.err).toEqual([]);
    expect(toXlsx.code).toBe(0);
    expect(toXlsx.out).toEqual([
      'framework.xlsx: written — hmip-youth-justice-case-supervision@1.0.1: 23 questions, 9 profile fields, 12 standards in 3 sections',
    ]);
    const bytes = toXlsx.written['framework.xlsx'];
    expect(bytes).toBeInstanceOf(Uint8Array);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      Buffer.from(bytes as Uint8Array) as unknown as Parameters<typeof workbook.xlsx.load>[0],
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Framework',
      'Questions',
      'Scales',
      'Ratings',
      'Lists',
    ]);

    const toJson = await convert(['framework.xlsx', 'back.json'], {
      'framework.xlsx': bytes as Uint8Array,
    });
    expect(toJson.code).toBe(0);
    expect(JSON.parse(toJson.written['back.json'] as string)).toEqual(JSON.parse(BUILT_IN));
  });

  it('refuses an invalid workbook like validate: every problem, exit 1, nothing written', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Framework').addRow(['field', 'value']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const { code, err, out, written } = await convert(['bad.xlsx', 'out.json'], {
      'bad.xlsx': bytes,
    });
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(written).toEqual({});
    expect(err).toEqual([
      'bad.xlsx: invalid — 4 problems:',
      '  Questions: the sheet is missing: a framework workbook has the sheets Framework, Questions, Scales, Ratings, Lists',
      '  Scales: the sheet is missing: a framework workbook has the sheets Framework, Questions, Scales, Ratings, Lists',
      '  Ratings: the sheet is missing: a framework workbook has the sheets Framework, Questions, Scales, Ratings, Lists',
      '  Lists: the sheet is missing: a framework workbook has the sheets Framework, Questions, Scales, Ratings, Lists',
    ]);
  });

  it('refuses an invalid JSON framework with its paths, and an .xls by what it is', async () => {
    const broken = JSON.stringify({ ...minimalFramework(), sections: [] });
    const json = await convert(['broken.json', 'out.xlsx'], { 'broken.json': broken });
    expect(json.code).toBe(1);
    expect(json.err).toEqual([
      'broken.json: invalid — 1 problem:',
      '  sections: a framework needs at least one section',
    ]);
    const xls = await convert(['old.xlsx', 'out.json'], {
      'old.xlsx': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    });
    expect(xls.code).toBe(1);
    expect(xls.err[1]).toBe(
      '  (the whole file): is an old Excel workbook (.xls): open it in Excel and save it as an Excel Workbook (.xlsx)',
    );
  });

  it('says how to use it, exit 2, for the wrong number of files or an unknown extension', async () => {
    expect((await convert(['only.json'], {})).code).toBe(2);
    const csv = await convert(['framework.json', 'framework.csv'], {});
    expect(csv.code).toBe(2);
    expect(csv.err).toEqual([
      'case-audit convert: framework.csv must end in .json or .xlsx',
      'Usage: case-audit convert <in.json|in.xlsx> <out.json|out.xlsx>',
    ]);
  });

  it('says a missing input file cannot be read, exit 1', async () => {
    const { code, err } = await convert(['missing.xlsx', 'out.json'], {});
    expect(code).toBe(1);
    expect(err).toEqual([
      "missing.xlsx: cannot be read (ENOENT: no such file, open 'missing.xlsx')",
    ]);
  });
});
