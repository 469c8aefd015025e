/**
 * Settings, Protection: "Unlock with this device". Set up with the passphrase (needed once, to
 * wrap the data key for the device), then the unlock screen offers the device's own check
 * (Windows Hello, Touch ID, a security key) beside the passphrase, which always stays a way in.
 * Turned off, only the passphrase and the recovery code open the data again. A page with an
 * error summary takes the errors through `onError`; without it, this section shows its own.
 */
import { useEffect, useState } from 'preact/hooks';
import {
  deviceUnlockSupported,
  type EnrolResult,
  enrolDevice,
  ipAddressHost,
  removeDeviceUnlock,
} from '../../session/deviceUnlock';
import { ErrorSummary, type SummaryError } from '../components/ErrorSummary';
import { t } from '../i18n/translate';
import {
  ipAddressMessage,
  setUpProblem,
  waitMessage,
  wrongPassphrase,
} from './deviceUnlockMessages';
import { PassphraseInput } from './PassphraseInput';
import { useShownSession } from './useSession';

export const DEVICE_UNLOCK_PASSPHRASE = 'device-unlock-passphrase';

type Problem = { field?: string; general?: string };

function doneMessage(done: 'added' | 'removed'): string {
  return done === 'added'
    ? t(
        'protection',
        'Unlock with this device is set up. The unlock screen now offers it beside your passphrase.',
      )
    : t('protection', 'Unlock with this device is turned off. Unlock with your passphrase.');
}

/** What unlock with this device is, as the section says it when it is on and when it is off. */
function DeviceUnlockIntro({ on }: { on: boolean }) {
  return (
    <p class="govuk-body">
      {on
        ? t(
            'protection',
            'You can unlock Case Audit on this device with its own check — Windows Hello, Touch ID or a security key — instead of typing your passphrase. Your passphrase still works.',
          )
        : t(
            'protection',
            'Instead of typing your passphrase each time, you can unlock Case Audit with this device’s own check: Windows Hello, Touch ID or a security key. The device keeps a key that only opens after it has checked it is you. Your passphrase always remains a way in, and your recovery code still works.',
          )}
    </p>
  );
}

function problemOf(result: EnrolResult): Problem | null {
  switch (result.status) {
    case 'added':
      return null;
    case 'wrong': {
      const wait = waitMessage(result.nextAttemptAt);
      return { field: wait ? `${wrongPassphrase()}. ${wait}` : wrongPassphrase() };
    }
    case 'wait':
      return { field: waitMessage(result.nextAttemptAt) ?? setUpProblem('failed') };
    case 'missing':
      return {
        general: t(
          'protection',
          'The key for your passphrase is missing from this device. Lock, then use your recovery code to set a new passphrase.',
        ),
      };
    default:
      return { general: setUpProblem(result.status) };
  }
}

/**
 * Why unlock with this device cannot be set up here, or null while it may be. At an IP address
 * no browser can, whatever it supports: that says what would work instead.
 */
function cannotSetUp(supported: boolean | null): string | null {
  const ipHost = ipAddressHost();
  if (ipHost !== null) return ipAddressMessage(ipHost);
  return supported === false ? setUpProblem('not-supported') : null;
}

export function DeviceUnlockSettings({
  onError,
}: {
  onError?: (errors: readonly SummaryError[]) => void;
}) {
  const state = useShownSession();
  const person = state.kind === 'unlocked' ? state.person : null;
  const [supported, setSupported] = useState<boolean | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<'added' | 'removed' | null>(null);
  const [summary, setSummary] = useState<readonly SummaryError[]>([]);

  useEffect(() => {
    deviceUnlockSupported()
      .then(setSupported)
      .catch(() => setSupported(false));
  }, []);

  const report = (found: Problem | null) => {
    setProblem(found);
    const errors: SummaryError[] = [
      ...(found?.field ? [{ text: found.field, href: `#${DEVICE_UNLOCK_PASSPHRASE}` }] : []),
      ...(found?.general ? [{ text: found.general }] : []),
    ];
    setSummary(errors);
    onError?.(errors);
  };

  const act = async (work: () => Promise<Problem | null>, success: 'added' | 'removed') => {
    if (busy) return;
    setDone(null);
    setBusy(true);
    try {
      const found = await work();
      report(found);
      if (!found) setDone(success);
    } catch (error) {
      console.error(error);
      report({ general: setUpProblem('failed') });
    } finally {
      setBusy(false);
    }
  };

  if (!person) return null;
  const cannot = cannotSetUp(supported);

  const setUp = (event: Event) => {
    event.preventDefault();
    if (passphrase === '') return report({ field: t('protection', 'Enter your passphrase') });
    void act(async () => {
      const found = problemOf(await enrolDevice(person.personId, passphrase));
      if (!found) setPassphrase('');
      return found;
    }, 'added');
  };

  const turnOff = () =>
    void act(async () => {
      await removeDeviceUnlock(person.personId);
      return null;
    }, 'removed');

  return (
    <>
      {!onError && <ErrorSummary errors={summary} />}
      <h3 class="govuk-heading-s">{t('protection', 'Unlock with this device')}</h3>
      {person.deviceUnlock ? (
        <>
          <DeviceUnlockIntro on />
          <button
            type="button"
            class="govuk-button govuk-button--secondary"
            data-module="govuk-button"
            disabled={busy}
            onClick={turnOff}
          >
            {t('protection', 'Turn off unlock with this device')}
          </button>
        </>
      ) : (
        <>
          <DeviceUnlockIntro on={false} />
          {cannot !== null ? (
            <div class="govuk-inset-text">{cannot}</div>
          ) : (
            <form onSubmit={setUp} noValidate>
              <PassphraseInput
                id={DEVICE_UNLOCK_PASSPHRASE}
                label={t('protection', 'Your passphrase')}
                labelClass="govuk-label--s"
                hint={t(
                  'protection',
                  'Needed once, to set this up. Your device will then ask you to confirm it is you.',
                )}
                error={problem?.field}
                value={passphrase}
                autoComplete="current-password"
                onInput={setPassphrase}
              />
              <button
                type="submit"
                class="govuk-button govuk-button--secondary"
                data-module="govuk-button"
                disabled={busy || supported === null}
              >
                {t('protection', 'Set up unlock with this device')}
              </button>
            </form>
          )}
        </>
      )}
      <p class="govuk-body" role="status">
        {busy ? t('protection', 'Waiting for this device…') : done ? doneMessage(done) : ''}
      </p>
    </>
  );
}
