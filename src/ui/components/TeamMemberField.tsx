/**
 * Who is doing something the record keeps a name for (setting a rating, recording a change to a
 * recommendation): a member chosen from the inspection's team, or a name typed when it has none.
 */
import type { Inspection } from '../../core';
import { t } from '../i18n/translate';
import { ErrorMessage } from './InspectionFrame/formFields';

export function TeamMemberField({
  label,
  team,
  value,
  error,
  onChange,
}: {
  /** "Who is setting this rating", "Who is recording this" */
  label: string;
  team: Inspection['team'];
  value: string;
  error: string | undefined;
  onChange: (name: string) => void;
}) {
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label class="govuk-label govuk-label--s" for="by">
        {label}
      </label>
      <ErrorMessage id="by-error" message={error} />
      {team.length > 0 ? (
        <select
          class={`govuk-select${error ? ' govuk-select--error' : ''}`}
          id="by"
          name="by"
          value={value}
          aria-describedby={error ? 'by-error' : undefined}
          onChange={(e) => onChange((e.target as HTMLSelectElement).value)}
        >
          <option value="">{t('common', 'Choose a team member')}</option>
          {team.map((m) => (
            <option key={m.id} value={m.name}>
              {m.role === 'lead' ? t('common', '{name} (lead)', { name: m.name }) : m.name}
            </option>
          ))}
        </select>
      ) : (
        <input
          class={`govuk-input govuk-input--width-20${error ? ' govuk-input--error' : ''}`}
          id="by"
          name="by"
          type="text"
          autoComplete="off"
          value={value}
          aria-describedby={error ? 'by-error' : undefined}
          onInput={(e) => onChange((e.target as HTMLInputElement).value)}
        />
      )}
    </div>
  );
}
