/**
 * The research extraction's tables (seed 002), checked against the synthetic extraction they
 * are made from, tallied here case by case: recording by area (Table 2.3), coded variables by
 * area with their bases, and the 0–4 score grid of Asset's 12 factors.
 */
import { describe, expect, it } from 'vitest';
import { yjbExtraction } from '../../../../scripts/datasets/researchExtractionFile';
import { TABLE_2_3, TABLE_2_3_CASES } from '../../../../scripts/datasets/seed002Shape';
import { type CaseWithAnswers, computeFindings, findingsCasesOf } from '../../../../src/core';
import {
  codedVariablesByGroup,
  recordingByGroup,
  scoreGrids,
} from '../../../../src/core/findings/researchTables';

function byArea(size?: number) {
  const { framework, inspection, cases } = yjbExtraction(size ? { cases: size } : {});
  const result = computeFindings(framework, findingsCasesOf(cases), {
    breakdownBy: 'area',
    names: { areas: inspection.areas, strata: inspection.strata },
  });
  return { framework, inspection, cases, result };
}

const answerOf = (c: CaseWithAnswers, id: string) => c.answers[id]?.value;

describe('research tables of a 4,723-case extraction', () => {
  const { framework, inspection, cases, result } = byArea();
  const inArea = (areaId: string) => cases.filter((c) => c.areaId === areaId);

  it('recording by area: cases, not recorded, recorded and its share, as tallied', () => {
    const table = recordingByGroup(result, 'any-cs-contact');
    expect(table.rows.map((r) => r.label)).toEqual(inspection.areas.map((a) => a.name));
    table.rows.forEach((row, a) => {
      const area = inArea(inspection.areas[a]!.id);
      const missing = area.filter((c) => {
        const v = answerOf(c, 'any-cs-contact');
        return v === undefined || v === 'not_known';
      }).length;
      expect(row).toMatchObject({
        cases: area.length,
        notRecorded: missing,
        recorded: area.length - missing,
        percentRecorded: Math.round((100 * (area.length - missing)) / area.length),
      });
    });
    expect(table.total.cases).toBe(4723);
    expect(table.total.recorded).toBe(table.rows.reduce((s, r) => s + r.recorded, 0));
  });

  it('coded variables by area: each answer counted out of its base, overall and per area', () => {
    const table = codedVariablesByGroup(result);
    expect(table.by).toBe('area');
    expect(table.groups.map((g) => g.cases)).toEqual(
      inspection.areas.map((a) => inArea(a.id).length),
    );
    const disposal = table.variables.find((v) => v.itemId === 'disposal')!;
    const firstTier = disposal.options.find((o) => o.value === 'first-tier')!;
    const known = (list: readonly CaseWithAnswers[]) =>
      list.filter((c) => answerOf(c, 'disposal') !== 'not_known');
    const chose = (list: readonly CaseWithAnswers[]) =>
      list.filter((c) => answerOf(c, 'disposal') === 'first-tier').length;
    expect(firstTier.all).toMatchObject({ count: chose(cases), base: known(cases).length });
    inspection.areas.forEach((a, i) => {
      const area = inArea(a.id);
      expect(firstTier.groups[i]).toMatchObject({ count: chose(area), base: known(area).length });
    });
    expect(disposal.notKnown.all).toBe(cases.length - known(cases).length);
    // A profile field is there too: gender, with its one case not recorded.
    const gender = table.variables.find((v) => v.itemId === 'gender')!;
    expect(gender.options.map((o) => o.all.count)).toEqual([
      cases.filter((c) => answerOf(c, 'gender') === '0').length,
      cases.filter((c) => answerOf(c, 'gender') === '1').length,
    ]);
  });

  it('the 0–4 score grid: each factor, each score, its base, high scores and the mean', () => {
    const grids = scoreGrids(framework, result);
    expect(grids.map((g) => g.standardId)).toEqual(['asset-core-profile', 'onset-risk-scores']);
    const asset = grids[0]!;
    expect(asset.scores).toEqual(['0', '1', '2', '3', '4']);
    expect(asset.rows).toHaveLength(12);
    for (const row of asset.rows) {
      const given = cases.map((c) => answerOf(c, row.itemId)).filter((v) => v !== 'not_known');
      const counts = ['0', '1', '2', '3', '4'].map((s) => given.filter((v) => v === s).length);
      expect(row.scores.map((s) => s.count)).toEqual(counts);
      expect(row.base).toBe(given.length);
      expect(row.notKnown).toBe(cases.length - given.length);
      expect(row.high.count).toBe(counts[3]! + counts[4]!);
      expect(row.mean).toBeCloseTo(
        counts.reduce((s, n, score) => s + n * score, 0) / given.length,
        10,
      );
    }
    // Thinking and behaviour scores high in about 27% of cases, as the report found (L1038).
    const thinking = asset.rows.find((r) => r.itemId === 'asset-thinking-behaviour')!;
    expect(thinking.high.percent).toBeGreaterThanOrEqual(25);
    expect(thinking.high.percent).toBeLessThanOrEqual(36);
    // The at-risk sample's Onset grid is there, with nobody asked.
    expect(grids[1]!.rows.every((r) => r.base === 0 && r.mean === null)).toBe(true);
  });

  it('a grid for one area is that area’s cases alone', () => {
    const area = result.breakdown!.groups[7]!;
    const [asset] = scoreGrids(framework, area);
    const given = inArea(area.key)
      .map((c) => answerOf(c, 'asset-family'))
      .filter((v) => v !== 'not_known');
    expect(asset!.rows[1]!.base).toBe(given.length);
  });
});

describe('recording by area at Table 2.3’s size', () => {
  it('is Table 2.3: total, not recorded, % recorded and usable cases, area by area', () => {
    const { result } = byArea(TABLE_2_3_CASES);
    const table = recordingByGroup(result, 'any-cs-contact');
    expect(table.rows.map((r) => [r.cases, r.notRecorded, r.recorded])).toEqual(
      TABLE_2_3.map((a) => [a.total, a.notRecorded, a.total - a.notRecorded]),
    );
    // The printed percentages, except area 10: 210 of 379 is 55.4%, which the report prints as 56%.
    expect(table.rows.map((r) => r.percentRecorded)).toEqual([
      66, 92, 70, 96, 89, 83, 89, 31, 53, 55, 51, 59, 72, 10,
    ]);
    expect(table.total).toMatchObject({
      cases: 7232,
      notRecorded: 2509,
      recorded: 4723,
      percentRecorded: 65,
    });
  });
});
