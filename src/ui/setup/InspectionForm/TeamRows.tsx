import type { ComponentChildren } from 'preact';
import { ErrorMessage } from '../../components/InspectionFrame/formFields';
import { t, tx } from '../../i18n/translate';
import type { FieldError, MemberRow } from './inspectionFormState';

/** The team: a name or initials and a role for each member, with Remove and Add. */
export function TeamRows({
  rows,
  errors,
  groupError,
  onChange,
  onAdd,
  onRemove,
}: {
  rows: readonly MemberRow[];
  errors: readonly FieldError[];
  groupError: string | undefined;
  onChange: (rows: MemberRow[]) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
}) {
  const set = (i: number, patch: Partial<MemberRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <div class={`govuk-form-group${groupError ? ' govuk-form-group--error' : ''}`}>
      <fieldset class="govuk-fieldset" aria-describedby="team-hint" id="team" tabIndex={-1}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">
          {t('setup', 'Team')}
        </legend>
        <div id="team-hint" class="govuk-hint">
          {t(
            'setup',
            'Names or initials, as the team writes them. The lead runs the fieldwork and assigns the cases; there must be at least one.',
          )}
        </div>
        <ErrorMessage id="team-error" message={groupError} />
        {rows.map((row, i) => {
          const nameError = errors.find((e) => e.field === `team-${i}-name`)?.message;
          return (
            <div
              class={`govuk-form-group ca-row${nameError ? ' govuk-form-group--error' : ''}`}
              key={row.key}
            >
              <ErrorMessage id={`team-${i}-name-error`} message={nameError} />
              <div class="ca-row__controls">
                <div class="ca-row__field">
                  <label class="govuk-label" for={`team-${i}-name`}>
                    {t('setup', 'Team member {number}: name or initials', { number: i + 1 })}
                  </label>
                  <input
                    class={`govuk-input govuk-input--width-20${nameError ? ' govuk-input--error' : ''}`}
                    id={`team-${i}-name`}
                    name={`team-${i}-name`}
                    type="text"
                    autoComplete="off"
                    spellcheck={false}
                    value={row.name}
                    aria-describedby={nameError ? `team-${i}-name-error` : undefined}
                    onInput={(event) => set(i, { name: (event.target as HTMLInputElement).value })}
                  />
                </div>
                <div class="ca-row__field">
                  <label class="govuk-label" for={`team-${i}-role`}>
                    {t('setup', 'Role')}
                  </label>
                  <select
                    class="govuk-select"
                    id={`team-${i}-role`}
                    name={`team-${i}-role`}
                    value={row.role}
                    onChange={(event) =>
                      set(i, {
                        role: (event.target as HTMLSelectElement).value as MemberRow['role'],
                      })
                    }
                  >
                    <option value="lead" selected={row.role === 'lead'}>
                      {t('setup', 'Lead')}
                    </option>
                    <option value="inspector" selected={row.role === 'inspector'}>
                      {t('setup', 'Inspector')}
                    </option>
                  </select>
                </div>
                <button
                  type="button"
                  class="govuk-button govuk-button--secondary ca-row__remove"
                  onClick={() => onRemove(i)}
                >
                  {row.name.trim()
                    ? tx('setup', 'Remove <hidden>team member {number} ({name})</hidden>', {
                        number: i + 1,
                        name: row.name.trim(),
                        hidden,
                      })
                    : tx('setup', 'Remove <hidden>team member {number}</hidden>', {
                        number: i + 1,
                        hidden,
                      })}
                </button>
              </div>
            </div>
          );
        })}
        <div class="govuk-button-group">
          <button
            type="button"
            class="govuk-button govuk-button--secondary"
            id="team-add"
            onClick={onAdd}
          >
            {rows.length === 0
              ? t('setup', 'Add a team member')
              : t('setup', 'Add another team member')}
          </button>
        </div>
      </fieldset>
    </div>
  );
}

const hidden = (chunks: ComponentChildren) => <span class="govuk-visually-hidden">{chunks}</span>;
