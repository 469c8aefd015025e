/**
 * A multi-answer question in the report: its own small table after its standard's figures,
 * each answer with its cases and its share of the cases answering (rounded half up), numbered
 * and listed like every other table, and its figures accepted by the report's checks.
 */
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  emptyReportDraft,
  type Inspection,
  type ReportDocument,
  type ReportTable,
} from '../../../../src/core';
import { SMALL_BASE_KEY } from '../../../../src/core/findings/printedFigure';
import { AuditScenario } from '../../../scenario/auditScenario';
import { everyKindFramework } from '../findings/testFramework';

const framework = everyKindFramework();
// 8 cases answer "Concerns?": all 8 name substance misuse, 3 of them going missing too; 1 is not known.
const scenario = AuditScenario.withFramework(framework)
  .answer(5, { q1: 'yes', q3: ['drugs'] })
  .answer(3, { q1: 'no', q3: ['drugs', 'missing'] })
  .answer(1, { q1: 'yes', q3: 'not_known' });

const inspection: Inspection = {
  id: 'insp-test',
  title: 'Children placed away from home',
  kind: 'thematic',
  framework: { id: framework.id, version: framework.version },
  organisations: ['Test inspectorate'],
  areas: [{ id: 'area-1', name: 'North YOT' }],
  strata: [],
  team: [{ id: 'insp-1', name: 'R. Okafor', role: 'lead' }],
  fieldwork: { start: '2026-03-02', end: '2026-03-06' },
  sampling: null,
  ratingOverrides: [],
  example: false,
  createdAt: '2026-03-02T09:00:00.000Z',
  updatedAt: '2026-03-02T09:00:00.000Z',
};

function report(conclusion = ''): ReportDocument<string> {
  return buildReport<string>({
    inspection,
    framework,
    findings: scenario.findings(),
    byArea: null,
    draft: {
      ...emptyReportDraft(),
      chapters: { s1: { keyFindings: [], conclusion } },
    },
    date: '2026-11-22',
    chartFor: (title) => `chart of ${title}`,
  });
}

function tablesOf(doc: ReportDocument<string>): ReportTable[] {
  const chapter = doc.chapters.find((c) => c.id === 'section-s1')!;
  return chapter.blocks.filter((b): b is ReportTable => b.type === 'table');
}

describe('a multi-answer question in the report', () => {
  const doc = report();
  const [figures, concerns] = tablesOf(doc);

  it('is left out of its standard’s figures table', () => {
    expect(figures!.caption).toBe('Figures: Standard one');
    expect(figures!.rows.map((r) => r[0])).not.toContain('Concerns?');
    expect(figures!.rows.length).toBeGreaterThan(0);
  });

  it('has a table of its own after the figures and their chart: 3 of 8 is 38%', () => {
    const chapter = doc.chapters.find((c) => c.id === 'section-s1')!;
    const types = chapter.blocks.map((b) => (b.type === 'table' ? b.caption : b.type));
    expect(types.slice(types.indexOf('Figures: Standard one'))).toEqual([
      'Figures: Standard one',
      'chart',
      'Concerns?',
    ]);
    expect(concerns).toEqual({
      type: 'table',
      number: 'Table 6',
      caption: 'Concerns?',
      head: ['Answer', 'Cases', '% of cases'],
      numeric: [false, true, true],
      widths: [60, 20, 20],
      rows: [
        ['Substance misuse', '8', '100% †'],
        ['Going missing', '3', '38% †'],
        ['Exploitation', '0', '0% †'],
      ],
      note: `A case could give more than one answer, so the percentages can add up to more than 100. Base: 8 cases. Not in the base: not known 1. ${SMALL_BASE_KEY}`,
    });
  });

  it('is numbered and listed in reading order with the other tables', () => {
    // Table 1 is the sample by area; Tables 2–4 the profile (gender, placements, vulnerabilities).
    expect(doc.lists.tables.map((t) => [t.number, t.chapterId])).toEqual([
      ['Table 1', 'scope-and-methodology'],
      ['Table 2', 'profile'],
      ['Table 3', 'profile'],
      ['Table 4', 'profile'],
      ['Table 5', 'section-s1'],
      ['Table 6', 'section-s1'],
      ...doc.lists.tables.slice(6).map((t) => [t.number, t.chapterId]),
    ]);
    expect(doc.lists.tables.slice(4, 6)).toEqual([
      { number: 'Table 5', caption: 'Figures: Standard one', chapterId: 'section-s1' },
      { number: 'Table 6', caption: 'Concerns?', chapterId: 'section-s1' },
    ]);
  });

  it('gives figures the report’s checks accept, and flags one the data does not give', () => {
    const accepted = report('Going missing was a concern in 38% (3/8) of cases.');
    expect(accepted.warnings.filter((w) => w.includes('conclusion'))).toEqual([]);
    const stale = report('Going missing was a concern in 50% (4/8) of cases.');
    expect(stale.warnings.filter((w) => w.includes('conclusion'))).toEqual([
      'Section one, conclusion: This text says 50% (4/8), which is not a figure the data now gives: check it against the findings',
    ]);
  });

  it('keeps the small-base key off a table whose base is not small', () => {
    const large = AuditScenario.withFramework(framework)
      .answer(7, { q1: 'yes', q3: ['drugs'] })
      .answer(5, { q1: 'yes', q3: ['missing'] });
    const table = tablesOf(
      buildReport<string>({
        inspection,
        framework,
        findings: large.findings(),
        byArea: null,
        draft: emptyReportDraft(),
        date: '2026-11-22',
      }),
    ).find((t) => t.caption === 'Concerns?')!;
    expect(table.rows).toEqual([
      ['Substance misuse', '7', '58%'],
      ['Going missing', '5', '42%'],
      ['Exploitation', '0', '0%'],
    ]);
    expect(table.note).toBe(
      'A case could give more than one answer, so the percentages can add up to more than 100. Base: 12 cases.',
    );
  });
});
