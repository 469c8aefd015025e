/**
 * What the comparison of two audits shows, as its address says it, so a reload or a shared link
 * shows the same figures:
 *
 *   /inspections/:id/compare   this audit against the one it repeats, else the most recent
 *                              earlier one on the same framework version
 *   ?with=<id>                 the earlier audit chosen
 *   &basis=all                 all cases in both (default: complete cases only)
 */
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';

export type CompareView = {
  /** The audit to compare with; null: the default one. */
  readonly with: string | null;
  readonly completeOnly: boolean;
};

function searchOf(url: string): URLSearchParams {
  const at = url.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : url.slice(at + 1).split('#')[0]);
}

export function compareViewFromUrl(url: string): CompareView {
  const query = searchOf(url);
  const chosen = query.get('with')?.trim() ?? '';
  return { with: chosen === '' ? null : chosen, completeOnly: query.get('basis') !== 'all' };
}

/** The comparison's address: `/inspections/a/compare?with=b`. */
export function compareHref(
  inspectionId: string,
  view: CompareView = { with: null, completeOnly: true },
): string {
  const query = new URLSearchParams();
  if (view.with !== null) query.set('with', view.with);
  if (!view.completeOnly) query.set('basis', 'all');
  const text = query.toString();
  return inspectionHref(inspectionId, `/compare${text === '' ? '' : `?${text}`}`);
}
