import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CsvTable, readCsvTable, type ValidationResult } from '../../../../src/core';
import { decodeCsvBytes } from '../../../../src/core/caseList/decodeCsvBytes';
import { parseCsvTable } from '../../../../src/core/caseList/parseCsvTable';
import { syntheticCaseListCsv } from './syntheticCaseList';

function table(result: ValidationResult<CsvTable>): CsvTable {
  if (result.status !== 'ok') throw new Error(JSON.stringify(result.errors));
  return result.value;
}

function errors(result: ValidationResult<unknown>) {
  if (result.status !== 'invalid') throw new Error('expected the file to be refused');
  return result.errors;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readCsvTable: separators, quoting and row numbers', () => {
  it('reads a comma-separated list, numbering rows as a spreadsheet does', () => {
    const t = table(readCsvTable('ref,area\r\nLAC-01-01,Northtown\r\nLAC-01-02,Southvale\r\n'));
    expect(t.headings).toEqual(['ref', 'area']);
    expect(t.delimiter).toBe(',');
    expect(t.rows).toEqual([
      { rowNumber: 2, cells: ['LAC-01-01', 'Northtown'] },
      { rowNumber: 3, cells: ['LAC-01-02', 'Southvale'] },
    ]);
  });

  it('finds semicolons and tabs as separators (Excel in much of Europe, copied tables)', () => {
    expect(table(readCsvTable('ref;area\nLAC-01-01;North, town\n')).delimiter).toBe(';');
    expect(table(readCsvTable('ref;area\nLAC-01-01;North, town\n')).rows[0]!.cells).toEqual([
      'LAC-01-01',
      'North, town',
    ]);
    expect(table(readCsvTable('ref\tarea\nLAC-01-01\tNorthtown')).delimiter).toBe('\t');
  });

  it('drops a byte-order mark, from bytes or from text', () => {
    expect(table(readCsvTable(utf8('\uFEFFref,area\nLAC-01-01,north'))).headings[0]).toBe('ref');
    expect(table(readCsvTable('\uFEFFref,area\nLAC-01-01,north')).headings[0]).toBe('ref');
  });

  it('keeps line breaks inside quoted cells in one row, and counts blank rows', () => {
    const t = table(
      readCsvTable(
        'ref,notes\r\nLAC-01-01,"first line\nsecond line"\r\n\r\nLAC-01-02,"say ""hi"""\r\n',
      ),
    );
    expect(t.rows).toEqual([
      { rowNumber: 2, cells: ['LAC-01-01', 'first line\nsecond line'] },
      { rowNumber: 4, cells: ['LAC-01-02', 'say "hi"'] },
    ]);
  });

  it('accepts empty trailing cells that some spreadsheets write after the last column', () => {
    expect(table(readCsvTable('ref,area\nLAC-01-01,north,,\n')).rows[0]!.cells).toEqual([
      'LAC-01-01',
      'north',
    ]);
  });
});

