/**
 * Everything a screen of one case needs, kept live (other tabs' changes arrive as they are
 * made): the case, its inspection and framework (read once), its answers and progress, who is
 * scoring on this device, and the case's shared editor. While a case screen is open, the case
 * is marked open for crash recovery.
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import {
  type CaseProgress,
  caseProgress,
  type Framework,
  type FrameworkIndex,
  frameworkKey,
  heldForSecondReader,
  type Inspection,
  indexFramework,
} from '../../../core';
import { answersOf, getCase, loadInspectionFramework } from '../../../db/cases/caseReads';
import type { AnswerRecord, CaseRecord } from '../../../db/database';
import { deviceId, scorerFor } from '../../../db/device/identityStore';
import { getModeration } from '../../../db/moderation/moderationStore';
import { type CaseEditor, openCaseEditor } from '../../../editing/caseEditor';
import { keepCaseMarkedOpen } from '../../../editing/lifecycle';
import { readersFramework } from '../../components/InspectionFrame/readersFramework';
import { useLive } from '../../hooks/useLive';

export type ReadyCase = {
  readonly caseRecord: CaseRecord;
  readonly inspection: Inspection;
  readonly framework: Framework;
  readonly frameworkKey: string;
  readonly index: FrameworkIndex;
  readonly answers: ReadonlyMap<string, AnswerRecord>;
  readonly progress: CaseProgress;
  readonly device: string;
  /** The team member id (or typed name) scoring on this device; null until chosen. */
  readonly scorer: string | null;
  /** Null until the scorer is chosen. */
  readonly editor: CaseEditor | null;
  readonly memberName: (id: string) => string;
};

export type CaseScreenState =
  | { readonly status: 'loading' }
  | { readonly status: 'missing' }
  | { readonly status: 'failed' }
  /** This device holds the case only for its blind second reading: its own pages stay shut. */
  | { readonly status: 'held'; readonly caseRef: string }
  | { readonly status: 'ready'; readonly value: ReadyCase };

export function useCaseScreen(inspectionId: string, caseId: string): CaseScreenState {
  const context = useLive(() => loadInspectionFramework(inspectionId), [inspectionId]);
  const caseRecord = useLive(() => getCase(caseId), [caseId]);
  const answers = useLive(() => answersOf(caseId), [caseId]);
  const scorer = useLive(() => scorerFor(inspectionId), [inspectionId]);
  const moderation = useLive(() => getModeration(inspectionId, caseId), [inspectionId, caseId]);
  const [device, setDevice] = useState<string | null>(null);

  useEffect(() => {
    void deviceId().then(setDevice);
  }, []);

  const ready =
    context.status === 'ready' &&
    caseRecord.status === 'ready' &&
    answers.status === 'ready' &&
    scorer.status === 'ready' &&
    moderation.status === 'ready' &&
    device !== null;
  const stored = context.status === 'ready' ? context.value?.framework.framework : undefined;
  // The framework's words in the reader's language: scoring shows them, never stores them.
  const framework = stored ? readersFramework(stored) : undefined;
  const index = useMemo(() => (framework ? indexFramework(framework) : null), [framework]);
  const answerMap = answers.status === 'ready' ? answers.value : null;
  const place = caseRecord.status === 'ready' ? caseRecord.value : undefined;
  const progress = useMemo(
    () =>
      index && answerMap
        ? caseProgress(index, (id) => answerMap.get(id)?.value, place ?? undefined)
        : null,
    [index, answerMap, place?.areaId, place?.stratumId],
  );
  const scorerId = scorer.status === 'ready' ? scorer.value : null;
  const editor = useMemo(
    () => (scorerId && device ? openCaseEditor({ caseId, by: scorerId, device }) : null),
    [caseId, scorerId, device],
  );

  // The editor learns of every stored change (this tab's, another tab's) before children render.
  useLayoutEffect(() => {
    if (!editor || !answerMap) return;
    for (const [itemId, answer] of answerMap) editor.seen(itemId, answer);
  }, [editor, answerMap]);

  const record = caseRecord.status === 'ready' ? caseRecord.value : undefined;
  const held =
    moderation.status === 'ready' &&
    moderation.value !== null &&
    heldForSecondReader(moderation.value);
  // Marked open for crash recovery only once it is known not to be held for a second reading.
  const openable = record?.inspectionId === inspectionId && moderation.status === 'ready' && !held;
  useOpenCaseMarker(openable ? record : undefined);

  const inspection = context.status === 'ready' ? context.value?.inspection : undefined;
  const memberName = useMemo(() => {
    const names = new Map((inspection?.team ?? []).map((m) => [m.id, m.name]));
    return (id: string) => names.get(id) ?? id;
  }, [inspection]);

  if (
    context.status === 'failed' ||
    caseRecord.status === 'failed' ||
    answers.status === 'failed' ||
    moderation.status === 'failed'
  ) {
    return { status: 'failed' };
  }
  if (!ready) return { status: 'loading' };
  if (!context.value || !record || record.inspectionId !== inspectionId || !index || !progress) {
    return { status: 'missing' };
  }
  if (held) return { status: 'held', caseRef: record.ref };
  return {
    status: 'ready',
    value: {
      caseRecord: record,
      inspection: context.value.inspection,
      framework: framework!,
      frameworkKey: frameworkKey(context.value.framework.framework),
      index,
      answers: answerMap!,
      progress,
      device: device!,
      scorer: scorerId,
      editor,
      memberName,
    },
  };
}

/** Marks the case open for crash recovery while this screen shows it (src/editing/lifecycle.ts). */
function useOpenCaseMarker(record: CaseRecord | undefined): void {
  const caseId = record?.id;
  const ref = record?.ref;
  const inspectionId = record?.inspectionId;
  useEffect(() => {
    if (!caseId || !ref || !inspectionId) return;
    return keepCaseMarkedOpen({ caseId, inspectionId, ref });
  }, [caseId, ref, inspectionId]);
}
