/**
 * A damaged cases spreadsheet is refused whole, never counted in part: a row whose cells no
 * longer match the heading, or whose case reference is an answer, names its row.
 */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { readCasesCsv } from '../../src/core';
import { fakeCliIo } from '../fixtures/fakeCliIo';
import { CLI_FILES, cliCasesCsv, cliFramework } from './cliFramework';

/** Case LAC-01-05 is row 6 of the spreadsheet. */
const ROW_6 = 'LAC-01-05,yot-a,,,complete,15,boy,no';

async function findingsOf(cases: string) {
  const run = fakeCliIo({ ...CLI_FILES, 'cases.csv': cases });
  const code = await main(['findings', '--framework', 'fw.json', '--cases', 'cases.csv'], run.io);
  return { code, out: run.out, err: run.err };
}

function withRow6(replacement: string): string {
  const text = cliCasesCsv();
  expect(text).toContain(`\r\n${ROW_6}\r\n`);
  return text.replace(ROW_6, replacement);
}

describe('case-audit findings on a damaged cases spreadsheet', () => {
  it('refuses a line split in two, rather than count a lost answer and an "answer" as a case', async () => {
    const { code, out, err } = await findingsOf(
      withRow6('LAC-01-05,yot-a,,,complete,15,boy,\r\nno'),
    );
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err).toEqual([
      'cases.csv: cannot be read — 2 problems:',
      '  row 7: has 1 cell but the heading row names 8 columns: a line break inside a cell that is not in quotes, or a lost separator, may have cut it short',
      '  row 7, column case_ref: "no" is an answer code, not a case reference',
    ]);
  });

  it('says which row a split-off end belongs to', async () => {
    const { code, err } = await findingsOf(withRow6('LAC-01-05,yot-a,,,complete,15,b\r\noy,no'));
    expect(code).toBe(1);
    expect(err).toEqual([
      'cases.csv: cannot be read — 3 problems:',
      '  row 6: has 7 cells but the heading row names 8 columns: a line break inside a cell that is not in quotes, or a lost separator, may have cut it short',
      '  row 7: has 2 cells but the heading row names 8 columns: it looks like the end of row 6, split off by a line break inside a cell',
      '  row 7, column case_ref: "oy" has no digit: a case reference is a code such as LAC-03-07, never a name',
    ]);
  });

  it('refuses a row with cells missing or added, even empty ones', async () => {
    const short = await findingsOf(withRow6('LAC-01-05,yot-a,,,complete,15'));
    expect(short.code).toBe(1);
    expect(short.err).toEqual([
      'cases.csv: cannot be read — 1 problem:',
      '  row 6: has 6 cells but the heading row names 8 columns: a line break inside a cell that is not in quotes, or a lost separator, may have cut it short',
    ]);
    const long = await findingsOf(withRow6(`${ROW_6},`));
    expect(long.err).toEqual([
      'cases.csv: cannot be read — 1 problem:',
      '  row 6: has 9 cells but the heading row names 8 columns: a separator inside a cell that is not in quotes, or one too many, may have added a cell',
    ]);
  });

  it('refuses case references that are answers, names or not shaped like a code', async () => {
    const text = [
      'case_ref,area,status,gender,q1',
      'yes,yot-a,complete,boy,no',
      'Girl,yot-a,complete,boy,no',
      'Jane Smith,yot-a,complete,boy,no',
      'LAC--01,yot-a,complete,boy,no',
    ].join('\n');
    const { code, err } = await findingsOf(text);
    expect(code).toBe(1);
    expect(err).toEqual([
      'cases.csv: cannot be read — 4 problems:',
      '  row 2, column case_ref: "yes" is an answer code, not a case reference',
      '  row 3, column case_ref: "Girl" is an answer code, not a case reference',
      '  row 4, column case_ref: "Jane Smith" has no digit: a case reference is a code such as LAC-03-07, never a name',
      '  row 5, column case_ref: "LAC--01" is not shaped like a case reference: letters and digits, with single dashes, underscores, slashes, dots or spaces between them, such as LAC-03-07',
    ]);
  });

  it('refuses rows joined into one comment by two lost quotes, but keeps real comments', () => {
    const heading = 'case_ref,area,status,q1,comments';
    const framework = {
      ...cliFramework,
      sections: cliFramework.sections.map((section) => ({
        ...section,
        standards: section.standards.map((standard) => ({
          ...standard,
          questions: [
            ...standard.questions,
            { id: 'comments', text: 'Comments', kind: 'text' as const, required: false },
          ],
        })),
      })),
    };
    const read = (rows: string[]) =>
      readCasesCsv([heading, ...rows].join('\r\n'), framework, {
        inspectionId: 'insp-1',
        importedAt: '2026-03-02T09:00:00.000Z',
      });
    // Written: "Seen twice\nby the lead" for the first case and the third.
    const joined = read([
      'LAC-01-01,yot-a,complete,yes,"Seen twice\nby the lead',
      'LAC-01-02,yot-a,complete,no,',
      'LAC-01-03,yot-b,complete,yes,Seen twice\nby the lead"',
    ]);
    expect(joined.status === 'invalid' && joined.errors).toEqual([
      {
        path: 'row 2, column comments',
        message:
          'holds a line that looks like another case\'s row ("LAC-01-02,yot-a,complete,no,"): a quote lost or added may have joined rows into this cell',
      },
    ]);
    const real = read([
      'LAC-01-01,yot-a,complete,yes,"Met 3 times, all fine\nLAC-01-02, a sibling, was seen too"',
    ]);
    expect(real.status).toBe('ok');
  });

  it('accepts the references inspectorates use', () => {
    const refs = [
      'LAC-03-07',
      'YJ-0012',
      'lac-01-07',
      'R-1',
      'LAC-1-host-001',
      'A/123.4',
      'LAC 03 07',
      '100234',
    ];
    const text = ['case_ref,area,status', ...refs.map((ref) => `${ref},yot-a,complete`)].join('\n');
    const result = readCasesCsv(text, cliFramework, {
      inspectionId: 'insp-1',
      importedAt: '2026-03-02T09:00:00.000Z',
    });
    expect(result.status === 'ok' && result.value.map((c) => c.ref)).toEqual(refs);
  });
});
