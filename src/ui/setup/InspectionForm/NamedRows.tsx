import type { ComponentChildren } from 'preact';
import { ErrorMessage } from '../../components/InspectionFrame/formFields';
import { t, tx } from '../../i18n/translate';
import type { FieldError, NamedRow } from './inspectionFormState';

/** Areas or strata: one named row each, with Remove, Add and the framework's suggestion. */
export function NamedRows({
  group,
  legend,
  hint,
  rows,
  errors,
  groupError,
  suggestion,
  onSuggest,
  onChange,
  onAdd,
  onRemove,
}: {
  group: 'areas' | 'strata';
  legend: string;
  hint: string;
  rows: readonly NamedRow[];
  errors: readonly FieldError[];
  groupError: string | undefined;
  suggestion: string | undefined;
  onSuggest: () => void;
  onChange: (rows: NamedRow[]) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
}) {
  return (
    <div class={`govuk-form-group${groupError ? ' govuk-form-group--error' : ''}`}>
      <fieldset class="govuk-fieldset" aria-describedby={`${group}-hint`} id={group} tabIndex={-1}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">{legend}</legend>
        <div id={`${group}-hint`} class="govuk-hint">
          {hint}
        </div>
        <ErrorMessage id={`${group}-error`} message={groupError} />
        {rows.map((row, i) => {
          const id = `${group}-${i}`;
          const error = errors.find((e) => e.field === id)?.message;
          return (
            <div
              class={`govuk-form-group ca-row${error ? ' govuk-form-group--error' : ''}`}
              key={row.key}
            >
              <label class="govuk-label" for={id}>
                {group === 'areas'
                  ? t('setup', 'Area {number}', { number: i + 1 })
                  : t('setup', 'Stratum {number}', { number: i + 1 })}
              </label>
              <ErrorMessage id={`${id}-error`} message={error} />
              <div class="ca-row__controls">
                <input
                  class={`govuk-input govuk-!-width-two-thirds${error ? ' govuk-input--error' : ''}`}
                  id={id}
                  name={id}
                  type="text"
                  autoComplete="off"
                  value={row.name}
                  aria-describedby={error ? `${id}-error` : undefined}
                  onInput={(event) =>
                    onChange(
                      rows.map((r, j) =>
                        j === i ? { ...r, name: (event.target as HTMLInputElement).value } : r,
                      ),
                    )
                  }
                />
                <button
                  type="button"
                  class="govuk-button govuk-button--secondary ca-row__remove"
                  onClick={() => onRemove(i)}
                >
                  {removeLabel(group, i + 1, row.name.trim())}
                </button>
              </div>
            </div>
          );
        })}
        <div class="govuk-button-group">
          <button
            type="button"
            class="govuk-button govuk-button--secondary"
            id={`${group}-add`}
            onClick={onAdd}
          >
            {group === 'areas'
              ? rows.length === 0
                ? t('setup', 'Add an area')
                : t('setup', 'Add another area')
              : rows.length === 0
                ? t('setup', 'Add a stratum')
                : t('setup', 'Add another stratum')}
          </button>
          {suggestion && (
            <button type="button" class="govuk-button govuk-button--secondary" onClick={onSuggest}>
              {suggestion}
            </button>
          )}
        </div>
      </fieldset>
    </div>
  );
}

const hidden = (chunks: ComponentChildren) => <span class="govuk-visually-hidden">{chunks}</span>;

/** "Remove area 2 (Blackpool)", the row's number and name heard only by screen readers. */
function removeLabel(group: 'areas' | 'strata', number: number, name: string) {
  if (group === 'areas') {
    return name
      ? tx('setup', 'Remove <hidden>area {number} ({name})</hidden>', { number, name, hidden })
      : tx('setup', 'Remove <hidden>area {number}</hidden>', { number, hidden });
  }
  return name
    ? tx('setup', 'Remove <hidden>stratum {number} ({name})</hidden>', { number, name, hidden })
    : tx('setup', 'Remove <hidden>stratum {number}</hidden>', { number, hidden });
}
