/**
 * The figures the report's sentences state: the findings screen's default (complete cases),
 * with the sentences the data gives, each naming its question.
 */
import { useMemo } from 'preact/hooks';
import {
  type CurrentFigures,
  currentFigures,
  type Framework,
  findingsOptionsFor,
  type Inspection,
  type ItemFinding,
  type ProportionFinding,
} from '../../../core';
import { loadFindingsCases } from '../../../db/cases/findingsSource';
import { useFindings } from '../../findings/Findings/useFindings';
import { useLive } from '../../hooks/useLive';
import type { GeneratedSentence } from './KeyFindingsEditor';

export function useReportFigures(inspection: Inspection, framework: Framework) {
  const cases = useLive(() => loadFindingsCases(inspection.id), [inspection.id]);
  const options = useMemo(
    () => findingsOptionsFor(inspection, { completeOnly: true }),
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
  const sentencesOf = (items: readonly ItemFinding[]): GeneratedSentence[] =>
    items
      .filter((f): f is ProportionFinding => f.type === 'proportion' && f.sentence !== null)
      .map((finding) => ({ finding, about: questionText.get(finding.itemId) ?? finding.itemId }));
  const caseRefs =
    cases.status === 'ready'
      ? cases.value.cases.map((c) => ({ ref: c.ref, areaId: c.areaId }))
      : [];
  return { computing: findings.status === 'computing', result, figures, sentencesOf, caseRefs };
}
