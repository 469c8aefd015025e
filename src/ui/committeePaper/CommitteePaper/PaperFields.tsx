/** The committee paper's fields, each labelled, with its hint and any error against it. */
import type { CommitteePaperDraft } from '../../../core';
import { ErrorMessage } from '../../components/InspectionFrame/formFields';
import { fieldId, type PaperField, paperFields } from './paperFields';

type Errors = Partial<Record<keyof CommitteePaperDraft, string>>;

function Field({
  field,
  value,
  error,
  onInput,
}: {
  field: PaperField;
  value: string;
  error: string | undefined;
  onInput: (value: string) => void;
}) {
  const id = fieldId(field.key);
  const described = [field.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  const common = {
    id,
    name: id,
    value,
    'aria-describedby': described || undefined,
    onInput: (event: Event) => onInput((event.target as HTMLInputElement).value),
  };
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label class="govuk-label govuk-label--s" for={id}>
        {field.label}
      </label>
      {field.hint && (
        <div class="govuk-hint" id={`${id}-hint`}>
          {field.hint}
        </div>
      )}
      <ErrorMessage id={`${id}-error`} message={error} />
      {field.control === 'text' ? (
        <textarea
          {...common}
          autoComplete="off"
          class={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
          rows={field.key === 'background' || field.key === 'inspectorateSummary' ? 8 : 4}
        />
      ) : (
        <input
          {...common}
          class={`govuk-input${field.control === 'date' ? ' govuk-input--width-10' : ''}${error ? ' govuk-input--error' : ''}`}
          type={field.control === 'date' ? 'date' : 'text'}
          autoComplete="off"
        />
      )}
    </div>
  );
}

export function PaperFields({
  draft,
  errors,
  onChange,
}: {
  draft: CommitteePaperDraft;
  errors: Errors;
  onChange: (next: Partial<CommitteePaperDraft>) => void;
}) {
  return (
    <>
      {paperFields().map((field) => (
        <Field
          key={field.key}
          field={field}
          value={draft[field.key] ?? ''}
          error={errors[field.key]}
          onInput={(value) =>
            onChange(
              field.key === 'meetingDate'
                ? { meetingDate: value === '' ? null : value }
                : { [field.key]: value },
            )
          }
        />
      ))}
    </>
  );
}
