/**
 * A case's standards (or its profile) as a GOV.UK task list: each linked unless it cannot be
 * started yet or asks nothing, with what it waits on or how much is answered, and its state.
 * The same for scoring a case and for a second reading; `hrefOf` says where each task is.
 */
import type { FrameworkIndex, ScoringTask, TaskProgress } from '../../../core';
import { t } from '../../i18n/translate';
import { taskTitle } from '../taskTitle';
import { TaskStatus } from './taskStatus';

function taskHint(index: FrameworkIndex, task: TaskProgress): string {
  if (task.state === 'cannot-start-yet') {
    const names = task.waitingOn.map((id) => `“${index.itemById.get(id)?.item.text ?? id}”`);
    const questions = names.reduce((first, second) =>
      t('scoring', '{first} and {second}', { first, second }),
    );
    return t('scoring', 'Answer {questions} first', { questions });
  }
  if (task.state === 'not-asked') return t('scoring', 'None of its questions applies to this case');
  return t(
    'scoring',
    '{answered} of {applicable, plural, one {# question} other {# questions}} answered',
    { answered: task.answered, applicable: task.applicable },
  );
}

export function TaskList({
  tasks,
  idPrefix,
  index,
  hrefOf,
}: {
  tasks: readonly TaskProgress[];
  idPrefix: string;
  index: FrameworkIndex;
  hrefOf: (task: ScoringTask) => string;
}) {
  return (
    <ul class="govuk-task-list">
      {tasks.map((t, i) => {
        const statusId = `${idPrefix}-${i + 1}-status`;
        const hintId = `${idPrefix}-${i + 1}-hint`;
        const linked = t.state !== 'cannot-start-yet' && t.state !== 'not-asked';
        return (
          <li
            key={t.task.id}
            class={`govuk-task-list__item${linked ? ' govuk-task-list__item--with-link' : ''}`}
          >
            <div class="govuk-task-list__name-and-hint">
              {linked ? (
                <a
                  class="govuk-link govuk-task-list__link"
                  href={hrefOf(t.task)}
                  aria-describedby={`${hintId} ${statusId}`}
                >
                  {taskTitle(t.task)}
                </a>
              ) : (
                <div>{taskTitle(t.task)}</div>
              )}
              <div class="govuk-task-list__hint" id={hintId}>
                {taskHint(index, t)}
              </div>
            </div>
            <TaskStatus state={t.state} id={statusId} />
          </li>
        );
      })}
    </ul>
  );
}
