/**
 * "Change your passphrase", from Settings: the current one, then the new one typed twice. The
 * data key is wrapped again in one step, so if the browser is killed midway the old passphrase
 * still works. The recovery code stays the same.
 */

import { useMemo, useState } from 'preact/hooks';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { NotificationBanner } from '../../components/NotificationBanner';
import { usePageTitle } from '../../hooks/usePageTitle';
import { t } from '../../i18n/translate';
import { NewPassphraseFields } from '../NewPassphraseFields';
import { PassphraseInput } from '../PassphraseInput';
import {
  hasNewPassphraseErrors,
  type NewPassphraseErrors,
  newPassphraseErrors,
  newPassphraseSummary,
} from '../passphraseChoice';
import { changePassphrase } from '../session';
import { useShownSession } from '../useSession';

const IDS = { passphrase: 'new-passphrase', confirm: 'new-passphrase-confirm' };

type Errors = { current?: string; passphrase?: NewPassphraseErrors; general?: string };

export default function ChangePassphrase() {
  const state = useShownSession();
  const name = state.kind === 'unlocked' ? state.person.name : undefined;
  const [current, setCurrent] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [changed, setChanged] = useState(false);
  const hasErrors =
    errors.current !== undefined ||
    errors.general !== undefined ||
    (errors.passphrase !== undefined && hasNewPassphraseErrors(errors.passphrase));
  usePageTitle(t('protection', 'Change your passphrase'), hasErrors);

  const summary = useMemo<SummaryError[]>(
    () => [
      ...(errors.current ? [{ text: errors.current, href: '#current-passphrase' }] : []),
      ...(errors.passphrase ? newPassphraseSummary(errors.passphrase, IDS) : []),
      ...(errors.general ? [{ text: errors.general }] : []),
    ],
    [errors],
  );

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setChanged(false);
    const passphraseErrors = newPassphraseErrors(passphrase, confirm, name, 'new passphrase');
    const found: Errors = {
      ...(current === '' ? { current: t('protection', 'Enter your current passphrase') } : {}),
      passphrase: passphraseErrors,
    };
    setErrors(found);
    if (found.current || hasNewPassphraseErrors(passphraseErrors)) return;
    setBusy(true);
    try {
      const outcome = await changePassphrase(current, passphrase);
      if (outcome === 'changed') {
        setCurrent('');
        setPassphrase('');
        setConfirm('');
        setChanged(true);
      } else if (outcome === 'wrong') {
        setErrors({ current: t('protection', 'The current passphrase is not right') });
      } else {
        setErrors({
          general: t(
            'protection',
            'The key for your passphrase is missing from this device. Lock, then use your recovery code to set a new passphrase.',
          ),
        });
      }
    } catch (error) {
      console.error(error);
      setErrors({
        general: t('protection', 'Case Audit could not change your passphrase. Try again.'),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <a href="/settings" class="govuk-back-link">
        {t('protection', 'Back to settings')}
      </a>
      <ErrorSummary errors={summary} />
      {changed && (
        <NotificationBanner
          type="success"
          heading={t('protection', 'Your passphrase has been changed')}
          focus
        >
          <p class="govuk-body">
            {t(
              'protection',
              'Use the new passphrase from now on. Your recovery code has not changed.',
            )}
          </p>
        </NotificationBanner>
      )}
      <h1 class="govuk-heading-l">{t('protection', 'Change your passphrase')}</h1>
      <form onSubmit={submit} noValidate>
        <PassphraseInput
          id="current-passphrase"
          label={t('protection', 'Current passphrase')}
          error={errors.current}
          value={current}
          autoComplete="current-password"
          onInput={setCurrent}
        />
        <NewPassphraseFields
          ids={IDS}
          labels={{
            passphrase: t('protection', 'New passphrase'),
            confirm: t('protection', 'Confirm new passphrase'),
          }}
          passphrase={passphrase}
          confirm={confirm}
          errors={errors.passphrase}
          onPassphrase={setPassphrase}
          onConfirm={setConfirm}
        />
        <button type="submit" class="govuk-button" data-module="govuk-button" disabled={busy}>
          {t('protection', 'Change passphrase')}
        </button>
        <p class="govuk-body" role="status">
          {busy ? t('protection', 'Changing your passphrase…') : ''}
        </p>
      </form>
    </>
  );
}
