import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ColumnMapping,
  type CsvTable,
  readCsvTable,
  suggestColumnMapping,
  validateCaseList,
} from '../../../../src/core';
import { populationEntrySchema } from '../../../../src/core/caseList/populationEntry';
import type { CaseListCheck } from '../../../../src/core/caseList/validateCaseList';
import { context, syntheticCaseListCsv } from './syntheticCaseList';

function table(csv: string): CsvTable {
  const result = readCsvTable(csv);
  if (result.status !== 'ok') throw new Error(JSON.stringify(result.errors));
  return result.value;
}

function check(csv: string, mapping?: ColumnMapping): CaseListCheck {
  const t = table(csv);
  return validateCaseList(t, mapping ?? suggestColumnMapping(t, context), context);
}

function entries(result: CaseListCheck) {
  if (result.result.status !== 'ok') throw new Error(JSON.stringify(result.result.errors));
  return result.result.value;
}

function errors(result: CaseListCheck) {
  if (result.result.status !== 'invalid') throw new Error('expected problems');
  return result.result.errors;
}

const HEAD = 'Case ref,Area,Stratum,Age,Gender,Needs,Date of order';

describe('validateCaseList: a clean list', () => {
  it('stores ids and option codes, accepting names and labels in any case', () => {
    const result = check(
      `${HEAD}\n` +
        'LAC-01-01,Northtown,host,15,Female,Education; mental health,31/03/2012\n' +
        '\n' +
        'LAC-02-07, south ,HOME,12,male,,2012-02-29\n' +
        'LAC-03-07,EASTMOOR,host,,unknown,substance misuse|EDUCATION,\n',
    );
    expect(entries(result)).toEqual([
      {
        ref: 'LAC-01-01',
        areaId: 'north',
        stratumId: 'host',
        profile: {
          age: 15,
          gender: 'female',
          needs: ['education', 'health'],
          'order-date': '2012-03-31',
        },
        row: 2,
      },
      {
        ref: 'LAC-02-07',
        areaId: 'south',
        stratumId: 'home',
        profile: { age: 12, gender: 'male', 'order-date': '2012-02-29' },
        row: 4,
      },
      {
        ref: 'LAC-03-07',
        areaId: 'east',
        stratumId: 'host',
        profile: { gender: 'not_known', needs: ['substance', 'education'] },
        row: 5,
      },
    ]);
    for (const entry of entries(result)) expect(populationEntrySchema.parse(entry)).toEqual(entry);
    expect(result.warnings).toEqual([]);
  });

  it('needs no area column when the inspection has one area', () => {
    const t = table('ref\nLAC-01-01\nLAC-01-02\n');
    const result = validateCaseList(
      t,
      { ref: { kind: 'ref' } },
      {
        ...context,
        areas: [{ id: 'north', name: 'Northtown' }],
        strata: [],
      },
    );
    expect(entries(result).map((e) => [e.ref, e.areaId, e.stratumId])).toEqual([
      ['LAC-01-01', 'north', null],
      ['LAC-01-02', 'north', null],
    ]);
  });
});

