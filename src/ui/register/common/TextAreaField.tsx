/** A GOV.UK textarea with its label, hint and error message wired together. */
import type { ComponentChildren } from 'preact';
import { ErrorMessage } from '../../components/InspectionFrame/formFields';

export function TextAreaField({
  id,
  label,
  labelClass = 'govuk-label--s',
  hint,
  error,
  value,
  rows = 4,
  onInput,
}: {
  id: string;
  label: ComponentChildren;
  labelClass?: string;
  hint?: string;
  error: string | undefined;
  value: string;
  rows?: number;
  onInput: (value: string) => void;
}) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label class={`govuk-label ${labelClass}`} for={id}>
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} class="govuk-hint">
          {hint}
        </div>
      )}
      <ErrorMessage id={`${id}-error`} message={error} />
      <textarea
        class={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        id={id}
        name={id}
        rows={rows}
        autoComplete="off"
        value={value}
        aria-describedby={described || undefined}
        onInput={(event) => onInput((event.target as HTMLTextAreaElement).value)}
      />
    </div>
  );
}
