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
  ENGLISH,
  type FindingsResult,
  type Framework,
  findingsCasesOf,
  findingsOptionsFor,
  type Inspection,
  type ModerationSummary,
  type ReportDocument,
  type ReportDraft,
  type ReportWords,
  reportWords,
  type Translator,
} from '../core';
import type { Chart } from './charts/chartModel';
import { proportionChart } from './charts/findingsCharts';

export type ReportChartDocument = ReportDocument<Chart>;

/** On every rendering's title page: who made it, and how to read a figure. */
export const MADE_WITH =
  'Made with Case Audit. Figures are shown with their bases: 38% (23/60) is 23 of 60 cases.';

/** The words a renderer prints of its own, in the document's language (English when it has none). */
export function wordsOf(document: ReportDocument<unknown>): ReportWords {
  return document.words ?? reportWords(ENGLISH);
}

/** "Page 3 of 40" / "Tudalen 3 o 40". */
export function pageOfText(words: ReportWords, page: number, pages: number): string {
  return words.pageOf.replace('{page}', String(page)).replace('{pages}', String(pages));
}

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
  tr: Translator = ENGLISH,
): FindingsResult {
  const { inspection, framework, cases } = source;
  const options = findingsOptionsFor(inspection, { completeOnly, breakdownBy }, tr);
  return computeFindings(
    framework,
    findingsCasesOf(cases),
    tr.language === 'en' ? options : { ...options, language: tr.language },
  );
}

/** The cross-tabs the lead added to the draft, on the report's cases; any the framework lacks are left out. */
export function reportCrossTabs(
  source: ReportSource,
  completeOnly: boolean,
  tr: Translator = ENGLISH,
): CrossTab[] {
  const { inspection, framework } = source;
  const choices = new Set(crossTabChoicesOf(framework).map((c) => c.by));
  const cases = findingsCasesOf(source.cases);
  const { names } = findingsOptionsFor(inspection, {});
  return (source.draft.crossTabs ?? [])
    .filter((t) => choices.has(t.rows) && choices.has(t.cols) && t.rows !== t.cols)
    .map((t) =>
      computeCrossTab(framework, cases, { ...t, completeOnly, ...(names ? { names } : {}) }, tr),
    );
}

/**
 * The report in one language: `tr` says its words, and the source's framework is the
 * framework in that language (its questions, scales and statements).
 */
export function makeReportDocument(
  source: ReportSource,
  options: ReportOptions,
  tr: Translator = ENGLISH,
): ReportChartDocument {
  // One pass gives both: the figures over all cases, and each area's beside them.
  const byArea = source.inspection.areas.length > 1;
  const findings = reportFindings(source, options.completeOnly, byArea ? 'area' : null, tr);
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
    twoWay: options.twoWay
      ? reportFindings(source, options.completeOnly, options.twoWay, tr)
      : null,
    crossTabs: reportCrossTabs(source, options.completeOnly, tr),
    draft: source.draft,
    date: options.date,
    moderation: source.moderation ?? null,
    benchmarks: source.benchmarks ?? null,
    chartFor: (title, scored) =>
      proportionChart(title, scored, (id) => barLabel(text.get(id) ?? id), tr),
    ...(tr.language === 'en' ? {} : { tr }),
  });
}

/** One language of a report: its translator and the framework in that language. */
export type ReportEdition = { readonly tr: Translator; readonly framework: Framework };

/**
 * The report in each of its languages, in the order printed (Welsh first in a bilingual
 * report): one document per edition, for the renderers to draw in turn in one file. Each
 * edition's chapters are given ids of their own ("cy-summary", "en-summary") when there are
 * several, so links within the one file stay apart.
 */
export function makeReportDocuments(
  source: ReportSource,
  options: ReportOptions,
  editions: readonly ReportEdition[],
): ReportChartDocument[] {
  const several = editions.length > 1;
  return editions.map((edition) => {
    const document = makeReportDocument(
      { ...source, framework: edition.framework },
      options,
      edition.tr,
    );
    if (!several) return document;
    const prefix = `${edition.tr.language}-`;
    return {
      ...document,
      chapters: document.chapters.map((c) => ({ ...c, id: `${prefix}${c.id}` })),
      lists: {
        tables: document.lists.tables.map((e) => ({ ...e, chapterId: `${prefix}${e.chapterId}` })),
        figures: document.lists.figures.map((e) => ({
          ...e,
          chapterId: `${prefix}${e.chapterId}`,
        })),
      },
    };
  });
}
