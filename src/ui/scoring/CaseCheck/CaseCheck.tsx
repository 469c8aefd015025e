/**
 * Check your answers: every task's answers in GOV.UK summary lists, each with a link back to
 * change it; every unanswered required question listed with an "Answer" link that opens its
 * screen with the question focused; and "Mark case as complete", enabled only when nothing
 * required is missing, also reached from a skip link at the top of the page. Completing and
 * reopening are recorded in the case history; the banner that says so takes focus.
 */

import type { ComponentChildren, RefObject } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { describeAnswer, type TaskProgress, taskOfItem } from '../../../core';
import { completeCase, reopenCase } from '../../../db/cases/caseStatusWriter';
import { ErrorSummary } from '../../components/ErrorSummary';
import { focusElement, focusWhenShown } from '../../components/moveFocus';
import { NotificationBanner } from '../../components/NotificationBanner';
import { usePageTitle } from '../../hooks/usePageTitle';
import { caseNotReady } from '../CaseCommon/CaseMissing';
import { casePath, historyPath, questionAnchor, taskPath } from '../CaseCommon/caseLinks';
import { ScorerPicker } from '../CaseCommon/ScorerPicker';
import { type ReadyCase, useCaseScreen } from '../CaseCommon/useCaseScreen';
import '../CaseCommon/caseCommon.css';
import './CaseCheck.css';
import { currentTranslator, t, tx } from '../../i18n/translate';
import { taskTitle } from '../taskTitle';

type Props = { inspectionId: string; caseId: string };

export default function CaseCheck({ inspectionId, caseId }: Props) {
  const screen = useCaseScreen(inspectionId, caseId);
  // Never the case reference: browsers keep titles in their history in plain text.
  usePageTitle(t('scoring', 'Check your answers'));
  const notReady = caseNotReady(
    screen,
    { inspectionId, caseId },
    t('scoring', 'Loading the answers'),
  );
  if (notReady || screen.status !== 'ready') return notReady;
  const c = screen.value;
  if (c.scorer === null) {
    return (
      <>
        <span class="govuk-caption-l">{t('scoring', 'Case {ref}', { ref: c.caseRecord.ref })}</span>
        <ScorerPicker
          inspection={c.inspection}
          suggested={c.caseRecord.inspectorId}
          current={null}
        />
      </>
    );
  }
  return <Check c={c} />;
}

function answerLink(c: ReadyCase, itemId: string): string {
  const task = taskOfItem(c.index, itemId);
  return task
    ? `${taskPath(c.inspection.id, c.caseRecord.id, task)}#${questionAnchor(itemId)}`
    : casePath(c.inspection.id, c.caseRecord.id);
}

