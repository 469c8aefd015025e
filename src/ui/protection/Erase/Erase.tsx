/**
 * "Erase this device": every person's inspections, cases and keys removed, after typing ERASE.
 * The app stays installed; it opens on the set-up screen, which says the erase is done. Offered
 * from Settings, and from the recovery screen for someone who has lost every way in.
 */
import { useMemo, useState } from 'preact/hooks';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/InspectionFrame/formFields';
import { WarningText } from '../../components/WarningText';
import { usePageTitle } from '../../hooks/usePageTitle';
import { t } from '../../i18n/translate';
import { ERASED_ADDRESS } from '../SetUp/erasedNotice';
import { eraseThisDevice } from '../session';
import { useShownSession } from '../useSession';

const CONFIRMATION = 'ERASE';

export default function Erase() {
  const state = useShownSession();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  usePageTitle(t('protection', 'Erase this device'), error !== null);
  const summary = useMemo(
    () => (error ? [{ text: error, href: '#erase-confirmation' }] : []),
    [error],
  );

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (typed.trim() !== CONFIRMATION) {
      setError(
        t('protection', 'Type {word} in capital letters to confirm', { word: CONFIRMATION }),
      );
      return;
    }
    setError(null);
    setBusy(true);
    // The page is loaded afresh once erased: at the address of the set-up screen's notice.
    const here = location.href;
    history.replaceState(null, '', ERASED_ADDRESS);
    try {
      await eraseThisDevice();
    } catch (failure) {
      console.error(failure);
      history.replaceState(null, '', here);
      setBusy(false);
      setError(
        t(
          'protection',
          'Case Audit could not erase this device. Close its other tabs and try again.',
        ),
      );
    }
  };

  return (
    <>
      <a href={state.kind === 'unlocked' ? '/settings' : '/'} class="govuk-back-link">
        {t('protection', 'Back')}
      </a>
      <ErrorSummary errors={summary} />
      <h1 class="govuk-heading-l">{t('protection', 'Erase this device')}</h1>
      <WarningText>
        {t(
          'protection',
          'This removes every person’s inspections, cases, answers, notes and report drafts from this device, with their passphrases and recovery codes. It cannot be undone.',
        )}
      </WarningText>
      <p class="govuk-body">
        {t(
          'protection',
          'Work that has not been exported or sent to your lead is lost. Case Audit stays installed, ready to be set up again.',
        )}
      </p>
      <form onSubmit={submit} noValidate>
        <TextField
          id="erase-confirmation"
          label={t('protection', 'Type ERASE to confirm')}
          error={error ?? undefined}
          value={typed}
          inputClass="govuk-input--width-10"
          autoComplete="off"
          spellcheck={false}
          onInput={setTyped}
        />
        <button
          type="submit"
          class="govuk-button govuk-button--warning"
          data-module="govuk-button"
          disabled={busy}
        >
          {t('protection', 'Erase this device')}
        </button>
        <p class="govuk-body" role="status">
          {busy ? t('protection', 'Erasing…') : ''}
        </p>
      </form>
    </>
  );
}
