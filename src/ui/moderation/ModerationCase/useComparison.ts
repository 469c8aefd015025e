import { useMemo } from 'preact/hooks';
import {
  type Framework,
  type Inspection,
  indexFramework,
  memberName,
  readingDifferences,
  readingValues,
} from '../../../core';
import { moderationComparison } from '../../../db/moderation/moderationStore';
import { useLive } from '../../hooks/useLive';

/** A case's two readings (once the second is finished) and where they differ. */
export function useComparison(inspection: Inspection, framework: Framework, caseId: string) {
  const live = useLive(() => moderationComparison(inspection.id, caseId), [inspection.id, caseId]);
  const index = indexFramework(framework);
  const value = live.status === 'ready' && live.value.status === 'ready' ? live.value.value : null;
  const differences = useMemo(
    () =>
      value
        ? readingDifferences(
            framework,
            readingValues(value.first),
            readingValues(value.second),
            value.caseRecord ?? undefined,
          )
        : [],
    [framework, value],
  );
  const name = (id: string | null) =>
    id === null ? 'not recorded' : memberName(inspection.team, id);
  return { live, index, value, differences, name };
}
