/**
 * The report, made off the page (report.worker.ts): the worker reads the inspection from
 * IndexedDB itself, computes its findings, builds the report document (src/report/reportModel)
 * and, for a PDF, loads jsPDF with `import()` only then and draws it — so a thousand-case
 * report never freezes the screen. Where workers are unavailable the bridge runs these same
 * handlers on the page.
 */
import { loadFindingsSource } from '../db/cases/findingsSource';
import { loadReportDraft } from '../db/inspections/reportStore';
import { loadModerationSummary } from '../db/moderation/moderationStore';
import type { PdfProgress } from '../report/pdf/renderReportPdf';
import { makeReportDocument, type ReportChartDocument } from '../report/reportModel';

export type ReportArgs = {
  readonly inspectionId: string;
  /** The report's date, `yyyy-mm-dd`, local time on the page. */
  readonly date: string;
  readonly completeOnly: boolean;
};

export type ReportReply<T> =
  | { readonly status: 'ok'; readonly value: T }
  | { readonly status: 'missing'; readonly message: string };

async function documentOf(args: ReportArgs): Promise<ReportReply<ReportChartDocument>> {
  const [source, stored, moderation] = await Promise.all([
    loadFindingsSource(args.inspectionId),
    loadReportDraft(args.inspectionId),
    loadModerationSummary(args.inspectionId),
  ]);
  if (!source)
    return { status: 'missing', message: 'This inspection is no longer on this device.' };
  if (!source.framework) {
    return {
      status: 'missing',
      message: 'The framework this inspection is pinned to is not on this device.',
    };
  }
  if (stored.status !== 'ok') {
    return {
      status: 'missing',
      message: 'The report text stored for this inspection cannot be read by this version.',
    };
  }
  return {
    status: 'ok',
    value: makeReportDocument(
      {
        inspection: source.inspection,
        framework: source.framework,
        cases: source.cases,
        draft: stored.draft,
        moderation: moderation ? { text: moderation.text } : null,
      },
      { completeOnly: args.completeOnly, date: args.date },
    ),
  };
}

/** Progress of a PDF: `loading` the library, then chapters drawn. */
export type PdfStep =
  | { readonly step: 'figures' }
  | { readonly step: 'library' }
  | ({ readonly step: 'drawing' } & PdfProgress);

export type PdfResult = {
  readonly bytes: ArrayBuffer;
  readonly pages: number;
  readonly title: string;
  /** Problems the lead should see (stale figures, names in examples). */
  readonly warnings: readonly string[];
};

async function pdf(
  args: ReportArgs,
  progress: (step: PdfStep) => void,
): Promise<ReportReply<PdfResult>> {
  progress({ step: 'figures' });
  const made = await documentOf(args);
  if (made.status !== 'ok') return made;
  progress({ step: 'library' });
  const [{ jsPDF }, { autoTable }, { renderReportPdf }] = await Promise.all([
    import('jspdf'),
    import('jspdf-autotable'),
    import('../report/pdf/renderReportPdf'),
  ]);
  const { bytes, pages } = renderReportPdf(made.value, { jsPDF, autoTable }, (p) =>
    progress({ step: 'drawing', ...p }),
  );
  return {
    status: 'ok',
    value: { bytes, pages, title: made.value.meta.title, warnings: made.value.warnings },
  };
}

export const reportHandlers = { document: documentOf, pdf };
export type ReportHandlers = typeof reportHandlers;
