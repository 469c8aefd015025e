import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { findingsTableCsv } from '../../../../src/core';
import { FINDINGS_TABLE_COLUMNS } from '../../../../src/core/exchange/findingsTableCsv';
import { AuditScenario } from '../../../scenario/auditScenario';
import { everyKindFramework } from '../findings/testFramework';

function table(text: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(text.trim(), { header: true }).data;
}

describe('findingsTableCsv', () => {
  const scenario = AuditScenario.withFramework(everyKindFramework())
    .answer(23, { q1: 'no', q3: ['drugs', 'cse'], q4: 4 }, { area: 'north' })
    .answer(37, { q1: 'yes', q3: ['drugs'], q4: 10 }, { area: 'south' })
    .answer(1, { q1: 'na' }, { area: 'south' });

  it('puts numerator, base, percentage and interval on one row per question and cell', () => {
    const rows = table(findingsTableCsv(scenario.findings({ breakdownBy: 'area' })));
    expect(Object.keys(rows[0]!)).toEqual([...FINDINGS_TABLE_COLUMNS]);
    const q1 = rows.filter((r) => r.question_id === 'q1');
    expect(
      q1.map((r) => [
        r.breakdown,
        r.group,
        r.numerator,
        r.base,
        r.percent,
        r.percent_1dp,
        r.ci_low,
        r.ci_high,
        r.small_base,
        r.not_applicable,
      ]),
    ).toEqual([
      ['', 'all', '37', '60', '62', '61.7', '49', '72.9', 'no', '1'],
      ['area', 'north', '0', '23', '0', '0', '0', '14.3', 'no', '0'],
      ['area', 'south', '37', '37', '100', '100', '90.6', '100', 'no', '1'],
    ]);
  });

  it('gives multichoice a row per option and numbers their summary', () => {
    const rows = table(findingsTableCsv(scenario.findings()));
    expect(
      rows.filter((r) => r.question_id === 'q3').map((r) => [r.option, r.numerator, r.base]),
    ).toEqual([
      ['drugs', '60', '60'],
      ['missing', '0', '60'],
      ['cse', '23', '60'],
    ]);
    const q4 = rows.find((r) => r.question_id === 'q4')!;
    expect([q4.n, q4.mean, q4.median, q4.min, q4.max, q4.percent]).toEqual([
      '60',
      '7.7',
      '10',
      '4',
      '10',
      '',
    ]);
  });
});

describe('findingsTableCsv, two-way', () => {
  const scenario = AuditScenario.withFramework(everyKindFramework())
    .answer(6, { q1: 'no' }, { area: 'north', stratum: 'host' })
    .answer(4, { q1: 'yes' }, { area: 'north', stratum: 'host' })
    .answer(12, { q1: 'yes' }, { area: 'north', stratum: 'home' })
    .answer(5, { q1: 'no' }, { area: 'south', stratum: 'host' })
    .answer(3, { q1: 'yes' }, { area: 'south', stratum: 'home' });

  it('writes a row per question per cell, both groups in columns named after their dimension', () => {
    const text = findingsTableCsv(scenario.findings({ breakdownBy: ['area', 'stratum'] }));
    const rows = table(text);
    expect(Object.keys(rows[0]!)).toEqual(
      FINDINGS_TABLE_COLUMNS.flatMap((c) =>
        c === 'group' ? ['group_area', 'group_stratum'] : [c],
      ),
    );
    expect(
      rows
        .filter((r) => r.question_id === 'q1')
        .map((r) => [
          r.breakdown,
          r.group_area,
          r.group_stratum,
          r.numerator,
          r.base,
          r.percent,
          r.small_base,
        ]),
    ).toEqual([
      ['', 'all', 'all', '19', '30', '63', 'no'],
      ['area,stratum', 'north', 'host', '4', '10', '40', 'no'],
      ['area,stratum', 'north', 'home', '12', '12', '100', 'no'],
      ['area,stratum', 'south', 'host', '0', '5', '0', 'yes'],
      ['area,stratum', 'south', 'home', '3', '3', '100', 'yes'],
    ]);
  });
});
