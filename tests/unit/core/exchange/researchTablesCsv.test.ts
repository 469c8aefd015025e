/** The research tables as CSV: each figure of the synthetic 4,723-case extraction with its base. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { yjbExtraction } from '../../../../scripts/datasets/researchExtractionFile';
import { computeFindings, findingsCasesOf } from '../../../../src/core';
import { researchTablesCsv } from '../../../../src/core/exchange/researchTablesCsv';

describe('researchTablesCsv', () => {
  const { framework, inspection, cases } = yjbExtraction();
  const result = computeFindings(framework, findingsCasesOf(cases), {
    breakdownBy: 'area',
    names: { areas: inspection.areas },
  });
  const rows = Papa.parse<Record<string, string>>(researchTablesCsv(framework, result).trim(), {
    header: true,
  }).data;
  const find = (where: Record<string, string>) =>
    rows.filter((r) => Object.entries(where).every(([k, v]) => r[k] === v));

  it('gives recording by area with not recorded beside recorded and its base', () => {
    const area1 = cases.filter((c) => c.areaId === 'area-01');
    const missing = area1.filter((c) => {
      const v = c.answers['any-cs-contact']?.value;
      return v === undefined || v === 'not_known';
    }).length;
    expect(find({ table: 'recording', item_id: 'any-cs-contact', group: 'area-01' })).toEqual([
      expect.objectContaining({
        breakdown: 'area',
        label: 'Area 1',
        count: String(area1.length - missing),
        base: String(area1.length),
        not_recorded: String(missing),
      }),
    ]);
  });

  it('gives each coded answer by area and for all cases, with its base', () => {
    const inArea = cases.filter((c) => c.areaId === 'area-08');
    const known = inArea.filter((c) => c.answers.disposal?.value !== 'not_known');
    const custodial = inArea.filter((c) => c.answers.disposal?.value === 'custodial').length;
    expect(
      find({ table: 'coded', item_id: 'disposal', group: 'area-08', option: 'custodial' }),
    ).toEqual([
      expect.objectContaining({
        count: String(custodial),
        base: String(known.length),
        small_base: known.length < 10 ? 'yes' : 'no',
      }),
    ]);
    expect(find({ table: 'coded', item_id: 'disposal', group: 'all' })).toHaveLength(5);
  });

  it('gives the 0–4 grid: a row per score and the high scores with the mean', () => {
    const scored = find({ table: 'score', item_id: 'asset-family' });
    expect(scored.map((r) => r.option)).toEqual(['0', '1', '2', '3', '4', 'high']);
    const given = cases
      .map((c) => c.answers['asset-family']?.value)
      .filter((v) => v !== 'not_known');
    const high = given.filter((v) => v === '3' || v === '4').length;
    expect(scored[5]).toMatchObject({ count: String(high), base: String(given.length) });
    expect(Number(scored[5]!.mean)).toBeCloseTo(
      given.reduce<number>((s, v) => s + Number(v), 0) / given.length,
      2,
    );
  });
});
