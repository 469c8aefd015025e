/**
 * Answering in a blind second reading: one standard (or the case profile) per screen, with the
 * scoring screens' own question blocks (controls, guidance, evidence note, save status, conflict
 * panel, keyboard shortcuts) — but the answers shown and saved are the second reading's, kept in
 * the moderation record. Nothing of the first reading is read here.
 */
import { useMemo, useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { type ScoringTask, type TaskProgress, taskNeighbours } from '../../../core';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../hooks/usePageTitle';
import { t } from '../../i18n/translate';
import type { LockedWords } from '../../scoring/StandardPage/SaveStatus';
import { KeysHelp, TaskQuestions } from '../../scoring/StandardPage/TaskQuestions';
import { useQuestionFromHash } from '../../scoring/StandardPage/useQuestionFromHash';
import { useScoringKeys } from '../../scoring/StandardPage/useScoringKeys';
import { readingPath, readingTaskPath } from '../ModerationCommon/moderationLinks';
import { NotYourReading, ReadingFailed, ReadingMissing } from './ReadingCommon';
import { type ReadyReading, useSecondReading } from './useSecondReading';
import '../../scoring/CaseCommon/caseCommon.css';
import '../../scoring/StandardPage/StandardPage.css';
import { StandardPagination } from '../../components/StandardPagination';

type Props = { inspectionId: string; caseId: string; standardId?: string };

/** A change held back because the reading was finished (in another tab) meanwhile. */
function readingFinished(): LockedWords {
  return {
    status: t(
      'moderation.reading',
      'Not saved: this second reading has been finished, so it can no longer change.',
    ),
    announcement: t('moderation.reading', 'Not saved: this second reading has been finished'),
  };
}

export default function SecondReadingStandard({ inspectionId, caseId, standardId }: Props) {
  const state = useSecondReading(inspectionId, caseId);
  const ready = state.status === 'ready' ? state.value : null;
  const task = ready?.progress.tasks.find((t) =>
    standardId === undefined
      ? t.task.kind === 'profile'
      : t.task.kind === 'standard' && t.task.id === standardId,
  );
  // Never the case reference: browsers keep titles in their history in plain text.
  usePageTitle(
    ready && task
      ? t('moderation.reading', 'Second reading: {title}', { title: task.task.title })
      : t('moderation.reading', 'Second reading'),
  );
  if (state.status === 'loading') {
    return <Loading what={t('moderation.reading', 'Loading the questions')} />;
  }
  if (state.status === 'failed') return <ReadingFailed />;
  if (state.status === 'missing' || !ready || !task) {
    return <ReadingMissing inspectionId={inspectionId} />;
  }
  if (ready.scorer !== ready.reading.secondReaderId) {
    return (
      <>
        <a href={readingPath(inspectionId, caseId)} class="govuk-back-link">
          {t('moderation.reading', 'Back to the second reading of {ref}', {
            ref: ready.reading.caseRef,
          })}
        </a>
        <span class="govuk-caption-l">
          {t('moderation.reading', 'Second reading of case {ref}', { ref: ready.reading.caseRef })}
        </span>
        <h1 class="govuk-heading-l">{task.task.title}</h1>
        <NotYourReading
          inspection={ready.inspection}
          secondReaderId={ready.reading.secondReaderId}
          scorer={ready.scorer}
          memberName={ready.memberName}
        />
      </>
    );
  }
  return <Answering key={task.task.kind + task.task.id} r={ready} current={task} />;
}

function Answering({ r, current }: { r: ReadyReading; current: TaskProgress }) {
  const { inspection, reading, index, progress, editor } = r;
  const { route, url } = useLocation();
  const root = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const task = current.task;
  const { previous, next } = taskNeighbours(r.progress, current);
  const back = readingPath(inspection.id, reading.caseId);
  const pathTo = (t: ScoringTask | undefined) =>
    t ? readingTaskPath(inspection.id, reading.caseId, t) : back;
  const nextPath = pathTo(next);
  const previousPath = pathTo(previous);
  const go = useMemo(
    () => ({ next: () => route(nextPath), previous: () => route(previousPath) }),
    [route, nextPath, previousPath],
  );
  useScoringKeys(root, go);

  useQuestionFromHash(url, () => heading.current?.focus());

  const section = task.kind === 'standard' ? task.section : null;

  return (
    <div ref={root} class="ca-answering">
      <a href={back} class="govuk-back-link">
        {t('moderation.reading', 'Back to the second reading of {ref}', { ref: reading.caseRef })}
      </a>
      <span class="govuk-caption-l">
        {section
          ? t('moderation.reading', 'Second reading of case {ref} · {section}', {
              ref: reading.caseRef,
              section: section.title,
            })
          : t('moderation.reading', 'Second reading of case {ref}', { ref: reading.caseRef })}
      </span>
      <h1 class="govuk-heading-l" tabIndex={-1} ref={heading}>
        {task.title}
      </h1>
      {r.locked ? (
        <div class="govuk-inset-text">
          {t('moderation.reading', 'This second reading is finished and can no longer change.')}
        </div>
      ) : (
        <p class="govuk-body ca-answering__progress" data-testid="task-progress">
          {t(
            'moderation.reading',
            '{answered} of {count, plural, one {# question} other {# questions}} answered. Your second reading saves as you go; the first reading is not shown.',
            { answered: current.answered, count: current.applicable },
          )}
        </p>
      )}
      <KeysHelp />
      <TaskQuestions
        current={current}
        hidden={progress.hidden}
        answers={reading.answers}
        index={index}
        block={{
          frameworkKey: r.frameworkKey,
          editor,
          locked: r.locked,
          me: r.scorer,
          device: r.device,
          memberName: r.memberName,
          lockedWords: readingFinished(),
        }}
      />
      <StandardPagination
        previous={{
          href: previousPath,
          label: previous
            ? previous.title
            : t('moderation.reading', 'Second reading of {ref}', { ref: reading.caseRef }),
        }}
        next={{
          href: nextPath,
          label: next ? next.title : t('moderation.reading', 'Finish the second reading'),
        }}
        continueText={
          next
            ? t('moderation.reading', 'Continue to {title}', { title: next.title })
            : t('moderation.reading', 'Continue to finish the second reading')
        }
      />
    </div>
  );
}
