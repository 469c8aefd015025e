/**
 * The report's chapter of this audit's figures beside the published ones. The example inspection
 * reproduces the 2012 report's 60 cases, so read against the shipped figures every count differs
 * by 0 points and none is more than chance would explain. Shown by default in a self-audit's
 * report, left out of an inspection's unless the lead chooses it, and its figures keep the
 * report's checks quiet.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type BenchmarkSet,
  buildReport,
  computeFindings,
  emptyReportDraft,
  findingsCasesOf,
  type Inspection,
  loadBenchmarkSet,
  type ReportDocument,
  type ReportDraft,
  type ReportTable,
} from '../../../../src/core';
import { benchmarkMethodSentence } from '../../../../src/core/benchmarks/benchmarkWords';
import { lacExample, lacFramework } from '../../../fixtures/reportFixture';

const framework = lacFramework();
const example = lacExample(framework);
const loaded = loadBenchmarkSet(
  readFileSync('audit-frameworks/hmip-lac-placed-away-2012/benchmarks-1.0.1.json', 'utf8'),
  framework,
);
if (loaded.status !== 'ok') throw new Error('the shipped benchmarks do not read');
const benchmarks: BenchmarkSet = loaded.value;
const findings = computeFindings(framework, findingsCasesOf(example.cases), {
  completeOnly: false,
});

function report(
  draft: ReportDraft = emptyReportDraft(),
  kind: Inspection['kind'] = 'thematic',
  set: BenchmarkSet | null = benchmarks,
): ReportDocument<string> {
  return buildReport<string>({
    inspection: { ...example.inspection, kind },
    framework,
    findings,
    byArea: null,
    draft,
    date: '2026-11-22',
    benchmarks: set,
  });
}

const withStyle = (publishedFigures: boolean): ReportDraft => ({
  ...emptyReportDraft(),
  style: { template: 'hmip-thematic', numberedParagraphs: true, logo: null, publishedFigures },
});

function chapterOf(doc: ReportDocument<string>) {
  return doc.chapters.find((c) => c.id === 'published-figures');
}

function tablesOf(doc: ReportDocument<string>): ReportTable[] {
  return (chapterOf(doc)?.blocks ?? []).filter((b): b is ReportTable => b.type === 'table');
}

describe('the chapter of published figures', () => {
  it('is in a self-audit’s report by default, after the framework’s sections', () => {
    const doc = report(emptyReportDraft(), 'self-audit');
    const titles = doc.chapters.map((c) => `${c.number} ${c.title}`);
    const last = framework.sections.length + 2;
    expect(titles).toContain(`${last + 1} Our figures beside the published ones`);
    expect(titles.indexOf(`${last + 1} Our figures beside the published ones`)).toBe(
      titles.indexOf(`${last} ${framework.sections.at(-1)!.title}`) + 1,
    );
  });

  it('is left out of an inspection’s report unless the lead chooses it, and out when unticked', () => {
    expect(chapterOf(report())).toBeUndefined();
    expect(chapterOf(report(withStyle(true)))).toBeDefined();
    expect(chapterOf(report(withStyle(false), 'self-audit'))).toBeUndefined();
    expect(chapterOf(report(emptyReportDraft(), 'self-audit', null))).toBeUndefined();
  });

  it('has a numbered table per section, with the method as its note', () => {
    const tables = tablesOf(report(withStyle(true)));
    expect(tables.map((t) => t.caption)).toEqual(
      framework.sections.map((s) => `Our figures beside the published ones: ${s.title}`),
    );
    expect(tables.every((t) => /^Table \d+$/.test(t.number ?? ''))).toBe(true);
    expect(tables[0]!.head).toEqual([
      'Question',
      'This audit',
      'Published',
      'Where published',
      'Difference in points (95% interval)',
      'More than chance?',
    ]);
    for (const t of tables) expect(t.note).toContain(benchmarkMethodSentence());
    // A question for every published figure the findings compare (51 questions).
    expect(tables.reduce((n, t) => n + t.rows.length, 0)).toBe(
      new Set(benchmarks.figures.map((f) => f.itemId)).size,
    );
  });

  it('differs by 0 points from every published count, none more than chance would explain', () => {
    const rows = tablesOf(report(withStyle(true))).flatMap((t) => t.rows);
    const counts = rows.filter((r) => !r[2]!.includes('–'));
    expect(counts.length).toBeGreaterThan(20);
    for (const r of counts) {
      expect([r[0], r[4]!.split(' ')[0]]).toEqual([r[0], '0']);
      expect([r[0], r[5]]).toEqual([r[0], 'No']);
    }
    for (const r of rows) expect(r[5]!.startsWith('No')).toBe(true);
  });

  it('gives a worked row: what it counts, both figures, the words read and their place', () => {
    const rows = tablesOf(report(withStyle(true))).flatMap((t) => t.rows);
    const alloc = rows.find((r) =>
      r[0]!.startsWith('Was the case allocated promptly by the host YOT?'),
    );
    // The report: "38%" not allocated promptly, 23 of 60. The example's 60 cases give the same,
    // and its figure states the cases allocated promptly: 37 of 60, the report's other side.
    expect(alloc).toEqual([
      'Was the case allocated promptly by the host YOT? (counted: Yes)',
      '62% (37/60)',
      '62% (37/60), the other side of the report’s “38%”',
      'paragraph 3.4',
      expect.stringMatching(/^0 \(−\d+ to \+\d+\)$/),
      'No',
    ]);
  });

  it('leaves the report’s figure checks quiet', () => {
    const doc = report(withStyle(true));
    expect(doc.warnings.filter((w) => /figure/.test(w) && !/key findings/.test(w))).toEqual([]);
  });
});
