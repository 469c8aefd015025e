/**
 * Merge work files into the inspection (on the lead's device): choose one or many files; see,
 * before anything is saved, what each would change and every conflict side by side; decide each
 * conflict; then "Merge N files" saves all of it in one transaction, or nothing. Reading,
 * opening protected files, planning and saving run in a worker, with progress.
 */
import { useMemo, useState } from 'preact/hooks';
import {
  type FrameworkIndex,
  type Inspection,
  indexFramework,
  type MergeConflict,
} from '../../../core';
import { ErrorSummary } from '../../components/ErrorSummary';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { useDeviceLabel } from '../../hooks/useDeviceLabel';
import { t } from '../../i18n/translate';
import { teamWorkHref } from '../TeamWork/teamWorkCommon';
import { ChooseWorkFiles } from './ChooseWorkFiles';
import { ConflictList } from './ConflictList';
import { FileProblems, FileTable, UnlockForm } from './FileTable';
import { MergeButtons, MergeProgress } from './MergeProgress';
import { MergeResult } from './MergeResult';
import { commitMerge, type Decisions, rowsOf, summaryErrorsOf } from './mergeActions';
import { useMergeFiles } from './useMergeFiles';
import '../TeamWork/TeamWork.css';

export default function MergeWork({ inspectionId }: { inspectionId: string }) {
  const [hasErrors, setHasErrors] = useState(false);
  return (
    <InspectionFrame
      inspectionId={inspectionId}
      heading={t('team.merge', 'Merge work files')}
      hasErrors={hasErrors}
    >
      {({ inspection, framework }) =>
        framework ? (
          <Merge
            inspection={inspection}
            index={indexFramework(framework.framework)}
            onErrors={setHasErrors}
          />
        ) : (
          <p class="govuk-body">
            {t(
              'team.merge',
              'The framework this inspection is pinned to is not on this device, so work cannot be merged into it.',
            )}
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
  const [chosen, setChosen] = useState<File[]>([]);
  const [chooseError, setChooseError] = useState<string | null>(null);
  const [decisions, setDecisions] = useState<Decisions>(new Map());
  const [undecided, setUndecided] = useState<ReadonlySet<string>>(new Set());
  const merge = useMergeFiles(inspection, () => {
    setDecisions(new Map());
    setUndecided(new Set());
  });
  const { stage, session, plans } = merge;
  const conflicts: MergeConflict[] = useMemo(
    () => (plans ?? []).flatMap((p) => (p.status === 'ok' ? p.conflicts : [])),
    [plans],
  );

  const decide = (next: Decisions) => {
    setDecisions(next);
    setUndecided((current) => new Set([...current].filter((k) => !next.has(k))));
    if (session) void merge.preview(session, next);
  };
  const commit = async () => {
    if (!session) return;
    const missing = conflicts.filter((c) => !decisions.has(c.key)).map((c) => c.key);
    setUndecided(new Set(missing));
    onErrors(missing.length > 0);
    if (missing.length > 0) return;
    merge.setFailure(null);
    merge.setStage({ kind: 'merging', done: 0, total: 0 });
    const { stage, failure } = await commitMerge(session, inspection, decisions, merge.setStage);
    merge.setStage(stage);
    if (failure) merge.setFailure(failure);
  };
  const reset = () => {
    merge.setStage({ kind: 'choose' });
    merge.setFiles([]);
    merge.setPlans(null);
    setChosen([]);
    setDecisions(new Map());
    onErrors(false);
  };

  if (stage.kind === 'done') {
    return <MergeResult inspection={inspection} outcome={stage.outcome} onMore={reset} />;
  }
  return (
    <>
      <a href={teamWorkHref(inspection.id)} class="govuk-back-link">
        {t('team.merge', 'Back to team work')}
      </a>
      <ErrorSummary errors={summaryErrorsOf(chooseError, conflicts, undecided, merge.failure)} />
      {(stage.kind === 'choose' || stage.kind === 'reading') && (
        <ChooseWorkFiles
          error={chooseError}
          reading={stage.kind === 'reading' ? stage : null}
          onChoose={(list) => {
            setChosen(list);
            setChooseError(null);
          }}
          onCheck={() => {
            if (chosen.length === 0) {
              setChooseError(t('team.merge', 'Choose one or more work files'));
              onErrors(true);
              return;
            }
            setChooseError(null);
            onErrors(false);
            void merge.read(chosen);
          }}
        />
      )}
      {(stage.kind === 'review' || stage.kind === 'merging') && (
        <Review
          inspection={inspection}
          index={index}
          merge={merge}
          conflicts={conflicts}
          decisions={decisions}
          undecided={undecided}
          onDecide={decide}
          onMerge={() => void commit()}
          onReset={reset}
        />
      )}
    </>
  );
}

/** What each file would change, its problems, every conflict to decide, and merging. */
function Review({
  inspection,
  index,
  merge,
  conflicts,
  decisions,
  undecided,
  onDecide,
  onMerge,
  onReset,
}: {
  inspection: Inspection;
  index: FrameworkIndex;
  merge: ReturnType<typeof useMergeFiles>;
  conflicts: readonly MergeConflict[];
  decisions: Decisions;
  undecided: ReadonlySet<string>;
  onDecide: (next: Decisions) => void;
  onMerge: () => void;
  onReset: () => void;
}) {
  const { stage, files, plans, unlocking } = merge;
  const rows = useMemo(() => rowsOf(files, plans), [files, plans]);
  const mergeable = (plans ?? []).filter((p) => p.status === 'ok').length;
  const locked = files.filter((f) => f.status === 'locked');
  const deviceName = useDeviceLabel(files.map((f) => f.devices));
  return (
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
          onUnlock={(passphrase) => void merge.unlock(summary.index, passphrase, decisions)}
        />
      ))}
      {plans === null && (
        <p class="govuk-body" role="status">
          {t('team.merge', 'Comparing the files with this device…')}
        </p>
      )}
      <ConflictList
        conflicts={conflicts}
        decisions={decisions}
        errors={undecided}
        index={index}
        inspection={inspection}
        deviceName={deviceName}
        onDecide={(key, decision) => onDecide(new Map([...decisions, [key, decision]]))}
        onDecideAll={(decision) => onDecide(new Map(conflicts.map((c) => [c.key, decision])))}
      />
      {stage.kind === 'merging' ? (
        <MergeProgress done={stage.done} total={stage.total} />
      ) : (
        <MergeButtons
          mergeable={mergeable}
          ready={plans !== null}
          onMerge={onMerge}
          onReset={onReset}
        />
      )}
      {locked.length > 0 && stage.kind === 'review' && (
        <p class="govuk-body">
          {t(
            'team.merge',
            '{count, plural, one {# protected file will not be merged until it is opened with the passphrase.} other {# protected files will not be merged until they are opened with the passphrase.}}',
            { count: locked.length },
          )}
        </p>
      )}
    </>
  );
}
