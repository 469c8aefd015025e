/**
 * The report document with charts: core's `buildReport` over the inspection's findings, each
 * standard's scored questions drawn with the findings screen's chart builder. The HTML preview
 * and the PDF both render what this returns, so they always agree with each other and with the
 * findings screen.
 */
import {
  type BenchmarkSet,
  type BreakdownSpec,
  buildReport,
  type CaseWithAnswers,
  type CrossTab,
  computeCrossTab,
  computeFindings,
  crossTabChoicesOf,
  type FindingsResult,
  type Framework,
  findingsCasesOf,
  findingsOptionsFor,
  type Inspection,
  type ModerationSummary,
  type ReportDocument,
  type ReportDraft,
} from '../core';
import type { Chart } from './charts/chartModel';
import { proportionChart } from './charts/findingsCharts';

export type ReportChartDocument = ReportDocument<Chart>;

/** On every rendering's title page: who made it, and how to read a figure. */
export const MADE_WITH =
  'Made with Case Audit. Figures are shown with their bases: 38% (23/60) is 23 of 60 cases.';

export type ReportOptions = {
  /** Count only cases marked complete (the findings screen's default) or all cases. */
  readonly completeOnly: boolean;
  /** The report's date, `yyyy-mm-dd` in local time. */
  readonly date: string;
  /** Two-way tables the lead chose (rows, then columns: area and stratum); absent: none. */
  readonly twoWay?: readonly [string, string] | null;
};

export type ReportSource = {
  readonly inspection: Inspection;
  readonly framework: Framework;
  readonly cases: readonly CaseWithAnswers[];
  readonly draft: ReportDraft;
  /** The moderation summary for the methodology; absent or null: none recorded. */
  readonly moderation?: ModerationSummary | null;
  /** The figures published for the framework's questions, for their chapter; absent: none. */
  readonly benchmarks?: BenchmarkSet | null;
};

/** A label short enough for a bar: the question's text, cut at a word near 70 characters. */
export function barLabel(text: string): string {
  if (text.length <= 70) return text;
  const cut = text.slice(0, 70);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : 70).trimEnd()}…`;
}

/** The findings the report states: the same options as the findings screen. */
export function reportFindings(
  source: Omit<ReportSource, 'draft'>,
  completeOnly: boolean,
  breakdownBy: BreakdownSpec | null = null,
): FindingsResult {
  const { inspection, framework, cases } = source;
  return computeFindings(
    framework,
    findingsCasesOf(cases),
    findingsOptionsFor(inspection, { completeOnly, breakdownBy }),
  );
}

/** The cross-tabs the lead added to the draft, on the report's cases; any the framework lacks are left out. */
export function reportCrossTabs(source: ReportSource, completeOnly: boolean): CrossTab[] {
  const { inspection, framework } = source;
  const choices = new Set(crossTabChoicesOf(framework).map((c) => c.by));
  const cases = findingsCasesOf(source.cases);
  const { names } = findingsOptionsFor(inspection, {});
  return (source.draft.crossTabs ?? [])
    .filter((t) => choices.has(t.rows) && choices.has(t.cols) && t.rows !== t.cols)
    .map((t) =>
      computeCrossTab(framework, cases, { ...t, completeOnly, ...(names ? { names } : {}) }),
    );
}

export function makeReportDocument(
  source: ReportSource,
  options: ReportOptions,
): ReportChartDocument {
  // One pass gives both: the figures over all cases, and each area's beside them.
  const byArea = source.inspection.areas.length > 1;
  const findings = reportFindings(source, options.completeOnly, byArea ? 'area' : null);
  const text = new Map<string, string>();
  for (const section of source.framework.sections) {
    for (const standard of section.standards) {
      for (const q of standard.questions) text.set(q.id, q.text);
    }
  }
  return buildReport<Chart>({
    inspection: source.inspection,
    framework: source.framework,
    findings,
    byArea: byArea ? findings : null,
    twoWay: options.twoWay ? reportFindings(source, options.completeOnly, options.twoWay) : null,
    crossTabs: reportCrossTabs(source, options.completeOnly),
    draft: source.draft,
    date: options.date,
    moderation: source.moderation ?? null,
    benchmarks: source.benchmarks ?? null,
    chartFor: (title, scored) =>
      proportionChart(title, scored, (id) => barLabel(text.get(id) ?? id)),
  });
}
