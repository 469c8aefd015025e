/**
 * The report's research tables for the synthetic 4,723-case YJB extraction: recording by area
 * (Table 2.3's shape), unscored coded answers by area, and the 0–4 score grid, each figure
 * checked against the cases it counts. A thematic framework with no scores has no such chapter.
 */
import { describe, expect, it } from 'vitest';
import { yjbExtraction } from '../../../../scripts/datasets/researchExtractionFile';
import {
  buildReport,
  computeFindings,
  emptyReportDraft,
  findingsCasesOf,
  type ReportTable,
} from '../../../../src/core';
import { lacExample, lacFramework } from '../../../fixtures/reportFixture';

const { framework, inspection, cases } = yjbExtraction();
const names = { areas: inspection.areas, strata: inspection.strata };
const values = findingsCasesOf(cases);

function tablesOf(byArea: boolean): ReportTable[] {
  const findings = computeFindings(framework, values, { names });
  const doc = buildReport<string>({
    inspection,
    framework,
    findings,
    byArea: byArea ? computeFindings(framework, values, { breakdownBy: 'area', names }) : null,
    draft: emptyReportDraft(),
    date: '2010-03-31',
  });
  const chapter = doc.chapters.find((c) => c.id === 'research-tables');
  return (chapter?.blocks ?? []).filter((b): b is ReportTable => b.type === 'table');
}

describe('the report’s research tables', () => {
  const tables = tablesOf(true);

  it('gives recording by area for the least recorded question, as Table 2.3 does', () => {
    const recording = tables[0]!;
    expect(recording.caption).toMatch(/^Recording of “Any Children's Services contact/);
    expect(recording.head).toEqual(['Area', 'Cases', 'Not recorded', '% recorded', 'Recorded']);
    const area14 = cases.filter((c) => c.areaId === 'area-14');
    const missing = area14.filter((c) => {
      const v = c.answers['any-cs-contact']?.value;
      return v === undefined || v === 'not_known';
    }).length;
    const recorded = area14.length - missing;
    expect(recording.rows[13]).toEqual([
      'Area 14',
      String(area14.length),
      String(missing),
      `${Math.round((100 * recorded) / area14.length)}%`,
      String(recorded),
    ]);
    expect(recording.rows.at(-1)?.[0]).toBe('Total');
  });

  it('gives unscored coded answers by area with the base: disposal in area 1', () => {
    const disposal = tables.find((t) => t.caption.startsWith('Type of disposal'))!;
    expect(disposal.head.at(-1)).toBe('Base');
    const area1 = cases.filter((c) => c.areaId === 'area-01');
    const known = area1.filter((c) => c.answers.disposal?.value !== 'not_known').length;
    const custody = area1.filter((c) => c.answers.disposal?.value === 'custodial').length;
    const column = disposal.head.indexOf('Custodial');
    expect(disposal.rows[0]![column]).toBe(`${Math.round((100 * custody) / known)}% (${custody})`);
    expect(disposal.rows[0]!.at(-1)).toBe(String(known));
    // Scored questions are in the findings-by-area chapter, not here.
    expect(tables.some((t) => t.caption.startsWith('Any current Children'))).toBe(false);
  });

  it('gives the 0–4 score grid of Asset’s 12 factors, each score with its count', () => {
    const grid = tables.find((t) => t.caption === 'The 12 core elements of Asset: scores')!;
    expect(grid.head).toEqual([
      'Question',
      'Base',
      'Score 0',
      'Score 1',
      'Score 2',
      'Score 3',
      'Score 4',
      'High',
      'Mean',
    ]);
    expect(grid.rows).toHaveLength(12);
    const given = cases
      .map((c) => c.answers['asset-living']?.value)
      .filter((v) => v !== 'not_known');
    const fours = given.filter((v) => v === '4').length;
    expect(grid.rows[0]![1]).toBe(String(given.length));
    expect(grid.rows[0]![6]).toBe(`${Math.round((100 * fours) / given.length)}% (${fours})`);
    // The at-risk sample's grid has no case asked, so it is left out.
    expect(tables.some((t) => t.caption.startsWith('Onset risk scores'))).toBe(false);
  });

  it('without a breakdown by area gives the score grids alone', () => {
    expect(tablesOf(false).map((t) => t.caption)).toEqual([
      'The 12 core elements of Asset: scores',
    ]);
  });

  it('is not in the report of a framework with no scores', () => {
    const lac = lacFramework();
    const example = lacExample(lac);
    const findings = computeFindings(lac, findingsCasesOf(example.cases), {});
    const doc = buildReport<string>({
      inspection: example.inspection,
      framework: lac,
      findings,
      byArea: null,
      draft: emptyReportDraft(),
      date: '2026-11-22',
    });
    expect(doc.chapters.some((c) => c.id === 'research-tables')).toBe(false);
  });
});
