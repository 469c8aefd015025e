/** What every part of the report is built from: the input, shared lookups, and the warnings collected for the lead. */
import type { BenchmarkSet } from '../benchmarks/benchmarkSchema';
import type { CrossTab } from '../findings/crossTab';
import type { FindingsResult, ItemFinding } from '../findings/findingTypes';
import type { Framework } from '../framework/frameworkSchema';
import type { Translator } from '../i18n/translator';
import type { Inspection, InspectionKind } from '../inspection/inspectionSchema';
import { listInWords } from '../phrasing/listInWords';
import { checkReportText, type currentFigures } from './checkReportFigures';
import type { ReportBlock, ReportBullet } from './reportDocument';
import type { KeyFinding, ReportDraft } from './reportDraft';
import type { ReportTemplate } from './reportTemplates';

/**
 * The moderation summary for the methodology: core's `moderationSentence` over the inspection's
 * second readings (src/core/moderation); null when none is recorded.
 */
export type ModerationSummary = { readonly text: string };

export type ReportInput<C> = {
  readonly inspection: Inspection;
  readonly framework: Framework;
  /** The findings over the cases counted (the same figures as the findings screen). */
  readonly findings: FindingsResult;
  /** The same findings broken down by area, for the breakdown chapter; null: left out. */
  readonly byArea: FindingsResult | null;
  /** The same findings broken down two ways as the lead chose, for their tables; absent: none. */
  readonly twoWay?: FindingsResult | null;
  /** The cross-tabs the lead added to the draft, computed over the same cases; absent: none. */
  readonly crossTabs?: readonly CrossTab[];
  readonly draft: ReportDraft;
  /** The report's date (ISO, the day it is made, local time). */
  readonly date: string;
  readonly moderation?: ModerationSummary | null;
  /** The figures an inspection report published for the framework's questions; absent: none. */
  readonly benchmarks?: BenchmarkSet | null;
  /** Draws a standard's scored questions as a chart (src/report/charts); absent: no charts. */
  readonly chartFor?: (title: string, findings: readonly ItemFinding[]) => C | null;
  /**
   * The language the report is printed in; absent: English. The framework, findings and draft
   * given with it are in the same language (the caller passes the framework localised).
   */
  readonly tr?: Translator;
};

/**
 * How the cover names the inspection's kind, in the report's language, and which noun the
 * methodology uses for it (a key its message selects on).
 */
export function kindPhrases(
  tr: Translator,
): Record<InspectionKind, { cover: string; noun: string }> {
  return {
    inspection: {
      cover: tr.t('report', 'An inspection'),
      noun: 'inspection',
    },
    thematic: {
      cover: tr.t('report', 'A thematic inspection'),
      noun: 'inspection',
    },
    'self-audit': {
      cover: tr.t('report', 'A self-audit'),
      noun: 'audit',
    },
  };
}

/**
 * The words a built-in template prints (its cover's kind, its examples' labels), in the
 * report's language; a template's own words not known here print as written.
 */
export function templateWords(tr: Translator, text: string): string {
  switch (text) {
    case 'National inspection':
      return tr.t('report', 'National inspection');
    case 'A self-audit':
      return tr.t('report', 'A self-audit');
    case 'Case example':
      return tr.t('report', 'Case example');
    case 'Good practice example':
      return tr.t('report', 'Good practice example');
    case 'Practice example':
      return tr.t('report', 'Practice example');
    default:
      return text;
  }
}

/** "a, b and c" in the report's language (Welsh: "a, b a c", "ac" before a vowel). */
export function listed(tr: Translator, items: readonly string[]): string {
  if (tr.language === 'en' || items.length <= 1) return listInWords(items);
  const last = items[items.length - 1]!;
  const and = /^[aeiouwyâêîôûŵŷ]/i.test(last) ? 'ac' : 'a';
  return `${items.slice(0, -1).join(', ')} ${and} ${last}`;
}

export function paragraphs<C>(text: string, variant?: 'note' | 'lead'): ReportBlock<C>[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p !== '')
    .map((p) =>
      variant ? { type: 'paragraph', text: p, variant } : { type: 'paragraph', text: p },
    );
}

export type Context<C> = {
  readonly input: ReportInput<C>;
  /** Says the report's fixed words, dates and numbers in its language. */
  readonly tr: Translator;
  readonly questionText: ReadonlyMap<string, string>;
  readonly figures: ReturnType<typeof currentFigures>;
  readonly warnings: string[];
  readonly allowedNames: readonly string[];
  /** The house style the report follows (the draft's choice or its inspection kind's). */
  readonly template: ReportTemplate;
};

/** A key finding as a bullet, with any figure the data no longer gives flagged. */
export function bullet<C>(ctx: Context<C>, finding: KeyFinding, where: string): ReportBullet {
  const issues = checkReportText(finding.text, ctx.figures, finding.source);
  const warnings = issues.map((i) => i.message);
  for (const w of warnings) ctx.warnings.push(`${where}: ${w}`);
  return { text: finding.text, warnings };
}

/** Warnings on free text (summary, conclusions), kept for the lead; the text prints as written. */
export function checkFreeText<C>(ctx: Context<C>, text: string, where: string): void {
  for (const issue of checkReportText(text, ctx.figures))
    ctx.warnings.push(`${where}: ${issue.message}`);
}

/**
 * A chapter's (or the summary's) "Key findings": the lead's choice only. None chosen: no
 * sentence from the data is printed in their place; the preview shows a placeholder and the
 * checks say so, so a chapter never lists more key findings than the lead chose.
 */
export function keyFindingBlocks<C>(
  ctx: Context<C>,
  chosen: readonly KeyFinding[],
  place: { readonly where: string; readonly placeholder: string; readonly check: string },
): ReportBlock<C>[] {
  const written = chosen.filter((k) => k.text.trim() !== '');
  if (written.length === 0) {
    ctx.warnings.push(`${place.check}: no key findings chosen`);
    return [
      {
        type: 'placeholder',
        text: place.placeholder,
      },
    ];
  }
  return [
    { type: 'subheading', level: 3, text: ctx.tr.t('report', 'Key findings') },
    { type: 'bullets', items: written.map((k) => bullet(ctx, k, place.where)) },
  ];
}
