/**
 * "Unlock Case Audit": shown in place of whatever address was asked for while no one is
 * unlocked (the address stays, so that screen shows once unlocked). With several people on the
 * device, each chooses themselves first. A wrong passphrase changes nothing but the count of
 * failures; after a few, the keyring makes the next try wait, and the screen counts it down.
 */

import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { usePageTitle } from '../../hooks/usePageTitle';
import { t, tx } from '../../i18n/translate';
import { lockedRoutes } from '../../shell/App/lockedRoutes';
import { rememberAskedAddress } from '../askedAddress';
import { DeviceUnlockButton } from '../DeviceUnlockButton';
import { PassphraseInput } from '../PassphraseInput';
import { initialPerson, PersonChoice } from '../PersonChoice';
import { gateScreenShown, type PersonSummary, type UnlockResult, unlock } from '../session';
import { useShownSession } from '../useSession';
import { secondsUntil, useCountdown, waitText } from './useCountdown';

const wrongPassphrase = () => t('protection', 'The passphrase is not right');
const emptyPassphrase = () => t('protection', 'Enter your passphrase');

type Refusal = 'choose' | 'empty' | 'wrong' | 'missing' | 'failed';

export default function Unlock() {
  const state = useShownSession();
  const { url, path } = useLocation();
  const people = state.kind === 'locked' ? state.people : [];
  useEffect(gateScreenShown, []);
  useEffect(() => {
    // This screen stays a moment while the recovery screen it links to loads: that address
    // is not the one asked for.
    if (!lockedRoutes.some((route) => route.path === path)) rememberAskedAddress(url);
  }, [url, path]);
  return <UnlockForm people={people} />;
}

/**
 * The wait after wrong attempts: when the next try may be made, counted down each second, and
 * the seconds as they were when refused (the error summary says those; the field counts down).
 */
function useWait(initial: string | null) {
  const [until, setUntil] = useState<string | null>(initial);
  const secondsLeft = useCountdown(until);
  const [whenRefused, setWhenRefused] = useState<number | null>(() => secondsLeft || null);
  useEffect(() => {
    if (secondsLeft === 0) setWhenRefused(null);
  }, [secondsLeft]);
  const start = (next: string | null) => {
    setUntil(next);
    setWhenRefused(secondsUntil(next) || null);
  };
  return { secondsLeft, whenRefused, start, forget: () => setWhenRefused(null) };
}

function UnlockForm({ people }: { people: readonly PersonSummary[] }) {
  const [personId, setPersonId] = useState(() => initialPerson(people, null));
  const [passphrase, setPassphrase] = useState('');
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);
  const [deviceError, setDeviceError] = useState<SummaryError | null>(null);
  const person = people.find((p) => p.personId === personId);
  // A wait already running when the screen opens (a reload does not skip it).
  const wait = useWait(person?.nextAttemptAt ?? null);
  const summary = useMemo(
    () => [...unlockSummary(refusal, wait.whenRefused), ...(deviceError ? [deviceError] : [])],
    [refusal, wait.whenRefused, deviceError],
  );
  usePageTitle(t('protection', 'Unlock Case Audit'), summary.length > 0 || wait.secondsLeft > 0);

  const choose = (id: string) => {
    setPersonId(id);
    setRefusal(null);
    setDeviceError(null);
    wait.start(people.find((p) => p.personId === id)?.nextAttemptAt ?? null);
    wait.forget();
  };

  const refused = (result: Exclude<UnlockResult, { status: 'unlocked' }>) => {
    setRefusal(result.status === 'wait' ? null : result.status);
    if (result.status === 'wrong' || result.status === 'wait') wait.start(result.nextAttemptAt);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    wait.forget();
    setDeviceError(null);
    if (!person) return setRefusal('choose');
    if (passphrase === '') return setRefusal('empty');
    setBusy(true);
    try {
      const result = await unlock(person.personId, passphrase);
      // Unlocked: the gate shows the screen asked for, and this one goes.
      if (result.status !== 'unlocked') refused(result);
    } catch (error) {
      console.error(error);
      setRefusal('failed');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ErrorSummary errors={summary} />
      <h1 class="govuk-heading-l">{t('protection', 'Unlock Case Audit')}</h1>
      <p class="govuk-body">
        {t(
          'protection',
          'The case data on this device is locked. Enter your passphrase to open your inspections.',
        )}
      </p>
      <form onSubmit={submit} noValidate>
        {people.length > 1 && (
          <PersonChoice
            people={people}
            value={personId}
            error={
              refusal === 'choose' ? t('protection', 'Choose who is using Case Audit') : undefined
            }
            onChange={choose}
          />
        )}
        <PassphraseInput
          id="passphrase"
          label={t('protection', 'Passphrase')}
          labelClass={people.length > 1 ? 'govuk-label--s' : ''}
          error={fieldError(refusal, wait.secondsLeft)}
          value={passphrase}
          autoComplete="current-password"
          onInput={setPassphrase}
        />
        <div class="govuk-button-group">
          <button type="submit" class="govuk-button" data-module="govuk-button" disabled={busy}>
            {t('protection', 'Unlock')}
          </button>
          {person?.deviceUnlock && (
            <DeviceUnlockButton
              person={person}
              onError={(error) => {
                setRefusal(null);
                setDeviceError(error);
              }}
            />
          )}
        </div>
        <p class="govuk-body" role="status">
          {busy ? t('protection', 'Unlocking…') : ''}
        </p>
      </form>
      <UnlockLinks person={person} />
    </>
  );
}

function unlockSummary(refusal: Refusal | null, waitWhenRefused: number | null): SummaryError[] {
  const lines: SummaryError[] = [];
  if (refusal === 'choose')
    lines.push({ text: t('protection', 'Choose who is using Case Audit'), href: '#person' });
  if (refusal === 'empty') lines.push({ text: emptyPassphrase(), href: '#passphrase' });
  if (refusal === 'wrong') lines.push({ text: wrongPassphrase(), href: '#passphrase' });
  if (refusal === 'missing')
    lines.push({
      text: t(
        'protection',
        'The key for this passphrase is missing from this device. Use your recovery code to set a new passphrase.',
      ),
    });
  if (refusal === 'failed')
    lines.push({ text: t('protection', 'Case Audit could not unlock. Try again.') });
  if (waitWhenRefused !== null)
    lines.push({ text: waitText(waitWhenRefused), href: '#passphrase' });
  return lines;
}

/** The passphrase field's message: what the summary says of it, the wait counting down. */
function fieldError(refusal: Refusal | null, secondsLeft: number): string | undefined {
  const wait = secondsLeft > 0 ? waitText(secondsLeft) : undefined;
  if (refusal === 'wrong') return wait ? `${wrongPassphrase()}. ${wait}` : wrongPassphrase();
  if (refusal === 'empty') return emptyPassphrase();
  return wait;
}

function UnlockLinks({ person }: { person: PersonSummary | undefined }) {
  const recovery = person
    ? `/recovery-code?person=${encodeURIComponent(person.personId)}`
    : '/recovery-code';
  return (
    <>
      <p class="govuk-body">
        {tx(
          'protection',
          '<link>Use your recovery code</link> if you have forgotten your passphrase.',
          {
            link: (chunks: ComponentChildren) => (
              <a class="govuk-link" href={recovery}>
                {chunks}
              </a>
            ),
          },
        )}
      </p>
      <p class="govuk-body">
        <a class="govuk-link" href="/add-person">
          {t('protection', 'Add a person to this device')}
        </a>
      </p>
    </>
  );
}
