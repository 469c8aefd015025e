/**
 * Merge work files into the inspection (on the lead's device): choose one or many files; see,
 * before anything is saved, what each would change and every conflict side by side; decide each
 * conflict; then "Merge N files" saves all of it in one transaction, or nothing. Reading,
 * opening protected files, planning and saving run in a worker, with progress.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  type FilePlan,
  type FrameworkIndex,
  type Inspection,
  indexFramework,
  itIsOrTheyAre,
  type MergeConflict,
  type MergeDecision,
  plural,
} from '../../../core';
import { requestPersistenceOnFirstWrite } from '../../../db/device/storageStatus';
import { teamWorker } from '../../../workers/teamWorkBridge';
import type { CommitOutcome, TeamFileSummary } from '../../../workers/teamWorkService';
import { ErrorSummary } from '../../components/ErrorSummary';
import { formatNumber } from '../../components/InspectionFrame/format';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { useDeviceLabel } from '../../hooks/useDeviceLabel';
import { takeHandedOverFiles } from '../TeamWork/handOver';
import { mergeContext, teamWorkHref } from '../TeamWork/teamWorkCommon';
import { ConflictList, conflictFieldId } from './ConflictList';
import { FileProblems, type FileRow, FileTable, UnlockForm } from './FileTable';
import { MergeResult } from './MergeResult';
import '../TeamWork/TeamWork.css';

type Stage =
  | { readonly kind: 'choose' }
  | { readonly kind: 'reading'; readonly done: number; readonly total: number }
  | { readonly kind: 'review' }
  | { readonly kind: 'merging'; readonly done: number; readonly total: number }
  | { readonly kind: 'done'; readonly outcome: Extract<CommitOutcome, { status: 'merged' }> };

export default function MergeWork({ inspectionId }: { inspectionId: string }) {
  const [hasErrors, setHasErrors] = useState(false);
  return (
    <InspectionFrame inspectionId={inspectionId} heading="Merge work files" hasErrors={hasErrors}>
      {({ inspection, framework }) =>
        framework ? (
          <Merge
            inspection={inspection}
            index={indexFramework(framework.framework)}
            onErrors={setHasErrors}
          />
        ) : (
          <p class="govuk-body">
            The framework this inspection is pinned to is not on this device, so work cannot be
            merged into it.
          </p>
        )
      }
    </InspectionFrame>
  );
}

function Merge({
  inspection,
  index,
  onErrors,
}: {
  inspection: Inspection;
  index: FrameworkIndex;
  onErrors: (has: boolean) => void;
}) {
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [chosen, setChosen] = useState<File[]>([]);
  const [chooseError, setChooseError] = useState<string | null>(null);
  const [session, setSession] = useState<string | null>(null);
  const [files, setFiles] = useState<TeamFileSummary[]>([]);
  const [plans, setPlans] = useState<FilePlan[] | null>(null);
  const [decisions, setDecisions] = useState<ReadonlyMap<string, MergeDecision>>(new Map());
  const [undecided, setUndecided] = useState<ReadonlySet<string>>(new Set());
  const [failure, setFailure] = useState<string | null>(null);
  const [unlocking, setUnlocking] = useState<number | null>(null);
  const previewRun = useRef(0);
  const sessionRef = useRef<string | null>(null);

  useEffect(() => {
    // The opened files live in the worker: keep it while this screen is open.
    const release = teamWorker.hold();
    const handed = takeHandedOverFiles(inspection.id);
    if (handed.length > 0) void read([...handed]);
    return () => {
      if (sessionRef.current)
        void teamWorker.call('close', { session: sessionRef.current }).catch(() => undefined);
      release();
    };
  }, [inspection.id]);

  const preview = async (s: string, chosenDecisions: ReadonlyMap<string, MergeDecision>) => {
    const run = ++previewRun.current;
    const outcome = await teamWorker.call('preview', {
      session: s,
      inspectionId: inspection.id,
      decisions: [...chosenDecisions],
      who: await mergeContext(inspection),
    });
    if (run !== previewRun.current) return;
    if (outcome.status === 'ok') {
      setPlans([...outcome.files]);
      setFailure(null);
    } else setFailure(outcome.message);
  };

  const read = async (list: File[]) => {
    setFailure(null);
    setPlans(null);
    setDecisions(new Map());
    setUndecided(new Set());
    setStage({ kind: 'reading', done: 0, total: list.length });
    try {
      if (sessionRef.current) await teamWorker.call('close', { session: sessionRef.current });
      const opened = await teamWorker.call(
        'open',
        { files: list },
        { onProgress: (p) => setStage({ kind: 'reading', done: p.done, total: p.total }) },
      );
      sessionRef.current = opened.session;
      setSession(opened.session);
      setFiles(opened.files);
      setStage({ kind: 'review' });
      await preview(opened.session, new Map());
    } catch (error) {
      setStage({ kind: 'choose' });
      setFailure(
        `The files could not be read: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };

  const rows: FileRow[] = useMemo(
    () =>
      files.map((summary) => ({
        summary,
        plan:
          summary.status === 'ready'
            ? (plans?.find((p) => p.fileId === summary.fileId && p.fileName === summary.name) ??
              plans?.find((p) => p.fileId === summary.fileId) ??
              null)
            : null,
      })),
    [files, plans],
  );
  const conflicts: MergeConflict[] = useMemo(
    () => (plans ?? []).flatMap((p) => (p.status === 'ok' ? p.conflicts : [])),
    [plans],
  );
  const mergeable = (plans ?? []).filter((p) => p.status === 'ok').length;
  const locked = files.filter((f) => f.status === 'locked');
  const deviceName = useDeviceLabel(files.map((f) => f.devices));

  const decide = (next: ReadonlyMap<string, MergeDecision>) => {
    setDecisions(next);
    setUndecided((current) => new Set([...current].filter((k) => !next.has(k))));
    if (session) void preview(session, next);
  };

  const unlock = async (i: number, passphrase: string) => {
    if (!session) return;
    setUnlocking(i);
    try {
      const summary = await teamWorker.call('unlock', { session, index: i, passphrase });
      setFiles((current) => current.map((f) => (f.index === i ? summary : f)));
      if (summary.status !== 'locked') await preview(session, decisions);
    } finally {
      setUnlocking(null);
    }
  };

  const commit = async () => {
    if (!session) return;
    const missing = conflicts.filter((c) => !decisions.has(c.key)).map((c) => c.key);
    setUndecided(new Set(missing));
    onErrors(missing.length > 0);
    if (missing.length > 0) return;
    setFailure(null);
    setStage({ kind: 'merging', done: 0, total: 0 });
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
            setStage({ kind: 'merging', done: p.done, total: p.phase === 'reading' ? 0 : p.total }),
        },
      );
      if (outcome.status === 'merged') {
        // The worker cannot ask the browser to keep the data: the page does, after an import.
        if (outcome.wrote) void requestPersistenceOnFirstWrite('import');
        setStage({ kind: 'done', outcome });
        return;
      }
      setStage({ kind: 'review' });
      setFailure(
        outcome.status === 'refused'
          ? outcome.message
          : `Nothing was merged: the browser’s storage refused it (${outcome.detail}). Try again; if it keeps failing, free some space on this device.`,
      );
    } catch (error) {
      setStage({ kind: 'review' });
      setFailure(`Nothing was merged: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const reset = () => {
    setStage({ kind: 'choose' });
    setFiles([]);
    setPlans(null);
    setChosen([]);
    setDecisions(new Map());
    onErrors(false);
  };

  if (stage.kind === 'done') {
    return <MergeResult inspection={inspection} outcome={stage.outcome} onMore={reset} />;
  }

  const summaryErrors = [
    ...(chooseError ? [{ text: chooseError, href: '#work-files' }] : []),
    ...conflicts
      .map((c, i) => ({ c, i }))
      .filter(({ c }) => undecided.has(c.key))
      .map(({ c, i }) => ({
        text: `Choose what to keep for case ${c.caseRef}`,
        href: `#${conflictFieldId(i)}`,
      })),
    ...(failure ? [{ text: failure }] : []),
  ];

  return (
    <>
      <a href={teamWorkHref(inspection.id)} class="govuk-back-link">
        Back to team work
      </a>
      <ErrorSummary errors={summaryErrors} />
      {(stage.kind === 'choose' || stage.kind === 'reading') && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (chosen.length === 0) {
              setChooseError('Choose one or more work files');
              onErrors(true);
              return;
            }
            setChooseError(null);
            onErrors(false);
            void read(chosen);
          }}
        >
          <p class="govuk-body">
            Choose the work files inspectors sent you — several at once if you have them. Nothing is
            saved until you have seen what each would change.
          </p>
          <div class={`govuk-form-group${chooseError ? ' govuk-form-group--error' : ''}`}>
            <label class="govuk-label govuk-label--s" for="work-files">
              Work files (.json)
            </label>
            <div id="work-files-hint" class="govuk-hint">
              Files named like lac-2012-thematic-work-ap-2026-03-04-171005.json. Protected files ask
              for their passphrase next.
            </div>
            {chooseError && (
              <p id="work-files-error" class="govuk-error-message">
                <span class="govuk-visually-hidden">Error:</span> {chooseError}
              </p>
            )}
            <input
              class={`govuk-file-upload${chooseError ? ' govuk-file-upload--error' : ''}`}
              id="work-files"
              name="work-files"
              type="file"
              multiple
              accept=".json,application/json"
              aria-describedby={`work-files-hint${chooseError ? ' work-files-error' : ''}`}
              onChange={(event) => {
                setChosen([...((event.target as HTMLInputElement).files ?? [])]);
                setChooseError(null);
              }}
            />
          </div>
          {stage.kind === 'reading' ? (
            <p class="govuk-body" role="status">
              Reading {stage.total === 1 ? 'the file' : `${stage.done} of ${stage.total} files`}…
            </p>
          ) : (
            <button type="submit" class="govuk-button" data-module="govuk-button">
              Check the files
            </button>
          )}
        </form>
      )}
      {(stage.kind === 'review' || stage.kind === 'merging') && (
        <>
          <FileTable rows={rows} />
          {rows.map((row) => (
            <FileProblems row={row} key={row.summary.index} />
          ))}
          {locked.map((summary) => (
            <UnlockForm
              key={summary.index}
              summary={summary}
              busy={unlocking === summary.index}
              onUnlock={(passphrase) => void unlock(summary.index, passphrase)}
            />
          ))}
          {plans === null && (
            <p class="govuk-body" role="status">
              Comparing the files with this device…
            </p>
          )}
          <ConflictList
            conflicts={conflicts}
            decisions={decisions}
            errors={undecided}
            index={index}
            inspection={inspection}
            deviceName={deviceName}
            onDecide={(key, decision) => decide(new Map([...decisions, [key, decision]]))}
            onDecideAll={(decision) => decide(new Map(conflicts.map((c) => [c.key, decision])))}
          />
          {stage.kind === 'merging' ? (
            <div role="status" aria-live="polite">
              <label class="govuk-label" for="merge-progress">
                {stage.total === 0
                  ? 'Merging: reading this device’s cases…'
                  : `Merging: ${formatNumber(stage.done)} of ${plural(stage.total, 'record')} saved…`}
              </label>
              <progress
                id="merge-progress"
                class="ca-merge__progress"
                max={Math.max(stage.total, 1)}
                value={stage.total === 0 ? undefined : stage.done}
              />
            </div>
          ) : (
            <div class="govuk-button-group">
              <button
                type="button"
                class="govuk-button"
                data-module="govuk-button"
                disabled={mergeable === 0 || plans === null}
                onClick={() => void commit()}
              >
                {mergeable === 0 ? 'Nothing to merge' : `Merge ${plural(mergeable, 'file')}`}
              </button>
              <button
                type="button"
                class="govuk-button govuk-button--secondary"
                data-module="govuk-button"
                onClick={reset}
              >
                Choose other files
              </button>
            </div>
          )}
          {locked.length > 0 && stage.kind === 'review' && (
            <p class="govuk-body">
              {plural(locked.length, 'protected file')} will not be merged until{' '}
              {itIsOrTheyAre(locked.length)} opened with the passphrase.
            </p>
          )}
        </>
      )}
    </>
  );
}
