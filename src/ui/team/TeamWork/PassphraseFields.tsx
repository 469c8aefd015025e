import { MIN_PASSPHRASE_LENGTH } from '../../../core';
import { ErrorMessage } from '../../components/InspectionFrame/formFields';
import { t } from '../../i18n/translate';

export type PassphraseChoice = {
  readonly protect: boolean;
  readonly passphrase: string;
  readonly confirm: string;
};

export const NO_PASSPHRASE: PassphraseChoice = { protect: false, passphrase: '', confirm: '' };

/**
 * "Protect the file with a passphrase": a GOV.UK checkbox revealing the passphrase, typed
 * twice. The passphrase is never stored; whoever opens the file must be told it another way.
 */
export function PassphraseFields({
  value,
  onChange,
  error,
  confirmError,
}: {
  value: PassphraseChoice;
  onChange: (value: PassphraseChoice) => void;
  error?: string | undefined;
  confirmError?: string | undefined;
}) {
  return (
    <div class="govuk-form-group">
      <div class="govuk-checkboxes" data-module="govuk-checkboxes">
        <div class="govuk-checkboxes__item">
          <input
            class="govuk-checkboxes__input"
            id="protect"
            name="protect"
            type="checkbox"
            checked={value.protect}
            aria-controls="protect-reveal"
            aria-expanded={value.protect}
            onChange={(e) =>
              onChange({ ...value, protect: (e.target as HTMLInputElement).checked })
            }
          />
          <label class="govuk-label govuk-checkboxes__label" for="protect">
            {t('team.passphrase', 'Protect the file with a passphrase')}
          </label>
          <div id="protect-hint" class="govuk-hint govuk-checkboxes__hint">
            {t(
              'team.passphrase',
              'Anyone who finds the file then cannot read it. Tell the person who opens it the passphrase another way (by phone, not in the same email).',
            )}
          </div>
        </div>
        <div
          class={`govuk-checkboxes__conditional${value.protect ? '' : ' govuk-checkboxes__conditional--hidden'}`}
          id="protect-reveal"
        >
          <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
            <label class="govuk-label" for="passphrase">
              {t('team.passphrase', 'Passphrase')}
            </label>
            <div id="passphrase-hint" class="govuk-hint">
              {t(
                'team.passphrase',
                'At least {count} characters. A few unrelated words are easy to say and hard to guess.',
                { count: MIN_PASSPHRASE_LENGTH },
              )}
            </div>
            <ErrorMessage id="passphrase-error" message={error} />
            <input
              class={`govuk-input govuk-!-width-two-thirds${error ? ' govuk-input--error' : ''}`}
              id="passphrase"
              name="passphrase"
              type="password"
              autoComplete="new-password"
              spellcheck={false}
              value={value.passphrase}
              aria-describedby={`passphrase-hint${error ? ' passphrase-error' : ''}`}
              onInput={(e) =>
                onChange({ ...value, passphrase: (e.target as HTMLInputElement).value })
              }
            />
          </div>
          <div class={`govuk-form-group${confirmError ? ' govuk-form-group--error' : ''}`}>
            <label class="govuk-label" for="passphrase-confirm">
              {t('team.passphrase', 'Type the passphrase again')}
            </label>
            <ErrorMessage id="passphrase-confirm-error" message={confirmError} />
            <input
              class={`govuk-input govuk-!-width-two-thirds${confirmError ? ' govuk-input--error' : ''}`}
              id="passphrase-confirm"
              name="passphrase-confirm"
              type="password"
              autoComplete="new-password"
              spellcheck={false}
              value={value.confirm}
              aria-describedby={confirmError ? 'passphrase-confirm-error' : undefined}
              onInput={(e) => onChange({ ...value, confirm: (e.target as HTMLInputElement).value })}
            />
          </div>
        </div>
      </div>
    </div>
  );
}

/** Problems with a passphrase choice, as field errors (none when not protecting). */
export function passphraseErrors(
  value: PassphraseChoice,
  problem: (passphrase: string, confirm: string) => string | null,
): { passphrase?: string; confirm?: string } {
  if (!value.protect) return {};
  const message = problem(value.passphrase, value.confirm);
  if (message === null) return {};
  return message === 'The two passphrases are not the same'
    ? { confirm: t('team.passphrase', 'The two passphrases are not the same') }
    : { passphrase: passphraseSaid(message) };
}

/** Core says what is wrong with a passphrase in English; the screen says it in the language chosen. */
function passphraseSaid(message: string): string {
  if (message === 'Enter a passphrase') return t('team.passphrase', 'Enter a passphrase');
  if (message.startsWith('Enter a passphrase of at least')) {
    return t(
      'team.passphrase',
      'Enter a passphrase of at least {count} characters (a few words are easier to remember than symbols)',
      { count: MIN_PASSPHRASE_LENGTH },
    );
  }
  return message;
}

/** The passphrase's problems in the error summary, each linked to its box. */
export function passphraseSummary(errors: { passphrase?: string; confirm?: string }) {
  return [
    ...(errors.passphrase ? [{ text: errors.passphrase, href: '#passphrase' }] : []),
    ...(errors.confirm ? [{ text: errors.confirm, href: '#passphrase-confirm' }] : []),
  ];
}
