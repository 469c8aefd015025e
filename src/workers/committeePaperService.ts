/**
 * The committee paper, made off the page in the report worker (handlers joined to
 * reportService.ts's): the inspection, its findings as the report states them, the published
 * figures in use for its framework version (imported, else those that ship), the register and
 * the paper's own words, read together; its document for the preview, its PDF and its Word
 * file, jsPDF or docx loaded only then and drawn by the report's own renderers without a
 * contents page.
 */

import {
  buildCommitteePaper,
  type CommitteePaperDocument,
  localiseFramework,
  reportLanguagesInOrder,
} from '../core';
import { loadFindingsSource } from '../db/cases/findingsSource';
import { benchmarksFor } from '../db/frameworks/benchmarkStore';
import { loadCommitteePaper } from '../db/register/committeePaperStore';
import { loadRegister } from '../db/register/registerStore';
import { documentNeedsUnicodeFont } from '../report/pdf/pdfText';
import { reportFindings } from '../report/reportModel';
import { translatorFor } from './editionTranslator';
import { loadPdfFonts } from './pdfFonts';
import type { PdfResult, ReportReply, WordResult } from './reportReplies';

export type CommitteePaperArgs = {
  readonly inspectionId: string;
  /** The day it is made, `yyyy-mm-dd`, local time on the page: actions due before it are overdue. */
  readonly today: string;
};

/**
 * The paper in the language its draft chose, one document per edition in print order (in both
 * languages: the Welsh, then the English); each edition reads the framework in its language.
 */
async function committeePaper(
  args: CommitteePaperArgs,
): Promise<ReportReply<CommitteePaperDocument[]>> {
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
  const findings = reportFindings({ inspection, framework, cases }, true);
  const benchmarks = await benchmarksFor(framework);
  const value = await Promise.all(
    reportLanguagesInOrder(paper.draft.language ?? 'en').map(async (language) =>
      buildCommitteePaper(
        {
          inspection,
          framework: localiseFramework(framework, language, { keepRatings: true }),
          findings,
          benchmarks,
          recommendations: register.recommendations,
          draft: paper.draft,
          today: args.today,
        },
        await translatorFor(language),
      ),
    ),
  );
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
  const first = made.value[0]!;
  return {
    status: 'ok',
    value: { bytes, pages, title: first.meta.title, warnings: first.warnings },
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
  const first = made.value[0]!;
  return {
    status: 'ok',
    value: { bytes, title: first.meta.title, warnings: first.warnings },
  };
}

export const committeePaperHandlers = { committeePaper, committeePaperPdf, committeePaperDocx };
