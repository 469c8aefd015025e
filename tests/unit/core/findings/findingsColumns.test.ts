import { describe, expect, it } from 'vitest';
import {
  computeFindings,
  countFindings,
  type FindingsOptions,
  findingsCasesOf,
  findingsColumns,
  toFindingsJson,
} from '../../../../src/core';
import { makeCase } from '../../../scenario/auditScenario';
import { everyKindFramework } from './testFramework';

const framework = everyKindFramework();
const cases = findingsCasesOf([
  makeCase(0, { q1: 'yes', q3: ['drugs', 'cse'], q4: 3, gender: 'boy' }, { area: 'n' }),
  makeCase(1, { q1: 'no', q3: ['missing'], q4: 12, gender: 'girl' }, { area: 's' }),
  makeCase(2, { q1: 'na', q3: 'not_known' }, { area: 'n', status: 'in-progress' }),
  makeCase(3, { q1: 'maybe', q4: 'na', risks: ['drugs', 'other:x'] }, { area: 's' }),
  makeCase(4, {}, { area: 'n', stratum: 'host' }),
]);

describe('findingsColumns: answers classified once', () => {
  const columns = findingsColumns(framework, cases);
  const at = (id: string) => columns.plan.items.findIndex((item) => item.id === id);

  it('codes each answer as its option or what kept it out of the base', () => {
    // q1 (yes/no): options 0 and 1, then answered 2, N/A 3, not known 4, no answer 5, invalid 7.
    expect(Array.from(columns.codes[at('q1')]!)).toEqual([0, 1, 3, 7, 5]);
  });

  it('holds multichoice choices as bits and numbers as doubles', () => {
    const q3 = at('q3');
    expect(columns.words[q3]).toBe(1);
    // drugs = bit 0, missing = bit 1, cse = bit 2.
    expect(Array.from(columns.choices[q3]!)).toEqual([0b101, 0b010, 0, 0, 0]);
    const q4 = columns.plan.items[at('q4')]!;
    expect(Array.from(columns.numbers[q4.numberSlot]!)).toEqual([3, 12, NaN, NaN, NaN]);
  });

  it('gives each case its group for every breakdown, first seen first', () => {
    const area = columns.dimensions.get('area')!;
    expect([area.keys, Array.from(area.index)]).toEqual([
      ['n', 's'],
      [0, 1, 0, 1, 0],
    ]);
    const risks = columns.dimensions.get('risks')!;
    // A choice that is no option of the scale is a group of its own.
    expect(risks.keys).toEqual(['', 'drugs', 'other:x']);
    expect(Array.from(risks.multi!.list)).toEqual([0, 0, 0, 1, 2, 0]);
  });

  it('counts what computeFindings computes, for any options, without the cases', () => {
    const choices: FindingsOptions[] = [
      {},
      { completeOnly: true },
      { breakdownBy: 'area', confidence: 0.9 },
      { breakdownBy: 'risks', sentences: 'negative' },
      { breakdownBy: ['gender', 'area'], completeOnly: true },
    ];
    for (const options of choices) {
      expect(toFindingsJson(countFindings(columns, options))).toEqual(
        toFindingsJson(computeFindings(framework, cases, options)),
      );
    }
  });
});
