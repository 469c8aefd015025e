/**
 * What every report the worker makes is drawn from (the report itself, the news release): the
 * inspection, its framework, its cases and the lead's draft, read from IndexedDB together, with
 * the figures published for the framework's questions in use (imported, else shipped); or, in words, why it
 * cannot be made here.
 */

import { loadFindingsSource } from '../db/cases/findingsSource';
import { benchmarksFor } from '../db/frameworks/benchmarkStore';
import { loadReportDraft } from '../db/inspections/reportStore';
import type { ReportSource } from '../report/reportModel';
import type { ReportReply } from './reportReplies';

export async function loadReportSource(
  inspectionId: string,
): Promise<ReportReply<Omit<ReportSource, 'moderation'>>> {
  const [source, stored] = await Promise.all([
    loadFindingsSource(inspectionId),
    loadReportDraft(inspectionId),
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
  const benchmarks = await benchmarksFor(framework);
  return { status: 'ok', value: { inspection, framework, cases, draft: stored.draft, benchmarks } };
}