function Check({ c }: { c: ReadyCase }) {
  const { caseRecord, inspection, progress, index } = c;
  const [outcome, setOutcome] = useState<'done' | 'failed' | 'incomplete' | null>(null);
  const complete = caseRecord.status === 'complete' || caseRecord.status === 'moderated';
  const missing = progress.requiredMissing;
  const who = { caseId: caseRecord.id, by: c.scorer ?? '', device: c.device };
  const endHeading = useRef<HTMLHeadingElement>(null);
  const endButton = useRef<HTMLButtonElement>(null);

  // The button is at the end of every answer: the skip link at the top takes the keyboard
  // there in one step (to the button itself when it can be used, else to its section).
  const skipToEnd = (event: Event) => {
    event.preventDefault();
    const button = endButton.current;
    const target = button && !button.disabled ? button : endHeading.current;
    if (target) focusElement(target);
  };

  const markComplete = async () => {
    // Anything still being typed is saved first: completing never drops it.
    await c.editor?.flush();
    const result = await completeCase(who);
    setOutcome(
      result.status === 'done' || result.status === 'unchanged'
        ? 'done'
        : result.status === 'incomplete'
          ? 'incomplete'
          : 'failed',
    );
  };
  const reopen = async () => {
    const result = await reopenCase(who);
    const failed = result.status === 'failed' || result.status === 'missing';
    setOutcome(failed ? 'failed' : null);
    // The reopen button goes with the banner: move to the section that takes its place.
    if (!failed) focusWhenShown(() => document.getElementById('complete-heading'));
  };

  return (
    <>
      <a href={casePath(inspection.id, caseRecord.id)} class="govuk-back-link">
        {t('scoring', 'Back to case {ref}', { ref: caseRecord.ref })}
      </a>
      {outcome === 'failed' && (
        <ErrorSummary
          errors={[
            { text: t('scoring', 'The case status could not be saved on this device. Try again.') },
          ]}
        />
      )}
      {complete && (
        <NotificationBanner
          type={outcome === 'done' ? 'success' : 'information'}
          heading={t('scoring', 'Case {ref} is complete', { ref: caseRecord.ref })}
          focus={outcome === 'done'}
        >
          <p class="govuk-body">
            {t('scoring', 'Its answers can no longer be changed unless you reopen it.')}{' '}
            <a
              class="govuk-notification-banner__link"
              href={casePath(inspection.id, caseRecord.id)}
            >
              {t('scoring', 'Back to the case')}
            </a>
          </p>
        </NotificationBanner>
      )}
      <span class="govuk-caption-l">{t('scoring', 'Case {ref}', { ref: caseRecord.ref })}</span>
      <h1 class="govuk-heading-l">{t('scoring', 'Check your answers')}</h1>
      <p class="govuk-body" data-testid="check-progress">
        {t(
          'scoring',
          '{answered} of {applicable, plural, one {# question that applies} other {# questions that apply}} to this case {answered, plural, one {is} other {are}} answered.',
          { answered: progress.answered, applicable: progress.applicable },
        )}
      </p>
      <p class="govuk-body">
        <a
          class="govuk-link"
          href={complete ? '#reopen-heading' : '#complete-heading'}
          onClick={skipToEnd}
        >
          {complete
            ? t('scoring', 'Skip to Reopen case')
            : t('scoring', 'Skip to Mark case as complete')}
        </a>
      </p>

      {!complete && missing.length > 0 && (
        <div class="ca-missing" data-testid="missing">
          <h2 class="govuk-heading-m">
            {t(
              'scoring',
              '{count, plural, one {# required question is} other {# required questions are}} not answered yet',
              { count: missing.length },
            )}
          </h2>
          <ul class="govuk-list govuk-list--bullet">
            {missing.map((itemId) => (
              <li key={itemId}>
                <a class="govuk-link" href={answerLink(c, itemId)}>
                  {tx('scoring', 'Answer<hidden>:</hidden> “{question}”', {
                    hidden: (chunks: ComponentChildren) => (
                      <span class="govuk-visually-hidden">{chunks}</span>
                    ),
                    question: index.itemById.get(itemId)?.item.text ?? '',
                  })}
                </a>{' '}
                <span class="ca-missing__where">({taskTitle(taskOfItem(index, itemId))})</span>
              </li>
            ))}
          </ul>
        </div>
      )}

      {progress.tasks.map((task) => (
        <TaskAnswers
          key={`${task.task.kind}-${task.task.id}`}
          c={c}
          task={task}
          locked={complete}
        />
      ))}

      <EndOfCheck
        c={c}
        complete={complete}
        outcome={outcome}
        onReopen={reopen}
        onComplete={markComplete}
        endHeading={endHeading}
        endButton={endButton}
      />
    </>
  );
}

