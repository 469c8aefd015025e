/**
 * Answering: one standard (or the case profile) per screen. Every answer saves itself as it is
 * given; applicability rules apply as answers change; previous / next standard links and
 * keyboard shortcuts move through the case without a mouse.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { type ScoringTask, type TaskProgress, taskNeighbours } from '../../../core';
import { reopenCase } from '../../../db/cases/caseStatusWriter';
import { NotificationBanner } from '../../components/NotificationBanner';
import { StorageWarning } from '../../components/StorageWarning';
import { usePageTitle } from '../../hooks/usePageTitle';
import { CaseMissing, caseNotReady } from '../CaseCommon/CaseMissing';
import { casePath, checkPath, taskPath } from '../CaseCommon/caseLinks';
import { ScorerPicker } from '../CaseCommon/ScorerPicker';
import { type ReadyCase, useCaseScreen } from '../CaseCommon/useCaseScreen';
import { KeysHelp, TaskQuestions } from './TaskQuestions';
import { useQuestionFromHash } from './useQuestionFromHash';
import { useScoringKeys } from './useScoringKeys';
import '../CaseCommon/caseCommon.css';
import './StandardPage.css';
import { StandardPagination } from '../../components/StandardPagination';
import { t } from '../../i18n/translate';
import { taskTitle } from '../taskTitle';

type Props = { inspectionId: string; caseId: string; standardId?: string };

export default function StandardPage({ inspectionId, caseId, standardId }: Props) {
  const screen = useCaseScreen(inspectionId, caseId);
  const ready = screen.status === 'ready' ? screen.value : null;
  const task = ready
    ? ready.progress.tasks.find((t) =>
        standardId === undefined
          ? t.task.kind === 'profile'
          : t.task.kind === 'standard' && t.task.id === standardId,
      )
    : undefined;
  // Never the case reference: browsers keep titles in their history in plain text.
  usePageTitle(
    ready && task
      ? t('scoring', 'Answer questions: {standard}', { standard: taskTitle(task.task) })
      : t('scoring', 'Answer questions'),
  );
  const notReady = caseNotReady(
    screen,
    { inspectionId, caseId },
    t('scoring', 'Loading the questions'),
  );
  if (notReady) return notReady;
  if (!ready || !task) return <CaseMissing inspectionId={inspectionId} />;
  if (ready.scorer === null) {
    return (
      <>
        <a href={casePath(inspectionId, caseId)} class="govuk-back-link">
          {t('scoring', 'Back to case {ref}', { ref: ready.caseRecord.ref })}
        </a>
        <span class="govuk-caption-l">
          {t('scoring', 'Case {ref}', { ref: ready.caseRecord.ref })}
        </span>
        <ScorerPicker
          inspection={ready.inspection}
          suggested={ready.caseRecord.inspectorId}
          current={null}
        />
      </>
    );
  }
  return <Answering key={task.task.kind + task.task.id} c={ready} current={task} />;
}

function Answering({ c, current }: { c: ReadyCase; current: TaskProgress }) {
  const { caseRecord, inspection, index, progress, answers, editor } = c;
  const { route, url } = useLocation();
  const root = useRef<HTMLDivElement>(null);
  const task = current.task;
  const { previous, next } = taskNeighbours(c.progress, current);
  const locked = caseRecord.status === 'complete' || caseRecord.status === 'moderated';
  const hidden = progress.hidden;
  const [reopenFailed, setReopenFailed] = useState(false);

  const pathTo = (t: ScoringTask | undefined) =>
    t ? taskPath(inspection.id, caseRecord.id, t) : checkPath(inspection.id, caseRecord.id);
  const nextPath = pathTo(next);
  const previousPath = previous ? pathTo(previous) : casePath(inspection.id, caseRecord.id);
  const go = useMemo(
    () => ({ next: () => route(nextPath), previous: () => route(previousPath) }),
    [route, nextPath, previousPath],
  );
  useScoringKeys(root, go);

  // Changes held back while the case was complete (elsewhere) are saved once it is reopened.
  useEffect(() => {
    if (!locked) void editor?.retryLocked();
  }, [locked, editor]);

  // Arriving from "Answer" on the check page: focus that question (after the heading focus).
  useQuestionFromHash(url);

  const section = task.kind === 'standard' ? task.section : null;
  const description = task.kind === 'standard' ? task.standard.description : undefined;

  return (
    <div ref={root} class="ca-answering">
      <a href={casePath(inspection.id, caseRecord.id)} class="govuk-back-link">
        {t('scoring', 'Back to case {ref}', { ref: caseRecord.ref })}
      </a>
      <StorageWarning inspectionId={inspection.id} />
      <span class="govuk-caption-l">
        {t('scoring', 'Case {ref}', { ref: caseRecord.ref })}
        {section ? ` · ${section.title}` : ''}
      </span>
      <h1 class="govuk-heading-l">{taskTitle(task)}</h1>
      {description && <p class="govuk-body">{description}</p>}

      {locked && (
        <NotificationBanner heading={t('scoring', 'This case is marked as complete')}>
          <p class="govuk-body">
            {t('scoring', 'Reopen it to change its answers. Reopening is recorded in its history.')}
          </p>
          <button
            type="button"
            class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
            onClick={async () => {
              const outcome = await reopenCase({
                caseId: caseRecord.id,
                by: c.scorer ?? '',
                device: c.device,
              });
              setReopenFailed(outcome.status === 'failed' || outcome.status === 'missing');
            }}
          >
            {t('scoring', 'Reopen case')}
          </button>
          {reopenFailed && (
            <p class="govuk-body govuk-!-margin-top-2" role="alert">
              {t('scoring', 'The case could not be reopened. Try again.')}
            </p>
          )}
        </NotificationBanner>
      )}

      <p class="govuk-body ca-answering__progress" data-testid="task-progress">
        {t(
          'scoring',
          '{answered} of {applicable, plural, one {# question} other {# questions}} answered. Answers save as you go.',
          { answered: current.answered, applicable: current.applicable },
        )}
      </p>
      <KeysHelp />

      <TaskQuestions
        current={current}
        hidden={hidden}
        answers={answers}
        index={index}
        block={{
          frameworkKey: c.frameworkKey,
          editor,
          locked,
          me: c.scorer,
          device: c.device,
          memberName: c.memberName,
        }}
      />

      <StandardPagination
        previous={
          previous || task.kind === 'standard'
            ? { href: previousPath, label: previous ? previous.title : `Case ${caseRecord.ref}` }
            : null
        }
        next={{ href: nextPath, label: next ? next.title : t('scoring', 'Check your answers') }}
        continueText={
          next
            ? t('scoring', 'Continue to {standard}', { standard: next.title })
            : t('scoring', 'Continue to check your answers')
        }
      />
    </div>
  );
}
