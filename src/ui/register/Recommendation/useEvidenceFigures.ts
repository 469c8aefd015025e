/**
 * The figures a question gives as evidence: this audit's (complete cases, as the findings show
 * by default), worked out in the findings worker, beside the published figure that ships with
 * the framework version, if any. Worked out only once some evidence links a question.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  type BenchmarkSet,
  compareWithBenchmarks,
  evidenceFigureLine,
  type Framework,
  findingsOptionsFor,
  frameworkKey,
  type Inspection,
  indexFramework,
} from '../../../core';
import { loadFindingsValues } from '../../../db/cases/findingsSource';
import {
  builtInBenchmarksFor,
  hasBuiltInBenchmarks,
} from '../../../db/frameworks/builtInBenchmarks';
import { useFindingsOfValues } from '../../findings/Findings/useFindings';
import { useLive } from '../../hooks/useLive';
import { currentTranslator } from '../../i18n/translate';

const NO_CASES = null;

/** The line for each question of the framework, or null while the figures are worked out. */
export type EvidenceLine = (itemId: string) => string | null;

function usePublished(framework: Framework, wanted: boolean): BenchmarkSet | null | 'loading' {
  const available = hasBuiltInBenchmarks(framework.id, framework.version);
  const [set, setSet] = useState<BenchmarkSet | null | 'loading'>(available ? 'loading' : null);
  const key = frameworkKey(framework);
  useEffect(() => {
    if (!wanted || !available) return;
    let live = true;
    void builtInBenchmarksFor(framework).then((loaded) => {
      if (live) setSet(loaded);
    });
    return () => {
      live = false;
    };
    // Keyed by the version, not the object: the frame hands a fresh framework object on each read.
  }, [wanted, key]);
  return set;
}

export function useEvidenceFigures(
  inspection: Inspection,
  framework: Framework,
  wanted: boolean,
): EvidenceLine {
  const source = useLive(
    () => (wanted ? loadFindingsValues(inspection.id) : Promise.resolve(NO_CASES)),
    [inspection.id, wanted],
  );
  const options = findingsOptionsFor(inspection, { completeOnly: true, confidence: 0.95 });
  const cases = source.status === 'ready' && source.value ? source.value.cases : null;
  const state = useFindingsOfValues(framework, cases, options, JSON.stringify(options));
  const published = usePublished(framework, wanted);
  const result = state.status === 'ready' ? state.result : null;
  const comparisons = useMemo(
    () =>
      result && published !== 'loading' && published !== null
        ? compareWithBenchmarks(result.questions, published)
        : null,
    [result, published],
  );
  return (itemId) => {
    const entry = indexFramework(framework).itemById.get(itemId);
    if (!result || published === 'loading' || entry?.type !== 'question') return null;
    const finding = result.questions.find((q) => q.itemId === itemId);
    return evidenceFigureLine(entry.item, finding, comparisons?.get(itemId), currentTranslator());
  };
}
