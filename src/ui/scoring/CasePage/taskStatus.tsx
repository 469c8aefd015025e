import type { CaseStatus, TaskState } from '../../../core';

/** A task's state as the GOV.UK task list shows it: a tag while work remains, plain text after. */
export function TaskStatus({ state, id }: { state: TaskState; id: string }) {
  switch (state) {
    case 'completed':
      return (
        <div class="govuk-task-list__status" id={id}>
          Completed
        </div>
      );
    case 'in-progress':
      return (
        <div class="govuk-task-list__status" id={id}>
          <strong class="govuk-tag govuk-tag--light-blue">In progress</strong>
        </div>
      );
    case 'not-started':
      return (
        <div class="govuk-task-list__status" id={id}>
          <strong class="govuk-tag govuk-tag--blue">Not yet started</strong>
        </div>
      );
    case 'cannot-start-yet':
      return (
        <div class="govuk-task-list__status govuk-task-list__status--cannot-start-yet" id={id}>
          Cannot start yet
        </div>
      );
    case 'not-asked':
      return (
        <div class="govuk-task-list__status govuk-task-list__status--cannot-start-yet" id={id}>
          Not asked for this case
        </div>
      );
  }
}

const CASE_STATUS: Record<CaseStatus, { label: string; colour: string }> = {
  'not-started': { label: 'Not started', colour: 'grey' },
  'in-progress': { label: 'In progress', colour: 'light-blue' },
  complete: { label: 'Complete', colour: 'green' },
  moderated: { label: 'Moderated', colour: 'purple' },
};

export function CaseStatusTag({ status }: { status: CaseStatus }) {
  const { label, colour } = CASE_STATUS[status];
  return <strong class={`govuk-tag govuk-tag--${colour}`}>{label}</strong>;
}
