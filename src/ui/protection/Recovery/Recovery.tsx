/**
 * "Use your recovery code": the way back in when the passphrase is forgotten (or its key is
 * missing). The code unlocks and, in the same step, sets a new passphrase; the old one stops
 * working. Then the screen first asked for is shown.
 */

import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { TextField } from '../../components/InspectionFrame/formFields';
import { usePageTitle } from '../../hooks/usePageTitle';
import { t, tx } from '../../i18n/translate';
import { askedAddress } from '../askedAddress';
import { NewPassphraseFields } from '../NewPassphraseFields';
import { initialPerson, PersonChoice } from '../PersonChoice';
import {
  hasNewPassphraseErrors,
  type NewPassphraseErrors,
  newPassphraseErrors,
  newPassphraseSummary,
} from '../passphraseChoice';
import { type RecoveryResult, unlockWithRecoveryCode } from '../session';
import { secondsUntil, waitText } from '../Unlock/useCountdown';
import { holdGate, releaseGate, useShownSession } from '../useSession';

const IDS = { passphrase: 'new-passphrase', confirm: 'new-passphrase-confirm' };

type Errors = {
  person?: string;
  code?: string;
  passphrase?: NewPassphraseErrors;
  general?: string;
};

export default function Recovery() {
  const state = useShownSession();
  const { query, route } = useLocation();
  const people = state.kind === 'locked' ? state.people : [];
  const [personId, setPersonId] = useState(() => initialPerson(people, query.person ?? null));
  const [code, setCode] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const person = people.find((p) => p.personId === personId);
  const summary = useMemo(() => recoverySummary(errors), [errors]);
  usePageTitle(t('protection', 'Use your recovery code'), summary.length > 0);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const passphraseErrors = newPassphraseErrors(
      passphrase,
      confirm,
      person?.name,
      'new passphrase',
    );
    const found: Errors = {
      ...(person ? {} : { person: t('protection', 'Choose who is using Case Audit') }),
      ...(code.trim() === '' ? { code: t('protection', 'Enter your recovery code') } : {}),
      passphrase: passphraseErrors,
    };
    setErrors(found);
    if (!person || found.code || hasNewPassphraseErrors(passphraseErrors)) return;
    setBusy(true);
    // Unlocked, the gate would show this address's screen (none): stay here until away.
    holdGate();
    try {
      const result = await unlockWithRecoveryCode(person.personId, code, passphrase);
      if (result.status === 'unlocked') {
        route(askedAddress(), true);
        releaseGate();
        return;
      }
      releaseGate();
      setErrors(refusedErrors(result));
    } catch (error) {
      releaseGate();
      console.error(error);
      setErrors({
        general: t('protection', 'Case Audit could not use the recovery code. Try again.'),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <a href={askedAddress()} class="govuk-back-link">
        {t('protection', 'Back')}
      </a>
      <ErrorSummary errors={summary} />
      <h1 class="govuk-heading-l">{t('protection', 'Use your recovery code')}</h1>
      <p class="govuk-body">
        {t(
          'protection',
          'Enter the recovery code you were shown when you set up protection, and choose a new passphrase. Your old passphrase will stop working.',
        )}
      </p>
      <form onSubmit={submit} noValidate>
        {people.length > 1 && (
          <PersonChoice
            people={people}
            value={personId}
            error={errors.person}
            onChange={setPersonId}
          />
        )}
        <TextField
          id="recovery-code"
          label={t('protection', 'Recovery code')}
          labelClass={people.length > 1 ? 'govuk-label--s' : ''}
          hint={t('protection', '32 letters and digits in 8 groups of 4, for example 7K3M-Q9XD-…')}
          error={errors.code}
          value={code}
          inputClass="govuk-!-width-full ca-recovery-code-input"
          autoComplete="off"
          spellcheck={false}
          onInput={setCode}
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
          {t('protection', 'Set new passphrase')}
        </button>
        <p class="govuk-body" role="status">
          {busy ? t('protection', 'Checking the recovery code…') : ''}
        </p>
      </form>
      <LostEverything />
    </>
  );
}

function recoverySummary(errors: Errors): SummaryError[] {
  return [
    ...(errors.person ? [{ text: errors.person, href: '#person' }] : []),
    ...(errors.code ? [{ text: errors.code, href: '#recovery-code' }] : []),
    ...(errors.passphrase ? newPassphraseSummary(errors.passphrase, IDS) : []),
    ...(errors.general ? [{ text: errors.general }] : []),
  ];
}

/** What the screen says when the session refused the code. */
function refusedErrors(result: Exclude<RecoveryResult, { status: 'unlocked' }>): Errors {
  switch (result.status) {
    case 'unreadable':
      return { code: result.problem };
    case 'wrong':
      return { code: t('protection', 'The recovery code is not right') };
    case 'wait':
      return { code: waitText(Math.max(1, secondsUntil(result.nextAttemptAt))) };
    case 'missing':
      return {
        general: t(
          'protection',
          'This person’s recovery key is missing from this device, so their inspections cannot be opened here.',
        ),
      };
  }
}

function LostEverything() {
  return (
    <>
      <h2 class="govuk-heading-s">{t('protection', 'If you have lost your recovery code too')}</h2>
      <p class="govuk-body">
        {tx(
          'protection',
          'Nobody can open your inspections without your passphrase or recovery code. To use this device again, you can <link>erase this device</link>: every person’s data on it is removed.',
          {
            link: (chunks: ComponentChildren) => (
              <a class="govuk-link" href="/erase-this-device">
                {chunks}
              </a>
            ),
          },
        )}
      </p>
    </>
  );
}
