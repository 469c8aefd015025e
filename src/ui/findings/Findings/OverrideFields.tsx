/** The rating override form's fields: the rating and the reason (who sets it: TeamMemberField). */
import { ErrorMessage } from '../../components/InspectionFrame/formFields';
import { t } from '../../i18n/translate';

type FieldProps = {
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
};

export function RatingChoices({
  choices,
  changing,
  value,
  error,
  onChange,
}: FieldProps & {
  choices: readonly string[];
  /** An override is in force: the choice is a new rating. */
  changing: boolean;
}) {
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset class="govuk-fieldset" aria-describedby={error ? 'rating-error' : undefined}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">
          {changing ? t('findings', 'New rating') : t('findings', 'Rating')}
        </legend>
        <ErrorMessage id="rating-error" message={error} />
        <div class="govuk-radios">
          {choices.map((choice, i) => {
            const id = i === 0 ? 'rating' : `rating-${i + 1}`;
            return (
              <div class="govuk-radios__item" key={choice}>
                <input
                  class="govuk-radios__input"
                  id={id}
                  name="rating"
                  type="radio"
                  value={choice}
                  checked={value === choice}
                  onChange={() => onChange(choice)}
                />
                <label class="govuk-label govuk-radios__label" for={id}>
                  {choice}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export function RationaleField({ value, error, onChange }: FieldProps) {
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <h2 class="govuk-label-wrapper">
        <label class="govuk-label govuk-label--m" for="rationale">
          {t('findings', 'Reason for this rating')}
        </label>
      </h2>
      <div id="rationale-hint" class="govuk-hint">
        {t(
          'findings',
          'Say what the figures do not show. The reason is kept with the rating and shown wherever the rating is.',
        )}
      </div>

      <ErrorMessage id="rationale-error" message={error} />
      <textarea
        autoComplete="off"
        class={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        id="rationale"
        name="rationale"
        rows={5}
        aria-describedby={`rationale-hint${error ? ' rationale-error' : ''}`}
        value={value}
        onInput={(e) => onChange((e.target as HTMLTextAreaElement).value)}
      />
    </div>
  );
}
