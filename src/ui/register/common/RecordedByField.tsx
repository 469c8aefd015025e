/** Who is recording a change: a team member chosen from the inspection's team, or a name typed. */
import type { Inspection } from '../../../core';
import { ErrorMessage } from '../../components/InspectionFrame/formFields';

export const RECORDED_BY_LABEL = 'Who is recording this';

export function RecordedByField({
  team,
  value,
  error,
  onChange,
}: {
  team: Inspection['team'];
  value: string;
  error: string | undefined;
  onChange: (by: string) => void;
}) {
  const control = `govuk-${team.length > 0 ? 'select' : 'input govuk-input--width-20'}`;
  const errorClass = error ? ` govuk-${team.length > 0 ? 'select' : 'input'}--error` : '';
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label class="govuk-label govuk-label--s" for="by">
        {RECORDED_BY_LABEL}
      </label>
      <ErrorMessage id="by-error" message={error} />
      {team.length > 0 ? (
        <select
          class={`${control}${errorClass}`}
          id="by"
          name="by"
          value={value}
          aria-describedby={error ? 'by-error' : undefined}
          onChange={(e) => onChange((e.target as HTMLSelectElement).value)}
        >
          <option value="">Choose a team member</option>
          {team.map((m) => (
            <option key={m.id} value={m.name}>
              {m.name}
              {m.role === 'lead' ? ' (lead)' : ''}
            </option>
          ))}
        </select>
      ) : (
        <input
          class={`${control}${errorClass}`}
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
