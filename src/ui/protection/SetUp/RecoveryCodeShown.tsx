/**
 * The recovery code, shown once, right after set-up: the one way back in if the passphrase is
 * forgotten. The person confirms they have written it down before going on; it is then gone
 * from the screen and from memory.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ErrorSummary } from '../../components/ErrorSummary';
import { ErrorMessage } from '../../components/InspectionFrame/formFields';
import { focusElement } from '../../components/moveFocus';
import { WarningText } from '../../components/WarningText';
import { usePageTitle } from '../../hooks/usePageTitle';
import { t } from '../../i18n/translate';

export function RecoveryCodeShown({ code, onContinue }: { code: string; onContinue: () => void }) {
  const [written, setWritten] = useState(false);
  const [error, setError] = useState<string | null>(null);
  usePageTitle(t('protection', 'Your recovery code'), error !== null);
  const summary = useMemo(() => (error ? [{ text: error, href: '#written-down' }] : []), [error]);
  const heading = useRef<HTMLHeadingElement>(null);
  // The set-up form, and the button that was focused, are gone: start reading here.
  useEffect(() => {
    if (heading.current) focusElement(heading.current);
  }, []);

  const submit = (event: Event) => {
    event.preventDefault();
    if (!written) {
      setError(t('protection', 'Confirm that you have written down your recovery code'));
      return;
    }
    onContinue();
  };

  return (
    <>
      <ErrorSummary errors={summary} />
      <h1 class="govuk-heading-l" ref={heading}>
        {t('protection', 'Your recovery code')}
      </h1>
      <p class="govuk-body">
        {t(
          'protection',
          'If you forget your passphrase, this code is the only way to open your inspections on this device. Write it down now and keep it somewhere safe, away from the device. It will not be shown again.',
        )}
      </p>
      <div class="govuk-inset-text">
        <p id="recovery-code" class="govuk-body ca-recovery-code">
          {code}
        </p>
      </div>
      <WarningText>
        {t(
          'protection',
          'Anyone who has this code and the device can read your cases. Do not keep it with the device or in a file on it.',
        )}
      </WarningText>
      <button
        type="button"
        class="govuk-button govuk-button--secondary ca-no-print"
        data-module="govuk-button"
        onClick={() => window.print()}
      >
        {t('protection', 'Print the code')}
      </button>
      <form onSubmit={submit} noValidate>
        <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
          <ErrorMessage id="written-down-error" message={error ?? undefined} />
          <div class="govuk-checkboxes" data-module="govuk-checkboxes">
            <div class="govuk-checkboxes__item">
              <input
                class="govuk-checkboxes__input"
                id="written-down"
                name="written-down"
                type="checkbox"
                checked={written}
                aria-describedby={error ? 'written-down-error' : undefined}
                onChange={(event) => setWritten((event.target as HTMLInputElement).checked)}
              />
              <label class="govuk-label govuk-checkboxes__label" for="written-down">
                {t('protection', 'I have written down my recovery code')}
              </label>
            </div>
          </div>
        </div>
        <button type="submit" class="govuk-button" data-module="govuk-button">
          {t('protection', 'Continue')}
        </button>
      </form>
    </>
  );
}
