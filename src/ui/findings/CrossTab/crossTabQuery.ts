/**
 * The cross-tab screen's address holds what is shown, so it survives a reload and can be shared:
 *   ?rows=<id>&cols=<id>   the two variables (area, stratum, inspector, a question or profile field)
 *   ?basis=all             all cases (default: complete cases only, as the findings)
 */
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';

export type CrossTabView = {
  readonly rows: string | null;
  readonly cols: string | null;
  readonly completeOnly: boolean;
};

export function crossTabViewFromUrl(url: string): CrossTabView {
  const at = url.indexOf('?');
  const query = new URLSearchParams(at < 0 ? '' : url.slice(at + 1).split('#')[0]);
  return {
    rows: query.get('rows') || null,
    cols: query.get('cols') || null,
    completeOnly: query.get('basis') !== 'all',
  };
}

export function queryOfCrossTab(view: CrossTabView): string {
  const query = new URLSearchParams();
  if (view.rows) query.set('rows', view.rows);
  if (view.cols) query.set('cols', view.cols);
  if (!view.completeOnly) query.set('basis', 'all');
  const text = query.toString();
  return text === '' ? '' : `?${text}`;
}

/** The cross-tab screen of an inspection. */
export function crossTabHref(inspectionId: string, view?: CrossTabView): string {
  return inspectionHref(inspectionId, `/findings/cross-tab${view ? queryOfCrossTab(view) : ''}`);
}
