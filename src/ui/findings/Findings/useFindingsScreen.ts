/**
 * The cases read from this device and their figures, worked out in the findings worker for
 * what the address shows, with performance marks from the cases read to the figures on screen
 * (README, `npm run bench`).
 */
import { useEffect, useMemo } from 'preact/hooks';
import { type Framework, findingsOptionsFor, type Inspection } from '../../../core';
import { type FindingsValues, loadFindingsValues } from '../../../db/cases/findingsSource';
import { warmFindingsWorker } from '../../../workers/findingsBridge';
import { type Live, useLive } from '../../hooks/useLive';
import { currentTranslator } from '../../i18n/translate';
import { findingsModel } from './findingsModel';
import type { ChosenBreakdown, FindingsView } from './findingsQuery';
import { useFindingsOfValues } from './useFindings';

export const LOAD_START_MARK = 'case-audit:findings-load-start';
export const DATA_LOADED_MARK = 'case-audit:findings-data-loaded';
export const LOAD_MEASURE = 'case-audit:findings-load';
export const RENDERED_MARK = 'case-audit:findings-rendered';
export const RENDER_MEASURE = 'case-audit:findings-render';

/**
 * The inspection's cases as the findings read them (their answers' values only), kept up to
 * date. Called by the screen before its frame has read the inspection, so that both reads run
 * at once; the worker starts meanwhile.
 */
export function useFindingsData(inspectionId: string): Live<FindingsValues> {
  useEffect(warmFindingsWorker, []);
  return useLive(() => {
    performance.mark(LOAD_START_MARK);
    return loadFindingsValues(inspectionId).then((loaded) => {
      performance.mark(DATA_LOADED_MARK);
      performance.measure(LOAD_MEASURE, LOAD_START_MARK, DATA_LOADED_MARK);
      return loaded;
    });
  }, [inspectionId]);
}

export function useFindingsScreen(
  live: Live<FindingsValues>,
  inspection: Inspection,
  framework: Framework,
  view: FindingsView,
  chosen: Pick<ChosenBreakdown, 'spec'> | null,
) {
  const source = live.status === 'ready' ? live.value : null;

  // Groups no name fills ("Not assigned") are named in the reader's language.
  const options = findingsOptionsFor(
    inspection,
    {
      completeOnly: view.completeOnly,
      breakdownBy: chosen?.spec ?? null,
      confidence: view.confidence / 100,
    },
    currentTranslator(),
  );
  const optionsKey = JSON.stringify(options);
  const state = useFindingsOfValues(framework, source?.cases ?? null, options, optionsKey);
  const result =
    state.status === 'ready' ? state.result : state.status === 'computing' ? state.previous : null;
  const model = useMemo(
    () => (result ? findingsModel(result, framework) : null),
    [result, framework],
  );
  useEffect(() => {
    if (state.status !== 'ready') return;
    performance.mark(RENDERED_MARK);
    try {
      performance.measure(RENDER_MEASURE, DATA_LOADED_MARK, RENDERED_MARK);
    } catch {
      // No data-loaded mark (cleared by a test): nothing to measure.
    }
  }, [state]);
  return {
    failed: live.status === 'failed' || state.status === 'failed',
    computing: state.status === 'computing',
    source,
    result,
    model,
  };
}
