/**
 * Setting a person up on this device: their name (to tell the people sharing it apart), a
 * passphrase checked for length and strength, typed twice. Then the recovery code, shown once.
 * While this runs the gate is held, so the recovery code is seen before any other screen.
 */

import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { TextField } from '../../components/InspectionFrame/formFields';
import { usePageTitle } from '../../hooks/usePageTitle';
import { t } from '../../i18n/translate';
import { NewPassphraseFields } from '../NewPassphraseFields';
import {
  hasNewPassphraseErrors,
  type NewPassphraseErrors,
  newPassphraseErrors,
  newPassphraseSummary,
} from '../passphraseChoice';
import type { PersonSummary } from '../session';
import { holdGate, releaseGate } from '../useSession';
import { RecoveryCodeShown } from './RecoveryCodeShown';

const IDS = { passphrase: 'passphrase', confirm: 'passphrase-confirm' };

type Errors = { name?: string; general?: string; passphrase?: NewPassphraseErrors };

export function SetUpForm({
  heading,
  intro,
  people,
  create,
  onDone,
}: {
  heading: string;
  intro: ComponentChildren;
  /** Who already uses this device: a new name must differ from theirs. */
  people: readonly PersonSummary[];
  create: (name: string, passphrase: string) => Promise<{ readonly recoveryCode: string }>;
  /** After the recovery code is written down (the gate is released just after). */
  onDone?: () => void;
}) {
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [recoveryCode, setRecoveryCode] = useState<string | null>(null);
  const summary = useMemo(() => setUpSummary(errors), [errors]);
  usePageTitle(heading, summary.length > 0);

  if (recoveryCode !== null) {
    return (
      <RecoveryCodeShown
        code={recoveryCode}
        onContinue={() => {
          setRecoveryCode(null);
          onDone?.();
          releaseGate();
        }}
      />
    );
  }

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const trimmed = name.trim();
    const nameProblem = newNameProblem(trimmed, people);
    const passphraseErrors = newPassphraseErrors(passphrase, confirm, trimmed);
    setErrors({ ...(nameProblem ? { name: nameProblem } : {}), passphrase: passphraseErrors });
    if (nameProblem || hasNewPassphraseErrors(passphraseErrors)) return;
    setBusy(true);
    holdGate();
    try {
      const made = await create(trimmed, passphrase);
      setRecoveryCode(made.recoveryCode);
      setPassphrase('');
      setConfirm('');
    } catch (error) {
      releaseGate();
      console.error(error);
      setErrors({
        general: t(
          'protection',
          'Case Audit could not set up protection on this device. Try again.',
        ),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ErrorSummary errors={summary} />
      <h1 class="govuk-heading-l">{heading}</h1>
      {intro}
      <form onSubmit={submit} noValidate>
        <TextField
          id="person-name"
          label={t('protection', 'Your name')}
          hint={t(
            'protection',
            'So that people sharing this device can each find their own inspections. Your first name or initials are enough.',
          )}
          error={errors.name}
          value={name}
          inputClass="govuk-!-width-one-half"
          autoComplete="off"
          spellcheck={false}
          onInput={setName}
        />
        <NewPassphraseFields
          ids={IDS}
          labels={{
            passphrase: t('protection', 'Passphrase'),
            confirm: t('protection', 'Confirm passphrase'),
          }}
          passphrase={passphrase}
          confirm={confirm}
          errors={errors.passphrase}
          onPassphrase={setPassphrase}
          onConfirm={setConfirm}
        />
        <button type="submit" class="govuk-button" data-module="govuk-button" disabled={busy}>
          {t('protection', 'Set passphrase')}
        </button>
        <p class="govuk-body" role="status">
          {busy ? t('protection', 'Protecting the case data on this device…') : ''}
        </p>
      </form>
    </>
  );
}

function newNameProblem(name: string, people: readonly PersonSummary[]): string | undefined {
  if (name === '') return t('protection', 'Enter your name');
  const taken = people.some((p) => p.name.trim().toLowerCase() === name.toLowerCase());
  return taken
    ? t(
        'protection',
        'Someone called {name} already uses this device: add something to tell you apart',
        { name },
      )
    : undefined;
}

function setUpSummary(errors: Errors): SummaryError[] {
  return [
    ...(errors.name ? [{ text: errors.name, href: '#person-name' }] : []),
    ...(errors.passphrase ? newPassphraseSummary(errors.passphrase, IDS) : []),
    ...(errors.general ? [{ text: errors.general }] : []),
  ];
}
