/**
 * The report, made off the page (report.worker.ts): the worker reads the inspection from
 * IndexedDB itself, computes its findings, builds the report document (src/report/reportModel)
 * and, for a PDF or a Word file, loads jsPDF or docx with `import()` only then and draws it —
 * so a thousand-case report never freezes the screen. The HTML file is drawn from the same
 * document as text. Where workers are unavailable the bridge runs these same
 * handlers on the page.
 */

import { combinedFindingsDocument, localiseFramework, reportLanguagesInOrder } from '../core';
import { loadModerationSummary } from '../db/moderation/moderationStore';
import { renderReportHtml } from '../report/html/renderReportHtml';
import { documentNeedsUnicodeFont } from '../report/pdf/pdfText';
import type { PdfProgress } from '../report/pdf/renderReportPdf';
import {
  makeReportDocuments,
  type ReportChartDocument,
  type ReportEdition,
} from '../report/reportModel';
import { combineSources, loadFindingsSources } from './combinedFindings';
import { committeePaperHandlers } from './committeePaperService';
import { translatorFor } from './editionTranslator';
import { loadPdfFonts } from './pdfFonts';
import { releaseHandlers } from './releaseService';
import type { PdfResult, ReportReply, WordResult } from './reportReplies';
import { loadReportSource } from './reportSource';

export type { PdfResult, ReportReply, WordResult };

export type ReportArgs = {
  readonly inspectionId: string;
  /** The report's date, `yyyy-mm-dd`, local time on the page. */
  readonly date: string;
  readonly completeOnly: boolean;
  /** Two-way tables the lead chose (rows, then columns); absent or null: none. */
  readonly twoWay?: readonly [string, string] | null;
};

/**
 * The report in the language its draft chose, one document per edition in print order (a
 * bilingual report: the Welsh, then the English). Each edition reads the framework in its
 * language; ratings keep their stored values, which overrides are compared with.
 */
async function documentsOf(args: ReportArgs): Promise<ReportReply<ReportChartDocument[]>> {
  const [source, moderation] = await Promise.all([
    loadReportSource(args.inspectionId),
    loadModerationSummary(args.inspectionId),
  ]);
  if (source.status !== 'ok') return source;
  const languages = reportLanguagesInOrder(source.value.draft.style?.language ?? 'en');
  const editions: ReportEdition[] = await Promise.all(
    languages.map(async (language) => ({
      tr: await translatorFor(language),
      framework: localiseFramework(source.value.framework, language, { keepRatings: true }),
    })),
  );
  return {
    status: 'ok',
    value: makeReportDocuments(
      { ...source.value, moderation: moderation ? { text: moderation.text } : null },
      { completeOnly: args.completeOnly, date: args.date, twoWay: args.twoWay ?? null },
      editions,
    ),
  };
}

/** What the files are called and warn of: the first edition's (the Welsh in a bilingual one). */
function firstOf(documents: readonly ReportChartDocument[]): ReportChartDocument {
  return documents[0]!;
}

/** Progress of a PDF: `loading` the library, then chapters drawn. */
export type PdfStep =
  | { readonly step: 'figures' }
  | { readonly step: 'library' }
  | ({ readonly step: 'drawing' } & PdfProgress);

async function pdf(
  args: ReportArgs,
  progress: (step: PdfStep) => void,
): Promise<ReportReply<PdfResult>> {
  progress({ step: 'figures' });
  const made = await documentsOf(args);
  if (made.status !== 'ok') return made;
  progress({ step: 'library' });
  const [{ jsPDF }, { autoTable }, { renderReportPdf }] = await Promise.all([
    import('jspdf'),
    import('jspdf-autotable'),
    import('../report/pdf/renderReportPdf'),
  ]);
  // Noto Sans only for text Helvetica cannot draw (Welsh ŵ, ŷ): fetched only then.
  const fonts = documentNeedsUnicodeFont(made.value) ? await loadPdfFonts() : null;
  const { bytes, pages } = renderReportPdf(made.value, { jsPDF, autoTable, fonts }, (p) =>
    progress({ step: 'drawing', ...p }),
  );
  const first = firstOf(made.value);
  return {
    status: 'ok',
    value: { bytes, pages, title: first.meta.title, warnings: first.warnings },
  };
}

export type HtmlResult = {
  /** The whole report as one self-contained HTML file. */
  readonly html: string;
  readonly title: string;
  /** Problems the lead should see (stale figures, names in examples). */
  readonly warnings: readonly string[];
};

/** The report as accessible HTML, from the same document the PDF draws. */
async function html(args: ReportArgs): Promise<ReportReply<HtmlResult>> {
  const made = await documentsOf(args);
  if (made.status !== 'ok') return made;
  const first = firstOf(made.value);
  return {
    status: 'ok',
    value: {
      html: renderReportHtml(made.value),
      title: first.meta.title,
      warnings: first.warnings,
    },
  };
}

/**
 * The report as a Word file: the docx library loaded with `import()` only then, the charts
 * drawn on an OffscreenCanvas where the browser has one (else given as tables of figures).
 */
async function docx(
  args: ReportArgs,
  progress: (step: PdfStep) => void,
): Promise<ReportReply<WordResult>> {
  progress({ step: 'figures' });
  const made = await documentsOf(args);
  if (made.status !== 'ok') return made;
  progress({ step: 'library' });
  const [library, { renderReportDocx }, { offscreenChartPictures }] = await Promise.all([
    import('docx'),
    import('../report/docx/renderReportDocx'),
    import('../report/docx/chartPicture'),
  ]);
  const bytes = await renderReportDocx(made.value, library, {
    pictures: offscreenChartPictures(),
    onProgress: (p) => progress({ step: 'drawing', ...p }),
  });
  const first = firstOf(made.value);
  return { status: 'ok', value: { bytes, title: first.meta.title, warnings: first.warnings } };
}

export type CombinedPdfArgs = {
  /** The inspections analysed together, in the order chosen. */
  readonly ids: readonly string[];
  /** The day it is made, `yyyy-mm-dd`, local time on the page. */
  readonly date: string;
  readonly completeOnly: boolean;
};

/** The printable summary of inspections analysed together, drawn as the report is. */
async function combinedPdf(args: CombinedPdfArgs): Promise<ReportReply<PdfResult>> {
  const combined = combineSources(args.ids, await loadFindingsSources(args.ids), args.completeOnly);
  if (combined.status !== 'ready') return { status: 'missing', message: combined.problem };
  const document = combinedFindingsDocument(combined.framework, combined.result, args.date);
  const [{ jsPDF }, { autoTable }, { renderReportPdf }] = await Promise.all([
    import('jspdf'),
    import('jspdf-autotable'),
    import('../report/pdf/renderReportPdf'),
  ]);
  const fonts = documentNeedsUnicodeFont(document) ? await loadPdfFonts() : null;
  const { bytes, pages } = renderReportPdf(document, { jsPDF, autoTable, fonts });
  return { status: 'ok', value: { bytes, pages, title: document.meta.title, warnings: [] } };
}

export const reportHandlers = {
  document: documentsOf,
  pdf,
  html,
  docx,
  combinedPdf,
  ...releaseHandlers,
  ...committeePaperHandlers,
};
export type ReportHandlers = typeof reportHandlers;
