/**
 * A case: its details, progress, and the task list of scoring it — the case profile first, then
 * every standard section by section, each with its state and a link to its screen — then
 * "Check your answers".
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { ScoringTask, TaskProgress } from '../../../core';
import { StorageWarning } from '../../components/StorageWarning';
import { SummaryRow } from '../../components/SummaryRow';
import { usePageTitle } from '../../hooks/usePageTitle';
import { CaseConflictsNotice } from '../CaseCommon/CaseConflictsNotice';
import { caseNotReady } from '../CaseCommon/CaseMissing';
import { checkPath, historyPath, inspectionPath, taskPath } from '../CaseCommon/caseLinks';
import { ScorerPicker } from '../CaseCommon/ScorerPicker';
import { type ReadyCase, useCaseScreen } from '../CaseCommon/useCaseScreen';
import { TaskList } from './TaskList';
import { CaseStatusTag } from './taskStatus';
import '../CaseCommon/caseCommon.css';
import './CasePage.css';
import { t, tx } from '../../i18n/translate';

type Props = { inspectionId: string; caseId: string };

export default function CasePage({ inspectionId, caseId }: Props) {
  const screen = useCaseScreen(inspectionId, caseId);
  // Never the case reference: browsers keep titles in their history in plain text.
  usePageTitle(t('scoring', 'Case'));
  const notReady = caseNotReady(screen, { inspectionId, caseId }, t('scoring', 'Loading the case'));
  if (notReady || screen.status !== 'ready') return notReady;
  return <CaseOverview c={screen.value} />;
}

function CaseOverview({ c }: { c: ReadyCase }) {
  const { caseRecord, inspection, progress } = c;
  const [changingScorer, setChangingScorer] = useState(false);
  const area = inspection.areas.find((a) => a.id === caseRecord.areaId)?.name ?? caseRecord.areaId;
  const stratum = caseRecord.stratumId
    ? (inspection.strata.find((s) => s.id === caseRecord.stratumId)?.name ?? caseRecord.stratumId)
    : t('scoring', 'None');
  const profileTasks = progress.tasks.filter((t) => t.task.kind === 'profile');
  const taskList = {
    index: c.index,
    hrefOf: (task: ScoringTask) => taskPath(inspection.id, caseRecord.id, task),
  };
  const sections: { id: string; title: string; tasks: TaskProgress[] }[] = [];
  for (const task of progress.tasks) {
    if (task.task.kind !== 'standard') continue;
    const section = task.task.section;
    let group = sections.find((s) => s.id === section.id);
    if (!group) {
      group = { id: section.id, title: section.title, tasks: [] };
      sections.push(group);
    }
    group.tasks.push(task);
  }
  const done = progress.tasks.filter((t) => t.state === 'completed' || t.state === 'not-asked');

  return (
    <>
      <a href={inspectionPath(inspection.id)} class="govuk-back-link">
        {t('scoring', 'Back to the cases of this inspection')}
      </a>
      <StorageWarning inspectionId={inspection.id} />
      <span class="govuk-caption-l">{inspection.title}</span>
      <h1 class="govuk-heading-l">{t('scoring', 'Case {ref}', { ref: caseRecord.ref })}</h1>
      <CaseConflictsNotice c={c} />

      <dl class="govuk-summary-list ca-case-summary">
        <SummaryRow label={t('scoring', 'Reference')}>{caseRecord.ref}</SummaryRow>
        <SummaryRow label={t('scoring', 'Area')}>{area}</SummaryRow>
        {inspection.strata.length > 0 && (
          <SummaryRow label={t('scoring', 'Stratum')}>{stratum}</SummaryRow>
        )}
        <SummaryRow label={t('scoring', 'Inspector')}>
          {caseRecord.inspectorId
            ? c.memberName(caseRecord.inspectorId)
            : t('scoring', 'Not assigned')}
        </SummaryRow>
        <SummaryRow label={t('scoring', 'Status')}>
          <CaseStatusTag status={caseRecord.status} />
        </SummaryRow>
        <SummaryRow label={t('scoring', 'Progress')}>
          <span data-testid="case-progress">
            {t(
              'scoring',
              '{answered} of {applicable, plural, one {# question} other {# questions}} answered',
              { answered: progress.answered, applicable: progress.applicable },
            )}
          </span>
          {progress.requiredMissing.length > 0 && (
            <>
              {' '}
              {t('scoring', '({count} required still to answer)', {
                count: progress.requiredMissing.length,
              })}
            </>
          )}
        </SummaryRow>
      </dl>

      {c.scorer === null || changingScorer ? (
        <div class="ca-scorer-picker">
          <ScorerPicker
            inspection={inspection}
            suggested={caseRecord.inspectorId}
            current={c.scorer}
            headingLevel="h2"
            onDone={() => setChangingScorer(false)}
            focusNext={() => document.getElementById('score-heading')}
          />
        </div>
      ) : (
        <p class="govuk-body" data-testid="scoring-as">
          {tx('scoring', 'Scoring as <strong>{name}</strong>.', {
            strong: (chunks: ComponentChildren) => <strong>{chunks}</strong>,
            name: c.memberName(c.scorer),
          })}{' '}
          <button
            type="button"
            class="ca-link-button govuk-link"
            onClick={() => setChangingScorer(true)}
          >
            {tx('scoring', 'Change<hidden> who is scoring</hidden>', {
              hidden: (chunks: ComponentChildren) => (
                <span class="govuk-visually-hidden">{chunks}</span>
              ),
            })}
          </button>
        </p>
      )}

      <h2 class="govuk-heading-m" id="score-heading">
        {t('scoring', 'Score the case')}
      </h2>
      <p class="govuk-body" data-testid="tasks-done">
        {t(
          'scoring',
          'You have completed {done} of {count, plural, one {# section} other {# sections}}.',
          { done: done.length, count: progress.tasks.length },
        )}
      </p>
      {profileTasks.length > 0 && (
        <TaskList {...taskList} tasks={profileTasks} idPrefix="profile" />
      )}
      {sections.map((section) => (
        <div key={section.id}>
          <h3 class="govuk-heading-s ca-task-section">{section.title}</h3>
          <TaskList {...taskList} tasks={section.tasks} idPrefix={`section-${section.id}`} />
        </div>
      ))}

      <h2 class="govuk-heading-m">{t('scoring', 'Check and complete')}</h2>
      <ul class="govuk-task-list">
        <li class="govuk-task-list__item govuk-task-list__item--with-link">
          <div class="govuk-task-list__name-and-hint">
            <a
              class="govuk-link govuk-task-list__link"
              href={checkPath(inspection.id, caseRecord.id)}
              aria-describedby="check-status"
            >
              {t('scoring', 'Check your answers')}
            </a>
          </div>
          <div class="govuk-task-list__status" id="check-status">
            {caseRecord.status === 'complete' || caseRecord.status === 'moderated' ? (
              t('scoring', 'Completed')
            ) : progress.canComplete ? (
              <strong class="govuk-tag govuk-tag--blue">{t('scoring', 'Ready to complete')}</strong>
            ) : (
              <strong class="govuk-tag govuk-tag--grey">
                {t('scoring', '{count} to answer', { count: progress.requiredMissing.length })}
              </strong>
            )}
          </div>
        </li>
      </ul>
      <p class="govuk-body">
        <a class="govuk-link" href={historyPath(inspection.id, caseRecord.id)}>
          {t('scoring', 'History of changes to this case')}
        </a>
      </p>
    </>
  );
}
