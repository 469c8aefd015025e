/**
 * The report as a structured document: what `buildReport` makes and what both renderers — the
 * HTML preview and the PDF — draw, so the two always say the same. Plain data (it crosses to
 * the PDF worker). `C` is the chart model of the caller (src/report/charts), which core does not
 * know: core only places the charts.
 */
import type { ReportLogo } from './reportDraft';

export type ReportTable = {
  readonly type: 'table';
  /** "Table 3" when the template numbers tables: printed before the caption and listed. */
  readonly number?: string;
  readonly caption: string;
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Columns holding figures, aligned right. */
  readonly numeric: readonly boolean[];
  /** Relative column widths; absent: the renderer decides. */
  readonly widths?: readonly number[];
  /** Under the table: bases, what is left out of them. */
  readonly note?: string;
};

export type ReportRating = {
  readonly type: 'rating';
  /** "Standard 2.1 Assessment" */
  readonly title: string;
  /** The rating in force ("Good"), or "Not rated". */
  readonly rating: string;
  /** How it was reached: the rule, the key question and its figure, the override and why. */
  readonly lines: readonly string[];
  readonly overridden: boolean;
};

export type ReportExampleBlock = {
  readonly type: 'example';
  /** "Case example: criminalisation", "Good practice example: education" */
  readonly label: string;
  readonly text: string;
  /** "Credited to: Blackpool YOT"; null when not credited. */
  readonly credit: string | null;
  /** Things in the text that look like personal data (shown in the preview, never printed). */
  readonly warnings: readonly string[];
};

export type ReportChartBlock<C> = {
  readonly type: 'chart';
  readonly chart: C;
  /** "Figures: Standard 2.1 Assessment", printed under the chart and listed. */
  readonly caption: string;
  /** "Figure 2" when the template numbers figures. */
  readonly number?: string;
};

export type ReportBullet = {
  readonly text: string;
  /** A figure the data no longer gives, or words that contradict a figure (preview only). */
  readonly warnings: readonly string[];
};

export type ReportBlock<C> =
  | {
      readonly type: 'paragraph';
      readonly text: string;
      readonly variant?: 'note' | 'lead';
      /** "3.2" when the lead numbers paragraphs: printed before the text, as HMIP reports do. */
      readonly number?: string;
    }
  | { readonly type: 'subheading'; readonly text: string; readonly level: 3 | 4 }
  | { readonly type: 'bullets'; readonly items: readonly ReportBullet[] }
  | ReportTable
  | ReportChartBlock<C>
  | ReportRating
  | ReportExampleBlock
  | {
      readonly type: 'recommendations';
      readonly groups: readonly {
        /** "Local authorities should ensure that:" */
        readonly lead: string;
        readonly items: readonly ReportBullet[];
      }[];
    }
  | {
      readonly type: 'definitions';
      readonly items: readonly { readonly term: string; readonly definition: string }[];
    }
  | ReportPlaceholder;

/**
 * Where the lead has still to choose something (a chapter's key findings): shown in the preview
 * so the gap is seen, never printed. Every renderer of a published form (PDF, HTML, Word) skips it.
 */
export type ReportPlaceholder = {
  readonly type: 'placeholder';
  /** "No key findings chosen for this chapter: choose them in the report’s text." */
  readonly text: string;
};

export type ReportChapter<C> = {
  /** Stable id, for links and the contents (`summary`, `section-yot-work`, `appendix-glossary`). */
  readonly id: string;
  /** "1", "Appendix 2"; null for front matter (foreword, summary, recommendations). */
  readonly number: string | null;
  readonly title: string;
  readonly blocks: readonly ReportBlock<C>[];
};

export type ReportDocument<C> = {
  /** For the PDF's properties and the page title. */
  readonly meta: {
    readonly title: string;
    readonly subject: string;
    readonly author: string;
    readonly keywords: string;
    readonly language: string;
  };
  readonly titlePage: {
    readonly title: string;
    /** "A thematic inspection", "A self-audit" */
    readonly kind: string;
    readonly organisations: readonly string[];
    /** "November 2026" */
    readonly date: string;
    /** "Framework: <title>, version 1.0.0" */
    readonly framework: string;
    /** Set for example data: the report says so on its cover. */
    readonly notice: string | null;
    /** The logo the user supplied, drawn at the top of the cover; null: none. */
    readonly logo: ReportLogo | null;
  };
  /** The numbered tables and figures, listed after the contents; empty when the template numbers or lists none. */
  readonly lists: {
    readonly tables: readonly ReportListEntry[];
    readonly figures: readonly ReportListEntry[];
  };
  /** Printed at the top of every page after the title page. */
  readonly runningHeader: string;
  readonly chapters: readonly ReportChapter<C>[];
  /** Problems the lead should see before publishing (stale figures, names); never printed. */
  readonly warnings: readonly string[];
  /** The words the renderers print around the chapters, in the report's language; absent: English. */
  readonly words?: ReportWords;
};

/** What a renderer prints of its own (contents, page numbers), said in the report's language. */
export type ReportWords = {
  readonly contents: string;
  readonly listOfTables: string;
  readonly listOfFigures: string;
  /** On the title page: who made it and how to read a figure. */
  readonly madeWith: string;
  /** "Page {page} of {pages}": the renderer puts in the numbers. */
  readonly pageOf: string;
};

/** A line of the list of tables or figures: "Table 3: Figures: Standard 2.1 Assessment". */
export type ReportListEntry = {
  /** "Table 3", "Figure 2" */
  readonly number: string;
  readonly caption: string;
  /** The chapter it is in, for links and page numbers. */
  readonly chapterId: string;
};

/** "1. Scope and methodology", "Appendix 1: Questions", "Summary". */
export function chapterHeading(chapter: { number: string | null; title: string }): string {
  if (chapter.number === null) return chapter.title;
  // A numbered chapter is a number alone; an appendix is named ("Appendix 1", "Atodiad 1").
  return /^\d+$/.test(chapter.number)
    ? `${chapter.number}. ${chapter.title}`
    : `${chapter.number}: ${chapter.title}`;
}

/** "Table 3: Cases by area"; the caption alone where the template does not number it. */
export function numberedCaption(item: {
  readonly number?: string;
  readonly caption: string;
}): string {
  return item.number ? `${item.number}: ${item.caption}` : item.caption;
}

/** The id a list of tables or figures links to: "Table 3" → `table-3`. */
export function anchorOf(number: string): string {
  return number
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
