/**
 * A blind second reading: the task list of the case (profile, then every standard) for the
 * second reader, without anything of the first reading — no answers, notes, history or links
 * to the case's own pages. "I have finished the second reading" checks every required question
 * is answered and locks the reading; only then can the two readings be compared.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type TaskProgress, taskOfItem } from '../../../core';
import { finishSecondReading } from '../../../db/moderation/secondReadingStore';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { Loading } from '../../components/Loading';
import { NotificationBanner } from '../../components/NotificationBanner';
import { usePageTitle } from '../../hooks/usePageTitle';
import { t, tx } from '../../i18n/translate';
import { questionAnchor } from '../../scoring/CaseCommon/caseLinks';
import { formatSavedTime } from '../../scoring/CaseCommon/formatTime';
import { TaskList } from '../../scoring/CasePage/TaskList';
import {
  comparisonPath,
  moderationPath,
  readingTaskPath,
} from '../ModerationCommon/moderationLinks';
import { NotYourReading, ReadingFailed, ReadingMissing } from './ReadingCommon';
import { type ReadyReading, useSecondReading } from './useSecondReading';
import '../../scoring/CaseCommon/caseCommon.css';
import '../ModerationCommon/moderation.css';

type Props = { inspectionId: string; caseId: string };

export default function ModerationReading({ inspectionId, caseId }: Props) {
  const state = useSecondReading(inspectionId, caseId);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  // Never the case reference: browsers keep titles in their history in plain text.
  usePageTitle(t('moderation.reading', 'Second reading'), errors.length > 0);
  if (state.status === 'loading') {
    return <Loading what={t('moderation.reading', 'Loading the second reading')} />;
  }
  if (state.status === 'failed') return <ReadingFailed />;
  if (state.status === 'missing') return <ReadingMissing inspectionId={inspectionId} />;
  return <Overview r={state.value} errors={errors} onErrors={setErrors} />;
}

function Overview({
  r,
  errors,
  onErrors,
}: {
  r: ReadyReading;
  errors: SummaryError[];
  onErrors: (errors: SummaryError[]) => void;
}) {
  const { inspection, reading, progress } = r;
  const heading = useRef<HTMLHeadingElement>(null);
  const [failed, setFailed] = useState<string | null>(null);
  // Finished here and now (not opened finished): the banner takes focus from the button it replaces.
  const [justFinished, setJustFinished] = useState(false);
  useEffect(() => heading.current?.focus(), []);
  const mine = r.scorer === reading.secondReaderId;
  const done = progress.tasks.filter((t) => t.state === 'completed' || t.state === 'not-asked');

  const finish = async () => {
    setFailed(null);
    await r.editor?.flush();
    const outcome = await finishSecondReading({
      inspectionId: inspection.id,
      caseId: reading.caseId,
      by: r.scorer ?? reading.secondReaderId,
    });
    if (outcome.status === 'incomplete') {
      onErrors(unanswered(r, outcome.missing));
      return;
    }
    onErrors([]);
    if (outcome.status === 'done') setJustFinished(true);
    else if (outcome.status === 'missing') setFailed(outcome.message);
    else if (outcome.status === 'failed') {
      setFailed(
        t(
          'moderation.reading',
          'The second reading could not be marked finished ({detail}). Try again.',
          { detail: outcome.detail },
        ),
      );
    }
  };

  return (
    <>
      <a href={moderationPath(inspection.id)} class="govuk-back-link">
        {t('moderation.reading', 'Back to moderation')}
      </a>
      {errors.length > 0 && (
        <ErrorSummary
          title={t('moderation.reading', 'The second reading is not finished')}
          description={t(
            'moderation.reading',
            'These questions apply to this case and must be answered first:',
          )}
          errors={errors}
        />
      )}
      <span class="govuk-caption-l">
        {t('moderation.reading', 'Second reading · {title}', { title: inspection.title })}
      </span>
      <h1 class="govuk-heading-l" tabIndex={-1} ref={heading}>
        {t('moderation.reading', 'Case {ref}', { ref: reading.caseRef })}
      </h1>
      <div class="govuk-inset-text">
        {t(
          'moderation.reading',
          'This is a blind second reading: you do not see the first reading’s answers or notes. Read the case file and answer as you would in a first reading. Your answers are kept apart from the case’s answers and change no finding until the lead has compared the two readings.',
        )}
      </div>

      {!mine && (
        <NotYourReading
          inspection={inspection}
          secondReaderId={reading.secondReaderId}
          scorer={r.scorer}
          memberName={r.memberName}
        />
      )}

      {r.locked && <Finished r={r} focus={justFinished} />}

      <h2 class="govuk-heading-m">{t('moderation.reading', 'Read the case')}</h2>
      <p class="govuk-body" data-testid="reading-progress">
        {t(
          'moderation.reading',
          '{answered} of {questions, plural, one {# question} other {# questions}} answered; {done} of {sections, plural, one {# section} other {# sections}} completed.',
          {
            answered: progress.answered,
            questions: progress.applicable,
            done: done.length,
            sections: progress.tasks.length,
          },
        )}
      </p>
      {groups(progress.tasks).map((group, i) => (
        <div key={group.title}>
          {group.title !== '' && (
            <h3 class="govuk-heading-s ca-moderation__task-section">{group.title}</h3>
          )}
          <TaskList
            tasks={group.tasks}
            idPrefix={`reading-${i + 1}`}
            index={r.index}
            hrefOf={(task) => readingTaskPath(r.inspection.id, r.reading.caseId, task)}
          />
        </div>
      ))}

      {!r.locked && mine && (
        <>
          <h2 class="govuk-heading-m">{t('moderation.reading', 'Finish')}</h2>
          <p class="govuk-body">
            {t(
              'moderation.reading',
              'When you have finished, the reading is locked and compared with the first reading.',
            )}
          </p>
          {failed && (
            <p class="govuk-body" role="alert">
              {failed}
            </p>
          )}
          <button type="button" class="govuk-button" onClick={() => void finish()}>
            {t('moderation.reading', 'I have finished the second reading')}
          </button>
        </>
      )}
    </>
  );
}

/** Each required question not yet answered, linked to where it is asked. */
function unanswered(r: ReadyReading, missing: readonly string[]): SummaryError[] {
  const { inspection, reading, index } = r;
  return missing.map((itemId) => {
    const task = taskOfItem(index, itemId);
    const text = index.itemById.get(itemId)?.item.text ?? itemId;
    return {
      href: task
        ? `${readingTaskPath(inspection.id, reading.caseId, task)}#${questionAnchor(itemId)}`
        : undefined,
      text: t('moderation.reading', 'Answer “{question}”', { question: text }),
    };
  });
}

