import { describe, expect, it } from 'vitest';
import {
  buildReport,
  computeFindings,
  emptyReportDraft,
  findingsCasesOf,
  type ReportDocument,
  type ReportTable,
} from '../../../../src/core';
import { lacExample, lacFramework } from '../../../fixtures/reportFixture';

const framework = lacFramework();
const example = lacExample(framework);
const names = { areas: example.inspection.areas, strata: example.inspection.strata };
const cases = findingsCasesOf(example.cases);

function report(twoWay: boolean): ReportDocument<string> {
  const findings = computeFindings(framework, cases, { breakdownBy: 'area', names });
  return buildReport<string>({
    inspection: example.inspection,
    framework,
    findings,
    byArea: findings,
    twoWay: twoWay
      ? computeFindings(framework, cases, { breakdownBy: ['area', 'stratum'], names })
      : null,
    draft: emptyReportDraft(),
    date: '2026-11-22',
  });
}

describe('the report’s two-way tables', () => {
  it('adds a chapter with a table per scored question: rows by area, columns by stratum, bases and †', () => {
    const doc = report(true);
    const titles = doc.chapters.map((c) => c.title);
    expect(titles.indexOf('Findings by area and stratum')).toBe(
      titles.indexOf('Findings by area') + 1,
    );
    const chapter = doc.chapters.find((c) => c.id === 'breakdown-two-way')!;
    const tables = chapter.blocks.filter((b): b is ReportTable => b.type === 'table');
    expect(tables.length).toBeGreaterThan(0);
    const first = tables[0]!;
    expect(first.caption).toMatch(/^Was there sufficient contact .* \(counted: No\)$/);
    expect(first.head).toEqual(['Area', 'Host cases (30)', 'Home cases (30)', 'All']);
    // Each cell its own base, marked when small; the row total adds the row's cells.
    expect(first.rows[0]).toEqual(['Blackpool (10)', '40% (2/5) †', '60% (3/5) †', '50% (5/10)']);
    expect(first.rows.at(-1)).toEqual(['All', '53% (16/30)', '53% (16/30)', '53% (32/60)']);
    expect(first.note).toContain('† Small base: fewer than 10 cases');
  });

  it('has no such chapter unless the lead chose one', () => {
    expect(report(false).chapters.some((c) => c.id === 'breakdown-two-way')).toBe(false);
  });
});