describe('readCsvTable: files it refuses, with a message that says what to do', () => {
  it('refuses an empty file', () => {
    for (const empty of [new Uint8Array(0), utf8('\uFEFF'), ' \r\n\r\n', '']) {
      expect(errors(readCsvTable(empty))).toEqual([
        { path: '(the whole file)', message: 'is empty: there is no case list in it' },
      ]);
    }
  });

  it('refuses a heading row with nothing under it', () => {
    expect(errors(readCsvTable('ref,area\n'))).toEqual([
      { path: '(the whole file)', message: 'has a heading row but no cases under it' },
    ]);
  });

  it('says when a single column looks like the wrong separator', () => {
    const [error] = errors(readCsvTable('ref|area|stratum\nLAC-01-01|north|host\n'));
    expect(error!.message).toContain('has only one column, headed "ref|area|stratum"');
    expect(error!.message).toContain('separated by vertical bars (|)');
  });

  it('names duplicate headings and their columns', () => {
    expect(errors(readCsvTable('ref,Area,age,area\nLAC-01-01,north,12,south\n'))).toEqual([
      {
        path: 'row 1',
        message:
          'has the heading "Area" more than once (columns B and D). Rename or remove one, so that every column has its own heading.',
      },
    ]);
  });

  it('lists every row with too many or too few values', () => {
    expect(
      errors(
        readCsvTable('ref,area,age\nLAC-01-01,north\nLAC-01-02,north,12\nLAC-01-03,north,12,x\n'),
      ),
    ).toEqual([
      {
        path: 'row 2',
        message:
          'has 2 values but the heading row has 3 columns; check for a missing or extra comma',
      },
      {
        path: 'row 4',
        message:
          'has 4 values but the heading row has 3 columns; check for a missing or extra comma',
      },
    ]);
  });

  it('spots a title line above the headings', () => {
    expect(
      errors(readCsvTable('Case list March 2012\nref,area\nLAC-01-01,north\nLAC-01-02,north\n')),
    ).toEqual([
      {
        path: 'row 1',
        message:
          'is read as the heading row but has 1 column, fewer than most rows below it. If it is a title, delete the lines above the heading row.',
      },
    ]);
  });

  it('refuses a quote that is never closed', () => {
    const [error] = errors(readCsvTable('ref,notes\nLAC-01-01,"unfinished\nLAC-01-02,x\n'));
    expect(error).toEqual({
      path: 'row 2',
      message:
        'has a quoted value that is never closed (a " is missing), so the rest of the file cannot be read as rows',
    });
  });

  it('refuses bytes that are not UTF-8 and says to save as CSV UTF-8', () => {
    // "Café" in Windows-1252: é is the single byte 0xE9.
    const bytes = new Uint8Array([...utf8('ref,area\nLAC-01-01,Caf'), 0xe9, ...utf8('\n')]);
    const [error] = errors(decodeCsvBytes(bytes));
    expect(error!.message).toMatch(
      /^is not UTF-8 text \(the first character that cannot be read is on line 2\)/,
    );
    expect(error!.message).toContain('Save it as CSV UTF-8');
    expect(errors(readCsvTable(bytes.buffer))).toEqual([error]);
  });

  it('recognises a workbook and UTF-16 "Unicode text" for what they are', () => {
    expect(
      errors(decodeCsvBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0])))[0]!.message,
    ).toMatch(/^is a spreadsheet workbook \(such as \.xlsx\), not a CSV file/);
    expect(errors(decodeCsvBytes(new Uint8Array([0xff, 0xfe, 0x72, 0])))[0]!.message).toMatch(
      /^is saved as "Unicode text" \(UTF-16\), not UTF-8/,
    );
  });
});

describe('readCsvTable: formula-like cells', () => {
  it('keeps them as text and warns once per column, naming the rows', () => {
    const t = table(
      readCsvTable(
        'ref,notes,placements\n' +
          'LAC-01-01,"=HYPERLINK(""http://example.invalid"",""x"")",-1\n' +
          'LAC-01-02,+44 7700,3\n' +
          'LAC-01-03,@SUM(A1),-\n' +
          'LAC-01-04,plain,2\n',
      ),
    );
    expect(t.rows[0]!.cells[1]).toBe('=HYPERLINK("http://example.invalid","x")');
    expect(t.warnings).toEqual([
      {
        kind: 'formula',
        path: 'column notes',
        column: 'notes',
        rows: [2, 3, 4],
        message:
          '3 cells start with =, +, -, @ or a tab, like a spreadsheet formula (rows 2, 3 and 4). They are kept as plain text and never calculated; check they are what you expect.',
      },
    ]);
  });
});

describe('readCsvTable: size', () => {
  // Speed is measured by `npm run bench`, not asserted here.
  it('reads all 50,000 rows of a large list, numbered as a spreadsheet numbers them', () => {
    const t = table(readCsvTable(utf8(syntheticCaseListCsv(50_000))));
    expect(t.rows).toHaveLength(50_000);
    expect(t.rows[49_999]!.rowNumber).toBe(50_001);
  });
});

describe('readCsvTable never throws', () => {
  const csvCharacter = fc.constantFrom(
    ',',
    ';',
    '\t',
    '|',
    '"',
    '\n',
    '\r',
    ' ',
    '=',
    '-',
    '@',
    'a',
    'B',
    '1',
    'é',
    '\uFEFF',
    '\u0000',
  );
  it('on random CSV-like text', () => {
    fc.assert(
      fc.property(
        fc.array(csvCharacter, { maxLength: 200 }).map((cs) => cs.join('')),
        (text) => {
          const result = readCsvTable(text);
          expect(['ok', 'invalid']).toContain(result.status);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('on random text and random bytes', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(['ok', 'invalid']).toContain(parseCsvTable(text).status);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(['ok', 'invalid']).toContain(readCsvTable(bytes).status);
      }),
      { numRuns: 300 },
    );
  });
});
