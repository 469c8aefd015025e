import type { CaseStatus, TaskState } from '../../../core';
import { STATUS_LABELS } from '../../components/InspectionFrame/format';
import { t } from '../../i18n/translate';

/** A task's state as the GOV.UK task list shows it: a tag while work remains, plain text after. */
export function TaskStatus({ state, id }: { state: TaskState; id: string }) {
  switch (state) {
    case 'completed':
      return (
        <div class="govuk-task-list__status" id={id}>
          {t('scoring', 'Completed')}
        </div>
      );
    case 'in-progress':
      return (
        <div class="govuk-task-list__status" id={id}>
          <strong class="govuk-tag govuk-tag--light-blue">{t('scoring', 'In progress')}</strong>
        </div>
      );
    case 'not-started':
      return (
        <div class="govuk-task-list__status" id={id}>
          <strong class="govuk-tag govuk-tag--blue">{t('scoring', 'Not yet started')}</strong>
        </div>
      );
    case 'cannot-start-yet':
      return (
        <div class="govuk-task-list__status govuk-task-list__status--cannot-start-yet" id={id}>
          {t('scoring', 'Cannot start yet')}
        </div>
      );
    case 'not-asked':
      return (
        <div class="govuk-task-list__status govuk-task-list__status--cannot-start-yet" id={id}>
          {t('scoring', 'Not asked for this case')}
        </div>
      );
  }
}

const CASE_STATUS_COLOURS: Record<CaseStatus, string> = {
  'not-started': 'grey',
  'in-progress': 'light-blue',
  complete: 'green',
  moderated: 'purple',
};

export function CaseStatusTag({ status }: { status: CaseStatus }) {
  const label = STATUS_LABELS[status];
  const colour = CASE_STATUS_COLOURS[status];
  return <strong class={`govuk-tag govuk-tag--${colour}`}>{label}</strong>;
}
