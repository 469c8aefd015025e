/**
 * The actions of a recommendation: each with what is to be done, its owner, its due date and the
 * date it was done (GOV.UK date inputs); an open one due before today is flagged "Overdue".
 */
import { isOverdue, parseDateAnswer } from '../../../core';
import { DateField, TextField } from '../../components/InspectionFrame/formFields';
import { t } from '../../i18n/translate';
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
      <h2 class="govuk-heading-m">{t('register', 'Actions')}</h2>
      {actions.length === 0 && (
        <p class="govuk-body">{t('register', 'No actions recorded yet.')}</p>
      )}
      {actions.map((action, i) => {
        const n = i + 1;
        return (
          <fieldset class="govuk-fieldset ca-register__item" key={action.id}>
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
              {t('register', 'Action {number}', { number: n })}
              {overdueAsTyped(action, today) && (
                <>
                  {' '}
                  <strong class="govuk-tag govuk-tag--red">{t('register', 'Overdue')}</strong>
                </>
              )}
            </legend>
            <TextAreaField
              id={actionField(i, 'text')}
              label={t('register', 'Action {number}: what is to be done', { number: n })}
              rows={2}
              value={action.text}
              error={errors.get(actionField(i, 'text'))}
              onInput={(text) => change(i, { text })}
            />
            <TextField
              id={actionField(i, 'owner')}
              label={t('register', 'Action {number}: owner', { number: n })}
              labelClass="govuk-label--s"
              inputClass="govuk-input--width-20"
              value={action.owner}
              error={errors.get(actionField(i, 'owner'))}
              onInput={(owner) => change(i, { owner })}
            />
            <DateField
              id={actionField(i, 'due')}
              legend={t('register', 'Action {number}: due date', { number: n })}
              hint={t('register', 'For example, 30 4 2026')}
              value={action.due}
              error={errors.get(`${actionField(i, 'due')}-day`)}
              onChange={(due) => change(i, { due })}
            />
            <DateField
              id={actionField(i, 'done')}
              legend={t('register', 'Action {number}: done on', { number: n })}
              hint={t('register', 'Leave blank while the action is open')}
              value={action.done}
              error={errors.get(`${actionField(i, 'done')}-day`)}
              onChange={(done) => change(i, { done })}
            />
            <button
              type="button"
              class="govuk-button govuk-button--secondary"
              onClick={() => onChange(actions.filter((_, j) => j !== i))}
            >
              {t('register', 'Remove action {number}', { number: n })}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        class="govuk-button govuk-button--secondary"
        onClick={() => onChange([...actions, blankAction(newId())])}
      >
        {t('register', 'Add an action')}
      </button>
    </>
  );
}