/** The end of the check: reopening a completed case, or marking it complete. */
function EndOfCheck({
  c,
  complete,
  outcome,
  onReopen,
  onComplete,
  endHeading,
  endButton,
}: {
  c: ReadyCase;
  complete: boolean;
  outcome: 'done' | 'failed' | 'incomplete' | null;
  onReopen: () => void;
  onComplete: () => void;
  endHeading: RefObject<HTMLHeadingElement>;
  endButton: RefObject<HTMLButtonElement>;
}) {
  const { caseRecord, inspection } = c;
  const missing = c.progress.requiredMissing;
  return complete ? (
    <>
      <h2 class="govuk-heading-m" id="reopen-heading" ref={endHeading}>
        {t('scoring', 'Reopen the case')}
      </h2>
      <p class="govuk-body">
        {tx(
          'scoring',
          'Reopen the case to change its answers. Reopening is recorded in its <link>history</link>.',
          {
            link: (chunks: ComponentChildren) => (
              <a class="govuk-link" href={historyPath(inspection.id, caseRecord.id)}>
                {chunks}
              </a>
            ),
          },
        )}
      </p>
      <button
        type="button"
        class="govuk-button govuk-button--secondary"
        onClick={onReopen}
        ref={endButton}
      >
        {t('scoring', 'Reopen case')}
      </button>
    </>
  ) : (
    <>
      <h2 class="govuk-heading-m" id="complete-heading" ref={endHeading}>
        {t('scoring', 'Complete the case')}
      </h2>
      <p class="govuk-body" id="complete-hint">
        {missing.length === 0
          ? t(
              'scoring',
              'Marking the case as complete tells your lead inspector it is ready. You can reopen it later; both are recorded in its history.',
            )
          : t(
              'scoring',
              'You can mark the case as complete once the {count, plural, one {# required question above is} other {# required questions above are}} answered.',
              { count: missing.length },
            )}
      </p>
      {outcome === 'incomplete' && (
        <p class="govuk-error-message" role="alert">
          <span class="govuk-visually-hidden">{t('scoring', 'Error:')}</span>{' '}
          {t('scoring', 'Some required questions are not answered yet.')}
        </p>
      )}
      <button
        type="button"
        class="govuk-button"
        disabled={missing.length > 0}
        aria-disabled={missing.length > 0}
        aria-describedby="complete-hint"
        onClick={onComplete}
        ref={endButton}
      >
        {t('scoring', 'Mark case as complete')}
      </button>
    </>
  );
}

function TaskAnswers({ c, task, locked }: { c: ReadyCase; task: TaskProgress; locked: boolean }) {
  const { index, answers } = c;
  const headingId = `check-${task.task.kind}-${task.task.id}`;
  const shown = task.task.itemIds.filter((id) => !c.progress.hidden.has(id));
  return (
    <section aria-labelledby={headingId} class="ca-check__section">
      <h2 class="govuk-heading-m ca-check__task" id={headingId}>
        {taskTitle(task.task)}
      </h2>
      {shown.length === 0 ? (
        <p class="govuk-body ca-check__not-asked">
          {task.state === 'cannot-start-yet'
            ? t('scoring', 'Not asked yet: it depends on answers still to give.')
            : t('scoring', 'Not asked for this case.')}
        </p>
      ) : (
        <dl class="govuk-summary-list">
          {shown.map((id) => {
            const entry = index.itemById.get(id)!;
            const stored = answers.get(id);
            const answered = stored !== undefined && stored.value !== null;
            const required = entry.item.required !== false;
            return (
              <div
                class={`govuk-summary-list__row${locked ? ' govuk-summary-list__row--no-actions' : ''}`}
                key={id}
              >
                <dt class="govuk-summary-list__key">{entry.item.text}</dt>
                <dd class="govuk-summary-list__value">
                  <p
                    class={`govuk-body ca-check__answer${!answered && required ? ' ca-check__answer--missing' : ''}`}
                  >
                    {answered
                      ? describeAnswer(index, id, stored.value, currentTranslator())
                      : required
                        ? t('scoring', 'Not answered (required)')
                        : t('scoring', 'Not answered')}
                  </p>
                  {stored && stored.note.trim() !== '' && (
                    <p class="govuk-body-s ca-check__note">
                      {t('scoring', 'Evidence: {note}', { note: stored.note })}
                    </p>
                  )}
                </dd>
                {!locked && (
                  <dd class="govuk-summary-list__actions">
                    <a class="govuk-link" href={answerLink(c, id)}>
                      {answered ? t('scoring', 'Change') : t('scoring', 'Answer')}
                      <span class="govuk-visually-hidden"> “{entry.item.text}”</span>
                    </a>
                  </dd>
                )}
              </div>
            );
          })}
        </dl>
      )}
    </section>
  );
}
