/**
 * What the combined findings show, as the address says it, so a reload or a shared link shows
 * the same figures:
 *
 *   /analysis?ids=a,b,c   the inspections analysed together, in the order chosen
 *   &basis=all            all cases (default: complete cases only)
 */

export const COMBINED_PATH = '/analysis';

export type CombinedView = {
  readonly ids: readonly string[];
  readonly completeOnly: boolean;
};

function searchOf(url: string): URLSearchParams {
  const at = url.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : url.slice(at + 1).split('#')[0]);
}

export function combinedViewFromUrl(url: string): CombinedView {
  const query = searchOf(url);
  const ids = (query.get('ids') ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  return { ids: [...new Set(ids)], completeOnly: query.get('basis') !== 'all' };
}

/** The address of a view: `/analysis?ids=a,b`; commas kept readable. */
export function combinedHref(view: CombinedView): string {
  const parts: string[] = [];
  if (view.ids.length > 0) parts.push(`ids=${view.ids.map(encodeURIComponent).join(',')}`);
  if (!view.completeOnly) parts.push('basis=all');
  return parts.length === 0 ? COMBINED_PATH : `${COMBINED_PATH}?${parts.join('&')}`;
}
