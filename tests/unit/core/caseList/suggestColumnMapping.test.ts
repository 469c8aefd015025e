import { describe, expect, it } from 'vitest';
import {
  type CsvTable,
  columnTargetChoices,
  columnTargetFromKey,
  columnTargetKey,
  readCsvTable,
  suggestColumnMapping,
} from '../../../../src/core';
import { context, framework } from './syntheticCaseList';

function table(csv: string): CsvTable {
  const result = readCsvTable(csv);
  if (result.status !== 'ok') throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('suggestColumnMapping', () => {
  it('matches usual headings and profile fields, ignoring case and punctuation', () => {
    const csv =
      'CASE_REF,Y.O.T.,Stratum,Age (years),GENDER,number of placements,Notes\n' +
      'LAC-01-01,Northtown,host,15,Male,3,none\n';
    expect(suggestColumnMapping(table(csv), context)).toEqual({
      CASE_REF: { kind: 'ref' },
      'Y.O.T.': { kind: 'area' },
      Stratum: { kind: 'stratum' },
      'Age (years)': { kind: 'profile', fieldId: 'age' },
      GENDER: { kind: 'profile', fieldId: 'gender' },
      'number of placements': { kind: 'profile', fieldId: 'placements' },
      Notes: { kind: 'ignore' },
    });
  });

  it('finds the area and stratum columns by their values when no heading names them', () => {
    const csv =
      'Reference,Where,Host or home\nLAC-01-01,Northtown,host\nLAC-02-01,southvale,HOME\n';
    expect(suggestColumnMapping(table(csv), context)).toEqual({
      Reference: { kind: 'ref' },
      Where: { kind: 'area' },
      'Host or home': { kind: 'stratum' },
    });
  });

  it('leaves personal data out, and uses each target once', () => {
    const csv = 'ref,Case ID,First name,DOB,area\nLAC-01-01,X1,Sam,2001-01-01,north\n';
    expect(suggestColumnMapping(table(csv), context)).toEqual({
      ref: { kind: 'ref' },
      'Case ID': { kind: 'ignore' },
      'First name': { kind: 'ignore' },
      DOB: { kind: 'ignore' },
      area: { kind: 'area' },
    });
  });
});

describe('column targets for a select box', () => {
  it('lists reference, area, stratum, each profile field and "do not import", with round-trip keys', () => {
    const choices = columnTargetChoices(framework);
    expect(choices.map((c) => [c.key, c.label])).toEqual([
      ['ref', 'Case reference'],
      ['area', 'Area'],
      ['stratum', 'Stratum'],
      ['profile:age', 'Profile: Age'],
      ['profile:gender', 'Profile: Gender'],
      ['profile:placements', 'Profile: Number of placements'],
      ['profile:needs', 'Profile: Needs'],
      ['profile:order-date', 'Profile: Date of order'],
      ['ignore', 'Do not import'],
    ]);
    for (const choice of choices) {
      expect(columnTargetFromKey(columnTargetKey(choice.target))).toEqual(choice.target);
    }
  });
});
