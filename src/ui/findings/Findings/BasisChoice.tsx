/** "Which cases count": complete cases only, or all cases — the same choice wherever figures are. */
import { t } from '../../i18n/translate';

export function BasisChoice({
  idPrefix,
  completeOnly,
  onChange,
}: {
  /** Makes the radios' ids unique on the page. */
  readonly idPrefix: string;
  readonly completeOnly: boolean;
  readonly onChange: (completeOnly: boolean) => void;
}) {
  return (
    <div class="govuk-form-group">
      <fieldset class="govuk-fieldset">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
          {t('findings', 'Which cases count')}
        </legend>
        <div class="govuk-radios govuk-radios--small govuk-radios--inline">
          {(
            [
              [true, `${idPrefix}-complete`, t('findings', 'Complete cases only')],
              [false, `${idPrefix}-all`, t('findings', 'All cases')],
            ] as const
          ).map(([value, id, label]) => (
            <div class="govuk-radios__item" key={id}>
              <input
                class="govuk-radios__input"
                id={id}
                name="basis"
                type="radio"
                checked={completeOnly === value}
                onChange={() => onChange(value)}
              />
              <label class="govuk-label govuk-radios__label" for={id}>
                {label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
