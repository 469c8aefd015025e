/**
 * The news release, made off the page in the report worker (handlers joined to
 * reportService.ts's): its document for the preview, and its PDF, jsPDF loaded only then.
 */
import type { NewsReleaseDocument } from '../core';
import { loadFindingsSource } from '../db/cases/findingsSource';
import { loadReportDraft } from '../db/inspections/reportStore';
import { makeNewsRelease } from '../report/releaseModel';
import type { PdfResult, ReportReply } from './reportReplies';

export type ReleaseArgs = { readonly inspectionId: string; readonly completeOnly: boolean };

async function releaseOf(args: ReleaseArgs): Promise<ReportReply<NewsReleaseDocument>> {
  const [source, stored] = await Promise.all([
    loadFindingsSource(args.inspectionId),
    loadReportDraft(args.inspectionId),
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
  const { inspection, framework, cases } = source;
  return {
    status: 'ok',
    value: makeNewsRelease(
      { inspection, framework, cases, draft: stored.draft },
      args.completeOnly,
    ),
  };
}

async function releasePdf(args: ReleaseArgs): Promise<ReportReply<PdfResult>> {
  const made = await releaseOf(args);
  if (made.status !== 'ok') return made;
  const [{ jsPDF }, { autoTable }, { renderReleasePdf }] = await Promise.all([
    import('jspdf'),
    import('jspdf-autotable'),
    import('../report/pdf/renderReleasePdf'),
  ]);
  const { bytes, pages } = renderReleasePdf(made.value, { jsPDF, autoTable });
  return {
    status: 'ok',
    value: { bytes, pages, title: made.value.meta.title, warnings: made.value.warnings },
  };
}

export const releaseHandlers = { release: releaseOf, releasePdf };
