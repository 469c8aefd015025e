/**
 * The news release, made off the page in the report worker (handlers joined to
 * reportService.ts's): its document for the preview, its PDF and its Word file, jsPDF or docx
 * loaded only then.
 */
import type { NewsReleaseDocument } from '../core';
import { makeNewsRelease } from '../report/releaseModel';
import type { PdfResult, ReportReply, WordResult } from './reportReplies';
import { loadReportSource } from './reportSource';

export type ReleaseArgs = { readonly inspectionId: string; readonly completeOnly: boolean };

async function releaseOf(args: ReleaseArgs): Promise<ReportReply<NewsReleaseDocument>> {
  const source = await loadReportSource(args.inspectionId);
  if (source.status !== 'ok') return source;
  return { status: 'ok', value: makeNewsRelease(source.value, args.completeOnly) };
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

/** Progress of the release's Word file: the figures, then the library (it is laid out at once). */
export type ReleaseStep = { readonly step: 'figures' } | { readonly step: 'library' };

async function releaseDocx(
  args: ReleaseArgs,
  progress: (step: ReleaseStep) => void,
): Promise<ReportReply<WordResult>> {
  progress({ step: 'figures' });
  const made = await releaseOf(args);
  if (made.status !== 'ok') return made;
  progress({ step: 'library' });
  const [library, { renderReleaseDocx }] = await Promise.all([
    import('docx'),
    import('../report/docx/renderReleaseDocx'),
  ]);
  const bytes = await renderReleaseDocx(made.value, library);
  return {
    status: 'ok',
    value: { bytes, title: made.value.meta.title, warnings: made.value.warnings },
  };
}

export const releaseHandlers = { release: releaseOf, releasePdf, releaseDocx };
