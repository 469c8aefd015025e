/**
 * Check your answers: every task's answers in GOV.UK summary lists, each with a link back to
 * change it; every unanswered required question listed with an "Answer" link that opens its
 * screen with the question focused; and "Mark case as complete", enabled only when nothing
 * required is missing, also reached from a skip link at the top of the page. Completing and
 * reopening are recorded in the case history; the banner that says so takes focus.
 */
import { useRef, useState } from 'preact/hooks';
import {
  describeAnswer,
  isOrAre,
  plural,
  pluralForm,
  type TaskProgress,
  taskOfItem,
} from '../../../core';
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

type Props = { inspectionId: string; caseId: string };

export default function CaseCheck({ inspectionId, caseId }: Props) {
  const screen = useCaseScreen(inspectionId, caseId);
  // Never the case reference: browsers keep titles in their history in plain text.
  usePageTitle('Check your answers');
  const notReady = caseNotReady(screen, { inspectionId, caseId }, 'Loading the answers');
  if (notReady || screen.status !== 'ready') return notReady;
  const c = screen.value;
  if (c.scorer === null) {
    return (
      <>
        <span class="govuk-caption-l">Case {c.caseRecord.ref}</span>
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
        Back to case {caseRecord.ref}
      </a>
      {outcome === 'failed' && (
        <ErrorSummary
          errors={[{ text: 'The case status could not be saved on this device. Try again.' }]}
        />
      )}
      {complete && (
        <NotificationBanner
          type={outcome === 'done' ? 'success' : 'information'}
          heading={`Case ${caseRecord.ref} is complete`}
          focus={outcome === 'done'}
        >
          <p class="govuk-body">
            Its answers can no longer be changed unless you reopen it.{' '}
            <a
              class="govuk-notification-banner__link"
              href={casePath(inspection.id, caseRecord.id)}
            >
              Back to the case
            </a>
          </p>
        </NotificationBanner>
      )}
      <span class="govuk-caption-l">Case {caseRecord.ref}</span>
      <h1 class="govuk-heading-l">Check your answers</h1>
      <p class="govuk-body" data-testid="check-progress">
        {progress.answered} of {plural(progress.applicable, 'question')} that{' '}
        {pluralForm(progress.applicable, { one: 'applies', other: 'apply' })} to this case{' '}
        {isOrAre(progress.applicable)} answered.
      </p>
      <p class="govuk-body">
        <a
          class="govuk-link"
          href={complete ? '#reopen-heading' : '#complete-heading'}
          onClick={skipToEnd}
        >
          {complete ? 'Skip to Reopen case' : 'Skip to Mark case as complete'}
        </a>
      </p>

      {!complete && missing.length > 0 && (
        <div class="ca-missing" data-testid="missing">
          <h2 class="govuk-heading-m">
            {plural(missing.length, 'required question')} {isOrAre(missing.length)} not answered yet
          </h2>
          <ul class="govuk-list govuk-list--bullet">
            {missing.map((itemId) => (
              <li key={itemId}>
                <a class="govuk-link" href={answerLink(c, itemId)}>
                  Answer<span class="govuk-visually-hidden">:</span> “
                  {index.itemById.get(itemId)?.item.text}”
                </a>{' '}
                <span class="ca-missing__where">({taskOfItem(index, itemId)?.title})</span>
              </li>
            ))}
          </ul>
        </div>
      )}

      {progress.tasks.map((t) => (
        <TaskAnswers key={`${t.task.kind}-${t.task.id}`} c={c} t={t} locked={complete} />
      ))}

      {complete ? (
        <>
          <h2 class="govuk-heading-m" id="reopen-heading" ref={endHeading}>
            Reopen the case
          </h2>
          <p class="govuk-body">
            Reopen the case to change its answers. Reopening is recorded in its{' '}
            <a class="govuk-link" href={historyPath(inspection.id, caseRecord.id)}>
              history
            </a>
            .
          </p>
          <button
            type="button"
            class="govuk-button govuk-button--secondary"
            onClick={reopen}
            ref={endButton}
          >
            Reopen case
          </button>
        </>
      ) : (
        <>
          <h2 class="govuk-heading-m" id="complete-heading" ref={endHeading}>
            Complete the case
          </h2>
          <p class="govuk-body" id="complete-hint">
            {missing.length === 0
              ? 'Marking the case as complete tells your lead inspector it is ready. You can reopen it later; both are recorded in its history.'
              : `You can mark the case as complete once the ${plural(missing.length, 'required question')} above ${isOrAre(missing.length)} answered.`}
          </p>
          {outcome === 'incomplete' && (
            <p class="govuk-error-message" role="alert">
              <span class="govuk-visually-hidden">Error:</span> Some required questions are not
              answered yet.
            </p>
          )}
          <button
            type="button"
            class="govuk-button"
            disabled={missing.length > 0}
            aria-disabled={missing.length > 0}
            aria-describedby="complete-hint"
            onClick={markComplete}
            ref={endButton}
          >
            Mark case as complete
          </button>
        </>
      )}
    </>
  );
}

function TaskAnswers({ c, t, locked }: { c: ReadyCase; t: TaskProgress; locked: boolean }) {
  const { index, answers } = c;
  const headingId = `check-${t.task.kind}-${t.task.id}`;
  const shown = t.task.itemIds.filter((id) => !c.progress.hidden.has(id));
  return (
    <section aria-labelledby={headingId} class="ca-check__section">
      <h2 class="govuk-heading-m ca-check__task" id={headingId}>
        {t.task.title}
      </h2>
      {shown.length === 0 ? (
        <p class="govuk-body ca-check__not-asked">
          {t.state === 'cannot-start-yet'
            ? 'Not asked yet: it depends on answers still to give.'
            : 'Not asked for this case.'}
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
                      ? describeAnswer(index, id, stored.value)
                      : required
                        ? 'Not answered (required)'
                        : 'Not answered'}
                  </p>
                  {stored && stored.note.trim() !== '' && (
                    <p class="govuk-body-s ca-check__note">Evidence: {stored.note}</p>
                  )}
                </dd>
                {!locked && (
                  <dd class="govuk-summary-list__actions">
                    <a class="govuk-link" href={answerLink(c, id)}>
                      {answered ? 'Change' : 'Answer'}
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
