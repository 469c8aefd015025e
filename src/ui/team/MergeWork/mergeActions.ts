/**
 * What the merge screen asks of the team worker — what merging would change, and the merge
 * itself — and how its files, plans and problems are shown.
 */
import type { FilePlan, Inspection, MergeConflict, MergeDecision } from '../../../core';
import { requestPersistenceOnFirstWrite } from '../../../db/device/storageStatus';
import { teamWorker } from '../../../workers/teamWorkBridge';
import type { CommitOutcome, TeamFileSummary } from '../../../workers/teamWorkService';
import type { SummaryError } from '../../components/ErrorSummary';
import { t } from '../../i18n/translate';
import { mergeContext } from '../TeamWork/teamWorkCommon';
import { conflictFieldId } from './ConflictList';
import type { FileRow } from './FileTable';

export type Stage =
  | { readonly kind: 'choose' }
  | { readonly kind: 'reading'; readonly done: number; readonly total: number }
  | { readonly kind: 'review' }
  | { readonly kind: 'merging'; readonly done: number; readonly total: number }
  | { readonly kind: 'done'; readonly outcome: Extract<CommitOutcome, { status: 'merged' }> };

export type Decisions = ReadonlyMap<string, MergeDecision>;

export async function previewMerge(session: string, inspection: Inspection, decisions: Decisions) {
  return teamWorker.call('preview', {
    session,
    inspectionId: inspection.id,
    decisions: [...decisions],
    who: await mergeContext(inspection),
  });
}

/** Merges every file of the session in one transaction: the stage it ends at, and why not. */
export async function commitMerge(
  session: string,
  inspection: Inspection,
  decisions: Decisions,
  onStage: (stage: Stage) => void,
): Promise<{ stage: Stage; failure: string | null }> {
  try {
    const outcome = await teamWorker.call(
      'commit',
      {
        session,
        inspectionId: inspection.id,
        decisions: [...decisions],
        who: await mergeContext(inspection),
      },
      {
        onProgress: (p) =>
          onStage({ kind: 'merging', done: p.done, total: p.phase === 'reading' ? 0 : p.total }),
      },
    );
    if (outcome.status === 'merged') {
      // The worker cannot ask the browser to keep the data: the page does, after an import.
      if (outcome.wrote) void requestPersistenceOnFirstWrite('import');
      return { stage: { kind: 'done', outcome }, failure: null };
    }
    return {
      stage: { kind: 'review' },
      failure:
        outcome.status === 'refused'
          ? outcome.message
          : t(
              'team.merge',
              'Nothing was merged: the browser’s storage refused it ({detail}). Try again; if it keeps failing, free some space on this device.',
              { detail: outcome.detail },
            ),
    };
  } catch (error) {
    return {
      stage: { kind: 'review' },
      failure: t('team.merge', 'Nothing was merged: {reason}', {
        reason: error instanceof Error ? error.message : String(error),
      }),
    };
  }
}

/** Each file with what merging it would do (a file sent twice is told apart by its name). */
export function rowsOf(
  files: readonly TeamFileSummary[],
  plans: readonly FilePlan[] | null,
): FileRow[] {
  return files.map((summary) => ({
    summary,
    plan:
      summary.status === 'ready'
        ? (plans?.find((p) => p.fileId === summary.fileId && p.fileName === summary.name) ??
          plans?.find((p) => p.fileId === summary.fileId) ??
          null)
        : null,
  }));
}

export function summaryErrorsOf(
  chooseError: string | null,
  conflicts: readonly MergeConflict[],
  undecided: ReadonlySet<string>,
  failure: string | null,
): SummaryError[] {
  return [
    ...(chooseError ? [{ text: chooseError, href: '#work-files' }] : []),
    ...conflicts
      .map((c, i) => ({ c, i }))
      .filter(({ c }) => undecided.has(c.key))
      .map(({ c, i }) => ({
        text: t('team.merge', 'Choose what to keep for case {ref}', { ref: c.caseRef }),
        href: `#${conflictFieldId(i)}`,
      })),
    ...(failure ? [{ text: failure }] : []),
  ];
}
