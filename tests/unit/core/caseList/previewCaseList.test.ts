import { describe, expect, it } from 'vitest';
import { previewCaseList, readCsvTable, suggestColumnMapping } from '../../../../src/core';
import { context } from './syntheticCaseList';

describe('previewCaseList', () => {
  it('shows the first rows of the kept columns under their new names, marking formula-like cells', () => {
    const parsed = readCsvTable(
      'Case ref,YOT,Surname,Age,Notes\n' +
        'LAC-01-01,Northtown,Smith,=15,x\n' +
        'LAC-01-02,Southvale,Jones,14,y\n' +
        'LAC-01-03,Eastmoor,Brown,13,z\n',
    );
    if (parsed.status !== 'ok') throw new Error('expected a table');
    const mapping = suggestColumnMapping(parsed.value, context);
    expect(previewCaseList(parsed.value, mapping, context, 2)).toEqual({
      columns: [
        { heading: 'Case ref', target: { kind: 'ref' }, label: 'Case reference' },
        { heading: 'YOT', target: { kind: 'area' }, label: 'Area' },
        { heading: 'Age', target: { kind: 'profile', fieldId: 'age' }, label: 'Age' },
      ],
      rows: [
        {
          rowNumber: 2,
          cells: [
            { value: 'LAC-01-01', formulaLike: false },
            { value: 'Northtown', formulaLike: false },
            { value: '=15', formulaLike: true },
          ],
        },
        {
          rowNumber: 3,
          cells: [
            { value: 'LAC-01-02', formulaLike: false },
            { value: 'Southvale', formulaLike: false },
            { value: '14', formulaLike: false },
          ],
        },
      ],
      dropped: ['Surname', 'Notes'],
      totalRows: 3,
    });
  });
});
