/**
 * The combined findings of the inspections in the address, kept up to date as their cases
 * change (also in another tab).
 */
import { useMemo } from 'preact/hooks';
import {
  type CombinedFindings,
  combineSources,
  loadFindingsSources,
} from '../../../workers/combinedFindings';
import { useLive } from '../../hooks/useLive';
import type { CombinedView } from './combinedQuery';

export type CombinedState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed' }
  | CombinedFindings;

export function useCombinedFindings(view: CombinedView): CombinedState {
  const key = view.ids.join(',');
  const live = useLive(() => loadFindingsSources(view.ids), [key]);
  return useMemo((): CombinedState => {
    if (live.status === 'loading') return { status: 'loading' };
    if (live.status === 'failed') return { status: 'failed' };
    return combineSources(view.ids, live.value, view.completeOnly);
  }, [live, view.completeOnly]);
}
