/**
 * GOV.UK password input for a passphrase: label, hint, error message, and a "Show" button to
 * check what was typed. `autocomplete` tells password managers whether this is the current
 * passphrase or a new one.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ErrorMessage } from '../components/InspectionFrame/formFields';
import { t } from '../i18n/translate';

export function PassphraseInput({
  id,
  label,
  labelClass = '',
  hint,
  error,
  value,
  onInput,
  autoComplete,
}: {
  id: string;
  label: string;
  labelClass?: string;
  hint?: ComponentChildren;
  error?: string | undefined;
  value: string;
  onInput: (value: string) => void;
  autoComplete: 'current-password' | 'new-password';
}) {
  const [shown, setShown] = useState(false);
  const describedBy = [hint !== undefined && `${id}-hint`, error && `${id}-error`]
    .filter(Boolean)
    .join(' ');
  return (
    <div
      class={`govuk-form-group govuk-password-input${error ? ' govuk-form-group--error' : ''}`}
      data-module="govuk-password-input"
    >
      <label class={`govuk-label ${labelClass}`} for={id}>
        {label}
      </label>
      {hint !== undefined && (
        <div id={`${id}-hint`} class="govuk-hint">
          {hint}
        </div>
      )}
      <ErrorMessage id={`${id}-error`} message={error} />
      <div class="govuk-input__wrapper govuk-password-input__wrapper">
        <input
          class={`govuk-input govuk-password-input__input${error ? ' govuk-input--error' : ''}`}
          id={id}
          name={id}
          type={shown ? 'text' : 'password'}
          spellcheck={false}
          autoComplete={autoComplete}
          autoCapitalize="none"
          value={value}
          aria-describedby={describedBy || undefined}
          onInput={(event) => onInput((event.target as HTMLInputElement).value)}
        />
        {/* The button's name comes from its words, not aria-label, so it never reads as a
            second control labelled with the field's name. */}
        <button
          type="button"
          class="govuk-button govuk-button--secondary govuk-password-input__toggle"
          data-module="govuk-button"
          aria-controls={id}
          onClick={() => setShown((was) => !was)}
        >
          {shown ? t('protection', 'Hide') : t('protection', 'Show')}
          <span class="govuk-visually-hidden"> {label.toLowerCase()}</span>
        </button>
      </div>
      <span class="govuk-visually-hidden" aria-live="polite">
        {shown ? t('protection', 'Your passphrase is visible') : ''}
      </span>
    </div>
  );
}