/** The reading is finished: when, and what happens to it next. */
function Finished({ r, focus }: { r: ReadyReading; focus: boolean }) {
  const { inspection, reading } = r;
  const link = (href: string) => (chunks: ComponentChildren) => (
    <a class="govuk-notification-banner__link" href={href}>
      {chunks}
    </a>
  );
  return (
    <NotificationBanner
      heading={t('moderation.reading', 'This second reading is finished')}
      type="success"
      focus={focus}
    >
      <p class="govuk-body">
        {reading.finishedAt
          ? t('moderation.reading', 'Finished at {time}. It can no longer be changed.', {
              time: formatSavedTime(reading.finishedAt),
            })
          : t('moderation.reading', 'It can no longer be changed.')}
      </p>
      {reading.comparedHere ? (
        <p class="govuk-body">
          <a
            class="govuk-notification-banner__link"
            href={comparisonPath(inspection.id, reading.caseId)}
          >
            {t('moderation.reading', 'Compare the two readings')}
          </a>
        </p>
      ) : (
        <p class="govuk-body" data-testid="send-reading">
          {tx(
            'moderation.reading',
            'The lead compares the two readings on their device: <link>export your work</link> and send them the file.',
            { link: link(inspectionHref(inspection.id, '/team-work/my-work')) },
          )}
        </p>
      )}
    </NotificationBanner>
  );
}

/** The profile first, then the standards under their section's title, as the case page shows them. */
function groups(tasks: readonly TaskProgress[]): { title: string; tasks: TaskProgress[] }[] {
  const list: { title: string; tasks: TaskProgress[] }[] = [];
  for (const t of tasks) {
    const title = t.task.kind === 'standard' ? t.task.section.title : '';
    const last = list[list.length - 1];
    if (last && last.title === title) last.tasks.push(t);
    else list.push({ title, tasks: [t] });
  }
  return list;
}
