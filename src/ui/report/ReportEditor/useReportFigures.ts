/**
 * The figures the report's sentences state: the findings screen's default (complete cases),
 * with each area's beside them as the report has them, and the sentences the data gives ranked
 * as suggested key findings, each naming its question.
 */
import { useMemo } from 'preact/hooks';
import {
  type CurrentFigures,
  currentFigures,
  type Framework,
  findingsOptionsFor,
  type Inspection,
  type ItemFinding,
  type SuggestionOptions,
  suggestKeyFindings,
} from '../../../core';
import { loadFindingsCases } from '../../../db/cases/findingsSource';
import { useFindings } from '../../findings/Findings/useFindings';
import { useLive } from '../../hooks/useLive';
import { currentTranslator } from '../../i18n/translate';
import type { Suggestion } from './KeyFindingsEditor';

export function useReportFigures(inspection: Inspection, framework: Framework) {
  const cases = useLive(() => loadFindingsCases(inspection.id), [inspection.id]);
  // By area as the report is (one pass gives both), so a suggestion can say where areas differ.
  const options = useMemo(
    () =>
      findingsOptionsFor(
        inspection,
        { completeOnly: true, breakdownBy: inspection.areas.length > 1 ? 'area' : null },
        currentTranslator(),
      ),
    [inspection],
  );
  const findings = useFindings(
    framework,
    cases.status === 'ready' ? cases.value.cases : null,
    options,
    inspection.updatedAt,
  );
  const result =
    findings.status === 'ready'
      ? findings.result
      : findings.status === 'computing'
        ? findings.previous
        : null;
  const figures: CurrentFigures | null = useMemo(
    () => (result ? currentFigures(result) : null),
    [result],
  );

  const questionText = useMemo(() => {
    const map = new Map<string, string>();
    for (const s of framework.sections)
      for (const st of s.standards) for (const q of st.questions) map.set(q.id, q.text);
    return map;
  }, [framework]);
  const suggestionsOf = (
    items: readonly ItemFinding[],
    scope: SuggestionOptions['scope'],
  ): Suggestion[] =>
    suggestKeyFindings(
      items,
      { scope, ...(result?.breakdown ? { areas: result.breakdown.groups } : {}) },
      currentTranslator(),
    ).map((s) => ({ ...s, about: questionText.get(s.finding.itemId) ?? s.finding.itemId }));
  const caseRefs =
    cases.status === 'ready'
      ? cases.value.cases.map((c) => ({ ref: c.ref, areaId: c.areaId }))
      : [];
  return { computing: findings.status === 'computing', result, figures, suggestionsOf, caseRefs };
}
