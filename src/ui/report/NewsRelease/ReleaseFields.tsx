/** The parts of the news release the lead types, each labelled, saved as typed. */
import type { ComponentChildren } from 'preact';
import type { NewsReleaseDraft } from '../../../core';
import { t } from '../../i18n/translate';

type Change = (next: Partial<NewsReleaseDraft>) => void;

function TextField({
  id,
  label,
  hint,
  value,
  type = 'text',
  width,
  onInput,
  onBlur,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  type?: 'text' | 'date' | 'time';
  width?: string;
  onInput: (value: string) => void;
  onBlur: () => void;
}) {
  return (
    <div class="govuk-form-group">
      <label class="govuk-label govuk-label--s" for={id}>
        {label}
      </label>
      {hint && (
        <div class="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      <input
        class={`govuk-input${width ? ` ${width}` : ''}`}
        id={id}
        type={type}
        autoComplete="off"
        value={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onInput={(event) => onInput((event.target as HTMLInputElement).value)}
        onBlur={onBlur}
      />
    </div>
  );
}

function TextBox({
  id,
  label,
  hint,
  value,
  onInput,
  onBlur,
}: {
  id: string;
  label: string;
  hint: string;
  value: string;
  onInput: (value: string) => void;
  onBlur: () => void;
}) {
  return (
    <div class="govuk-form-group">
      <label class="govuk-label govuk-label--s" for={id}>
        {label}
      </label>
      <div class="govuk-hint" id={`${id}-hint`}>
        {hint}
      </div>
      <textarea
        class="govuk-textarea"
        id={id}
        rows={4}
        autoComplete="off"
        value={value}
        aria-describedby={`${id}-hint`}
        onInput={(event) => onInput((event.target as HTMLTextAreaElement).value)}
        onBlur={onBlur}
      />
    </div>
  );
}

export function ReleaseFields({
  release,
  onChange,
  onBlur,
  opening,
  quote,
}: {
  release: NewsReleaseDraft;
  onChange: Change;
  onBlur: () => void;
  /** The opening and the quote, whose figures are checked against the data. */
  opening: ComponentChildren;
  quote: ComponentChildren;
}) {
  const field = { onBlur };
  return (
    <>
      <TextField
        {...field}
        id="release-headline"
        label={t('reportScreen', 'Headline')}
        hint={t('reportScreen', 'Printed in capitals, as releases set them.')}
        value={release.headline}
        onInput={(headline) => onChange({ headline })}
      />
      <TextField
        {...field}
        id="release-issued"
        label={t('reportScreen', 'Date issued')}
        type="date"
        width="govuk-input--width-10"
        value={release.issuedOn}
        onInput={(issuedOn) => onChange({ issuedOn })}
      />
      <fieldset class="govuk-fieldset govuk-!-margin-bottom-6" aria-describedby="embargo-hint">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
          {t('reportScreen', 'Embargo (optional)')}
        </legend>
        <div class="govuk-hint" id="embargo-hint">
          {t(
            'reportScreen',
            'Not for use until this day and time. Leave the date empty for no embargo.',
          )}
        </div>
        <TextField
          {...field}
          id="release-embargo-date"
          label={t('reportScreen', 'Day')}
          type="date"
          width="govuk-input--width-10"
          value={release.embargoDate}
          onInput={(embargoDate) => onChange({ embargoDate })}
        />
        <TextField
          {...field}
          id="release-embargo-time"
          label={t('reportScreen', 'Time')}
          type="time"
          width="govuk-input--width-5"
          value={release.embargoTime}
          onInput={(embargoTime) => onChange({ embargoTime })}
        />
      </fieldset>
      {opening}
      <TextField
        {...field}
        id="release-quote-by"
        label={t('reportScreen', 'Who is quoted')}
        hint={t(
          'reportScreen',
          'As the release introduces them, for example “Chief Inspector of Probation, A. Name”.',
        )}
        value={release.quoteBy}
        onInput={(quoteBy) => onChange({ quoteBy })}
      />
      {quote}
      <TextBox
        {...field}
        id="release-contact"
        label={t('reportScreen', 'Press contact')}
        hint={t(
          'reportScreen',
          'For example “For further information, please contact the press office on …”.',
        )}
        value={release.contact}
        onInput={(contact) => onChange({ contact })}
      />
      <TextBox
        {...field}
        id="release-notes"
        label={t('reportScreen', 'Notes to editors')}
        hint={t(
          'reportScreen',
          'After the first note, which describes the sample from the cases: where the report is published, who the inspectorates are. Leave a blank line between notes.',
        )}
        value={release.notes}
        onInput={(notes) => onChange({ notes })}
      />
    </>
  );
}
