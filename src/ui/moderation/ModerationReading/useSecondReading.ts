/**
 * Everything a blind second-reading screen needs, kept live: the inspection and framework, the
 * second reading (and nothing of the first: `blindReading` carries no first-reading answer,
 * note or history), its progress, who is scoring on this device, and the reading's own editor,
 * which saves to the moderation record, never to the case's answers.
 */
import { useLayoutEffect, useMemo } from 'preact/hooks';
import {
  type CaseProgress,
  caseProgress,
  type Framework,
  type FrameworkIndex,
  frameworkKey,
  type Inspection,
  indexFramework,
} from '../../../core';
import { getCase, loadInspectionFramework } from '../../../db/cases/caseReads';
import { type BlindReading, blindReading } from '../../../db/moderation/moderationStore';
import type { CaseEditor } from '../../../editing/caseEditor';
import { openSecondReadingEditor } from '../../../editing/secondReadingEditor';
import { useLive } from '../../hooks/useLive';
import { useScorer } from '../ModerationCommon/useScorer';

export type ReadyReading = {
  readonly inspection: Inspection;
  readonly framework: Framework;
  readonly frameworkKey: string;
  readonly index: FrameworkIndex;
  readonly reading: BlindReading;
  readonly progress: CaseProgress;
  readonly device: string;
  /** Who is scoring on this device; null until chosen. */
  readonly scorer: string | null;
  /**
   * Only for the assigned second reader. Kept once the reading is finished: a change still held
   * back (the reading was finished in another tab meanwhile) stays on screen, saying why it was
   * not saved, instead of vanishing; the controls are disabled (`locked`).
   */
  readonly editor: CaseEditor | null;
  /** Finished: nothing can change any more. */
  readonly locked: boolean;
  readonly memberName: (id: string) => string;
};

export type ReadingState =
  | { readonly status: 'loading' }
  | { readonly status: 'missing' }
  | { readonly status: 'failed' }
  | { readonly status: 'ready'; readonly value: ReadyReading };

export function useSecondReading(inspectionId: string, caseId: string): ReadingState {
  const context = useLive(() => loadInspectionFramework(inspectionId), [inspectionId]);
  const reading = useLive(() => blindReading(inspectionId, caseId), [inspectionId, caseId]);
  // Where the case sits, for rules on its area or stratum.
  const caseRecord = useLive(() => getCase(caseId), [caseId]);
  const place = caseRecord.status === 'ready' ? caseRecord.value : undefined;
  const { scorer, device } = useScorer(inspectionId);
  const framework = context.status === 'ready' ? context.value?.framework.framework : undefined;
  const index = useMemo(() => (framework ? indexFramework(framework) : null), [framework]);
  const value = reading.status === 'ready' ? reading.value : null;
  const answers = value?.answers ?? null;
  const progress = useMemo(
    () => (index && answers ? caseProgress(index, (id) => answers.get(id)?.value, place) : null),
    [index, answers, place?.areaId, place?.stratumId],
  );
  const reader = value?.secondReaderId;
  const editor = useMemo(
    () =>
      scorer && device && scorer === reader
        ? openSecondReadingEditor({ caseId, by: scorer, device })
        : null,
    [caseId, scorer, device, reader],
  );
  useLayoutEffect(() => {
    if (!editor || !answers) return;
    for (const [itemId, answer] of answers) editor.seen(itemId, answer);
  }, [editor, answers]);
  const inspection = context.status === 'ready' ? context.value?.inspection : undefined;
  const memberName = useMemo(() => {
    const names = new Map((inspection?.team ?? []).map((m) => [m.id, m.name]));
    return (id: string) => names.get(id) ?? id;
  }, [inspection]);

  if (context.status === 'failed' || reading.status === 'failed') return { status: 'failed' };
  if (
    context.status === 'loading' ||
    reading.status === 'loading' ||
    scorer === undefined ||
    device === null
  ) {
    return { status: 'loading' };
  }
  if (!context.value || !value || !index || !progress || !inspection || !framework) {
    return { status: 'missing' };
  }
  const locked = value.status !== 'assigned';
  return {
    status: 'ready',
    value: {
      inspection,
      framework,
      frameworkKey: frameworkKey(framework),
      index,
      reading: value,
      progress,
      device,
      scorer,
      editor,
      locked,
      memberName,
    },
  };
}
