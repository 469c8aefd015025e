/** A part of the report written as free text, its figures checked against the data. */
import { type CurrentFigures, checkReportText } from '../../../core';
import { TextChecks } from './TextChecks';

export function ReportTextArea({
  id,
  label,
  hint,
  value,
  rows = 6,
  figures,
  onInput,
  onBlur,
}: {
  id: string;
  label: string;
  hint: string;
  value: string;
  rows?: number;
  figures: CurrentFigures | null;
  onInput: (value: string) => void;
  onBlur: () => void;
}) {
  const issues = figures ? checkReportText(value, figures) : [];
  return (
    <div class={`govuk-form-group${issues.length > 0 ? ' govuk-form-group--error' : ''}`}>
      <label class="govuk-label govuk-label--s" for={id}>
        {label}
      </label>
      <div class="govuk-hint" id={`${id}-hint`}>
        {hint}
      </div>
      <TextChecks
        checks={issues.map((issue) => ({
          key: `${issue.kind}-${issue.start}`,
          id: `${id}-issue-${issue.start}`,
          message: issue.message,
        }))}
      />
      <textarea
        autoComplete="off"
        class={`govuk-textarea${issues.length > 0 ? ' govuk-textarea--error' : ''}`}
        id={id}
        rows={rows}
        value={value}
        aria-describedby={[`${id}-hint`, ...issues.map((i) => `${id}-issue-${i.start}`)].join(' ')}
        onInput={(event) => onInput((event.target as HTMLTextAreaElement).value)}
        onBlur={onBlur}
      />
    </div>
  );
}
