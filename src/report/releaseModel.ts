/**
 * The news release from an inspection: core's buildNewsRelease over the figures the report
 * states (reportFindings: the same options as the findings screen), issued by the report's
 * organisations.
 */
import { buildNewsRelease, emptyNewsRelease, type NewsReleaseDocument } from '../core';
import { type ReportSource, reportFindings } from './reportModel';

export function makeNewsRelease(source: ReportSource, completeOnly: boolean): NewsReleaseDocument {
  const { inspection, framework, draft } = source;
  return buildNewsRelease({
    inspection,
    cases: source.cases,
    findings: reportFindings(source, completeOnly),
    draft,
    release: draft.release ?? emptyNewsRelease(),
    organisations:
      inspection.organisations.length > 0 ? inspection.organisations : framework.publishers,
  });
}
