import { describe, expect, it } from 'vitest';
import { type CsvTable, detectPersonalData, readCsvTable } from '../../../../src/core';

function table(csv: string): CsvTable {
  const result = readCsvTable(csv);
  if (result.status !== 'ok') throw new Error(JSON.stringify(result.errors));
  return result.value;
}

/** A made-up 10-digit number with a valid NHS modulus-11 check digit. */
function syntheticNhsNumber(first9: string): string {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(first9[i]) * (10 - i);
  const check = (11 - (sum % 11)) % 11;
  if (check === 10) throw new Error('no valid check digit for this stem');
  return `${first9.slice(0, 3)} ${first9.slice(3, 6)} ${first9.slice(6)}${check}`;
}

describe('detectPersonalData: by heading', () => {
  it.each([
    ['First name', 'name'],
    ['Surname', 'name'],
    ["Child's name", 'name'],
    ['D.O.B.', 'date-of-birth'],
    ['Date of birth', 'date-of-birth'],
    ['Home address', 'address'],
    ['Post code', 'postcode'],
    ['NHS No.', 'nhs-number'],
    ['NI number', 'ni-number'],
    ['E-mail', 'email'],
    ['Mobile', 'phone'],
    ['UPN', 'official-identifier'],
  ])('flags "%s" as %s', (heading, kind) => {
    const [warning] = detectPersonalData(table(`ref,${heading}\nLAC-01-01,x\n`));
    expect(warning).toMatchObject({ column: heading, looksLike: kind, evidence: 'heading' });
  });

  it("does not flag organisations' names, or the usual case-list columns", () => {
    const csv =
      'Case ref,Area name,Team name,YOT,Age,Gender,Placements\nLAC-01-01,N,T,Y,15,Male,2\n';
    expect(detectPersonalData(table(csv))).toEqual([]);
  });

  it('says what to do in plain words', () => {
    const [warning] = detectPersonalData(table('ref,Surname\nLAC-01-01,x\n'));
    expect(warning).toEqual({
      kind: 'personal-data',
      path: 'column Surname',
      column: 'Surname',
      looksLike: 'name',
      evidence: 'heading',
      message:
        'Column "Surname" is headed like names. Case Audit keeps pseudonymous case references only: drop this column unless you are sure it holds no personal data.',
    });
  });
});

describe('detectPersonalData: by values, whatever the heading', () => {
  const rows = (values: string[]) =>
    `ref,col\n${values.map((v, i) => `LAC-01-0${i + 1},"${v}"`).join('\n')}\n`;

  it.each([
    ['email', ['sam@example.invalid', 'jo@example.invalid']],
    ['nhs-number', [syntheticNhsNumber('123456788'), syntheticNhsNumber('400000001')]],
    ['ni-number', ['AB 12 34 56 C', 'AB123457D']],
    ['postcode', ['AB1 2CD', 'XY12 3ZZ']],
    ['phone', ['07700 900123', '+44 7700 900456']],
  ])('flags a column of %s', (kind, values) => {
    expect(detectPersonalData(table(rows(values)))).toMatchObject([
      { column: 'col', looksLike: kind, evidence: 'values' },
    ]);
  });

  it('flags an email address inside free text', () => {
    expect(detectPersonalData(table(rows(['see notes', 'ask sam@example.invalid'])))).toMatchObject(
      [{ looksLike: 'email' }],
    );
  });

  it('leaves case references, ages and areas alone', () => {
    expect(detectPersonalData(table(rows(['LAC-03-07', '15', 'Northtown'])))).toEqual([]);
  });
});
