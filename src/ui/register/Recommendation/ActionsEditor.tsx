/**
 * The actions of a recommendation: each with what is to be done, its owner, its due date and the
 * date it was done (GOV.UK date inputs); an open one due before today is flagged "Overdue".
 */
import { isOverdue, parseDateAnswer } from '../../../core';
import { DateField, TextField } from '../../components/InspectionFrame/formFields';
import { TextAreaField } from '../common/TextAreaField';
import { type ActionFields, actionField, blankAction } from './recommendationForm';

/** Whether the action, as typed, is open and due before today. */
function overdueAsTyped(action: ActionFields, today: string): boolean {
  const due = parseDateAnswer('due', action.due);
  const done = parseDateAnswer('done', action.done);
  if (due.status !== 'ok' || done.status !== 'ok') return false;
  const read = {
    id: action.id,
    text: action.text,
    owner: action.owner,
    dueDate: due.value,
    doneOn: done.value,
  };
  return isOverdue(read, today);
}

export function ActionsEditor({
  actions,
  errors,
  today,
  newId,
  onChange,
}: {
  actions: readonly ActionFields[];
  errors: ReadonlyMap<string, string>;
  today: string;
  newId: () => string;
  onChange: (actions: readonly ActionFields[]) => void;
}) {
  const change = (i: number, next: Partial<ActionFields>) =>
    onChange(actions.map((a, j) => (j === i ? { ...a, ...next } : a)));
  return (
    <>
      <h2 class="govuk-heading-m">Actions</h2>
      {actions.length === 0 && <p class="govuk-body">No actions recorded yet.</p>}
      {actions.map((action, i) => {
        const n = i + 1;
        return (
          <fieldset class="govuk-fieldset ca-register__item" key={action.id}>
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
              Action {n}
              {overdueAsTyped(action, today) && (
                <>
                  {' '}
                  <strong class="govuk-tag govuk-tag--red">Overdue</strong>
                </>
              )}
            </legend>
            <TextAreaField
              id={actionField(i, 'text')}
              label={`Action ${n}: what is to be done`}
              rows={2}
              value={action.text}
              error={errors.get(actionField(i, 'text'))}
              onInput={(text) => change(i, { text })}
            />
            <TextField
              id={actionField(i, 'owner')}
              label={`Action ${n}: owner`}
              labelClass="govuk-label--s"
              inputClass="govuk-input--width-20"
              value={action.owner}
              error={errors.get(actionField(i, 'owner'))}
              onInput={(owner) => change(i, { owner })}
            />
            <DateField
              id={actionField(i, 'due')}
              legend={`Action ${n}: due date`}
              hint="For example, 30 4 2026"
              value={action.due}
              error={errors.get(`${actionField(i, 'due')}-day`)}
              onChange={(due) => change(i, { due })}
            />
            <DateField
              id={actionField(i, 'done')}
              legend={`Action ${n}: done on`}
              hint="Leave blank while the action is open"
              value={action.done}
              error={errors.get(`${actionField(i, 'done')}-day`)}
              onChange={(done) => change(i, { done })}
            />
            <button
              type="button"
              class="govuk-button govuk-button--secondary"
              onClick={() => onChange(actions.filter((_, j) => j !== i))}
            >
              Remove action {n}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        class="govuk-button govuk-button--secondary"
        onClick={() => onChange([...actions, blankAction(newId())])}
      >
        Add an action
      </button>
    </>
  );
}
