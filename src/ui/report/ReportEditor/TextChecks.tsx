import { t } from '../../i18n/translate';

/** What to check in a piece of the report's text, under its label: each linked by its id. */
export type TextCheck = { readonly key: string; readonly id: string; readonly message: string };

export function TextChecks({ checks }: { checks: readonly TextCheck[] }) {
  return (
    <>
      {checks.map((check) => (
        <p class="govuk-error-message" key={check.key} id={check.id}>
          <span class="govuk-visually-hidden">{t('reportScreen', 'Check:')}</span>
          {check.message}
        </p>
      ))}
    </>
  );
}
