import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { queryOfCases } from './findingsQuery';

/** The findings screen of an inspection. */
export function findingsHref(inspectionId: string, query = ''): string {
  return inspectionHref(inspectionId, `/findings${query}`);
}

/** "Which cases?": the cases behind one figure, optionally of one breakdown group. */
export function casesHref(
  inspectionId: string,
  itemId: string,
  completeOnly: boolean,
  group: { by: string; key: string } | null = null,
): string {
  return inspectionHref(
    inspectionId,
    `/findings/${encodeURIComponent(itemId)}${queryOfCases({ completeOnly, group })}`,
  );
}

/** The lead's rating of one standard (set, change or remove an override). */
export function ratingHref(inspectionId: string, standardId: string, completeOnly = true): string {
  return inspectionHref(
    inspectionId,
    `/findings/ratings/${encodeURIComponent(standardId)}${completeOnly ? '' : '?basis=all'}`,
  );
}

export function caseHref(inspectionId: string, caseId: string): string {
  return inspectionHref(inspectionId, `/cases/${encodeURIComponent(caseId)}`);
}
