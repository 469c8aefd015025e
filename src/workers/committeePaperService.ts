/**
 * The committee paper, made off the page in the report worker (handlers joined to
 * reportService.ts's): the inspection, its findings as the report states them, the published
 * figures in use for its framework version (imported, else those that ship), the register and
 * the paper's own words, read together; its document for the preview, its PDF and its Word
 * file, jsPDF or docx loaded only then and drawn by the report's own renderers without a
 * contents page.
 */

import { buildCommitteePaper, type CommitteePaperDocument } from '../core';
import { loadFindingsSource } from '../db/cases/findingsSource';
import { benchmarksFor } from '../db/frameworks/benchmarkStore';
import { loadCommitteePaper } from '../db/register/committeePaperStore';
import { loadRegister } from '../db/register/registerStore';
import { documentNeedsUnicodeFont } from '../report/pdf/pdfText';
import { reportFindings } from '../report/reportModel';
import { loadPdfFonts } from './pdfFonts';
import type { PdfResult, ReportReply, WordResult } from './reportReplies';

export type CommitteePaperArgs = {
  readonly inspectionId: string;
  /** The day it is made, `yyyy-mm-dd`, local time on the page: actions due before it are overdue. */
  readonly today: string;
};

async function committeePaper(
  args: CommitteePaperArgs,
): Promise<ReportReply<CommitteePaperDocument>> {
  const [source, register, paper] = await Promise.all([
    loadFindingsSource(args.inspectionId),
    loadRegister(args.inspectionId),
    loadCommitteePaper(args.inspectionId),
  ]);
  if (!source)
    return { status: 'missing', message: 'This inspection is no longer on this device.' };
  const { inspection, framework, cases } = source;
  if (!framework) {
    return {
      status: 'missing',
      message: 'The framework this inspection is pinned to is not on this device.',
    };
  }
  if (register.status !== 'ok') {
    return {
      status: 'missing',
      message: 'The register stored for this inspection cannot be read by this version.',
    };
  }
  if (paper.status !== 'ok') {
    return {
      status: 'missing',
      message: 'The committee paper stored for this inspection cannot be read by this version.',
    };
  }
  const value = buildCommitteePaper({
    inspection,
    framework,
    findings: reportFindings({ inspection, framework, cases }, true),
    benchmarks: await benchmarksFor(framework),
    recommendations: register.recommendations,
    draft: paper.draft,
    today: args.today,
  });
  return { status: 'ok', value };
}

async function committeePaperPdf(args: CommitteePaperArgs): Promise<ReportReply<PdfResult>> {
  const made = await committeePaper(args);
  if (made.status !== 'ok') return made;
  const [{ jsPDF }, { autoTable }, { renderReportPdf }] = await Promise.all([
    import('jspdf'),
    import('jspdf-autotable'),
    import('../report/pdf/renderReportPdf'),
  ]);
  const fonts = documentNeedsUnicodeFont(made.value) ? await loadPdfFonts() : null;
  const { bytes, pages } = renderReportPdf(made.value, { jsPDF, autoTable, fonts }, undefined, {
    contents: false,
  });
  return {
    status: 'ok',
    value: { bytes, pages, title: made.value.meta.title, warnings: made.value.warnings },
  };
}

async function committeePaperDocx(args: CommitteePaperArgs): Promise<ReportReply<WordResult>> {
  const made = await committeePaper(args);
  if (made.status !== 'ok') return made;
  const [library, { renderReportDocx }] = await Promise.all([
    import('docx'),
    import('../report/docx/renderReportDocx'),
  ]);
  const bytes = await renderReportDocx(made.value, library, { contents: false });
  return {
    status: 'ok',
    value: { bytes, title: made.value.meta.title, warnings: made.value.warnings },
  };
}

export const committeePaperHandlers = { committeePaper, committeePaperPdf, committeePaperDocx };