describe('validateCaseList: lists every problem before anything is stored', () => {
  it('names the row (as in a spreadsheet) and the column of each problem', () => {
    const result = check(
      `${HEAD}\n` +
        'LAC-01-01,Northtown,host,15,Female,,\n' +
        ',Northtown,host,15,Female,,\n' +
        'lac-01-01,Sheffeld,away,9,Maybe,Housing; education,31/02/2012\n' +
        'LAC-01-04,,,15.5,Male,,\n' +
        'LAC-01-05,Northtown,host,fifteen,n/a,,\n',
    );
    expect(errors(result)).toEqual([
      { path: 'row 3, column Case ref', message: 'the case reference is missing' },
      {
        path: 'row 4, column Case ref',
        message: 'lac-01-01 is already on row 2; each case must appear once',
      },
      {
        path: 'row 4, column Area',
        message:
          '"Sheffeld" is not one of this inspection\'s areas (Northtown, Southvale, Eastmoor, Westbridge, Highfield, Lowmead)',
      },
      {
        path: 'row 4, column Stratum',
        message: '"away" is not one of this inspection\'s strata (host, home)',
      },
      {
        path: 'row 4, column Age',
        message: '9 is below the lowest value allowed for Age (10)',
      },
      {
        path: 'row 4, column Gender',
        message: '"Maybe" is not one of the options for Gender: Male, Female, Other',
      },
      {
        path: 'row 4, column Needs',
        message:
          '"Housing" is not one of the options for Needs (Education, Mental health, Substance misuse); separate several with semicolons',
      },
      {
        path: 'row 4, column Date of order',
        message:
          '"31/02/2012" is not a date for Date of order; write it as 2012-03-31 or 31/03/2012',
      },
      { path: 'row 5, column Area', message: 'the area is missing' },
      { path: 'row 5, column Stratum', message: 'the stratum is missing (host, home)' },
      { path: 'row 5, column Age', message: '"15.5" is not a whole number, which Age needs' },
      {
        path: 'row 6, column Age',
        message:
          '"fifteen" is not a number; write numbers with digits only and a full stop for decimals (such as 3 or 12.5)',
      },
      { path: 'row 6, column Gender', message: 'cannot be "not applicable" for Gender' },
    ]);
  });

  it('checks the mapping itself first', () => {
    const t = table('ref,where,extra,other\nLAC-01-01,north,1,2\n');
    const result = validateCaseList(
      t,
      {
        where: { kind: 'stratum' },
        extra: { kind: 'profile', fieldId: 'age' },
        other: { kind: 'profile', fieldId: 'age' },
        missing: { kind: 'profile', fieldId: 'shoe-size' },
      },
      { ...context, strata: [] },
    );
    expect(errors(result)).toEqual([
      {
        path: 'column mapping',
        message:
          'column "where" is chosen as the stratum, but this inspection has no strata; add them first or do not import the column',
      },
      { path: 'column mapping', message: 'there is no column headed "missing" in the file' },
      {
        path: 'column mapping',
        message: 'columns "extra" and "other" are all chosen as Age; choose one',
      },
      { path: 'column mapping', message: 'choose the column that holds the case reference' },
      {
        path: 'column mapping',
        message: "choose the column that names each case's area (this inspection has 6 areas)",
      },
    ]);
  });
});

describe('validateCaseList: warnings', () => {
  it('warns about personal data and formula-like cells only in the columns kept', () => {
    const csv =
      'ref,area,stratum,Surname,Postcode,Notes\n' +
      'LAC-01-01,north,host,Smith,AB1 2CD,=1+1\n' +
      'LAC-01-02,north,home,Jones,AB1 3CD,ok\n';
    const t = table(csv);
    const mapping: ColumnMapping = {
      ref: { kind: 'ref' },
      area: { kind: 'area' },
      stratum: { kind: 'stratum' },
      Surname: { kind: 'ignore' },
      Postcode: { kind: 'profile', fieldId: 'gender' },
      Notes: { kind: 'ignore' },
    };
    const result = validateCaseList(t, mapping, context);
    expect(result.warnings.map((w) => [w.kind, w.column])).toEqual([['personal-data', 'Postcode']]);
  });

  it('warns when case references look like names', () => {
    const result = check(
      'ref,area,stratum\nLAC-01-01,north,host\nJane Smith,north,home\nSMITH,north,host\n',
    );
    expect(result.warnings).toEqual([
      {
        kind: 'reference-looks-like-name',
        path: 'column ref',
        column: 'ref',
        rows: [3],
        message:
          '1 case reference looks like a name rather than a code (row 3). Use pseudonymous references such as LAC-03-07, never names.',
      },
    ]);
  });

  it('warns when the inspection has strata but no column gives them', () => {
    const t = table('ref,area\nLAC-01-01,north\n');
    const result = validateCaseList(t, { ref: { kind: 'ref' }, area: { kind: 'area' } }, context);
    expect(entries(result)[0]!.stratumId).toBeNull();
    expect(result.warnings).toEqual([
      {
        kind: 'no-stratum-column',
        path: 'column mapping',
        message:
          'No column is chosen as the stratum (host, home), so no case will have one and a sample by stratum will find none.',
      },
    ]);
  });
});

describe('validateCaseList: size and robustness', () => {
  // Speed is measured by `npm run bench`, not asserted here.
  it('checks all 50,000 rows of a large list', () => {
    const t = table(syntheticCaseListCsv(50_000));
    const result = validateCaseList(t, suggestColumnMapping(t, context), context);
    expect(entries(result)).toHaveLength(50_000);
  });

  it('never throws on random CSV, whatever the mapping', () => {
    const cell = fc.constantFrom(
      '',
      'LAC-01-01',
      'north',
      'Northtown',
      'host',
      '12',
      'x',
      '=1',
      'Male',
      ' ',
    );
    const csvArb = fc
      .array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 })
      .map((rows) => rows.map((r) => r.join(',')).join('\n'));
    fc.assert(
      fc.property(csvArb, (csv) => {
        const t = readCsvTable(csv);
        if (t.status !== 'ok') return;
        const result = validateCaseList(t.value, suggestColumnMapping(t.value, context), context);
        expect(['ok', 'invalid']).toContain(result.result.status);
      }),
      { numRuns: 300 },
    );
  });
});
