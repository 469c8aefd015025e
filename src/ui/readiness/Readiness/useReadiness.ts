/**
 * What the "Ready for inspection" page is made from, read at once: the findings (computed in the
 * findings worker, as the findings screen's), the published figures in use for the framework
 * version (imported, else shipped), and the inspection's register; then core's summary of them
 * for today.
 */
import { useMemo } from 'preact/hooks';
import {
  type Framework,
  findingsOptionsFor,
  frameworkKey,
  type Inspection,
  type ReadinessSummary,
  readinessSummary,
} from '../../../core';
import { benchmarksFor } from '../../../db/frameworks/benchmarkStore';
import { loadRegister } from '../../../db/register/registerStore';
import { useFindingsOfValues } from '../../findings/Findings/useFindings';
import { useFindingsData } from '../../findings/Findings/useFindingsScreen';
import { useLive } from '../../hooks/useLive';
import { currentTranslator, t } from '../../i18n/translate';
import { todayLocal } from '../../report/Exports/exportDate';

export type Readiness =
  | { readonly status: 'loading'; readonly what: string }
  | { readonly status: 'failed' }
  | {
      readonly status: 'ready';
      readonly summary: ReadinessSummary;
      /** The register stored for the inspection does not read: its actions are not shown. */
      readonly registerUnreadable: boolean;
      readonly casesTotal: number;
      readonly today: string;
    };

export function useReadiness(
  inspection: Inspection,
  framework: Framework,
  completeOnly: boolean,
): Readiness {
  const data = useFindingsData(inspection.id);
  const register = useLive(() => loadRegister(inspection.id), [inspection.id]);
  // Keyed by the version, not the object: the frame hands a fresh framework object on each read.
  const benchmarks = useLive(() => benchmarksFor(framework), [frameworkKey(framework)]);
  const options = findingsOptionsFor(inspection, { completeOnly }, currentTranslator());
  const state = useFindingsOfValues(
    framework,
    data.status === 'ready' ? data.value.cases : null,
    options,
    JSON.stringify(options),
  );
  const result = state.status === 'ready' ? state.result : null;
  const today = todayLocal();
  const summary = useMemo(() => {
    if (!result || benchmarks.status !== 'ready' || register.status !== 'ready') return null;
    const recommendations = register.value.status === 'ok' ? register.value.recommendations : [];
    return readinessSummary(
      {
        framework,
        findings: result,
        benchmarks: benchmarks.value,
        register: recommendations,
        today,
      },
      currentTranslator(),
    );
  }, [result, benchmarks, register, framework, today]);

  const failed = [data, register, benchmarks].some((live) => live.status === 'failed');
  if (failed || state.status === 'failed') {
    return { status: 'failed' };
  }
  if (!summary || !result) {
    return {
      status: 'loading',
      what: result
        ? t('readiness', 'Loading the published figures')
        : t('readiness', 'Working out the figures'),
    };
  }
  return {
    status: 'ready',
    summary,
    registerUnreadable: register.status === 'ready' && register.value.status === 'invalid',
    casesTotal: result.cases.total,
    today,
  };
}
