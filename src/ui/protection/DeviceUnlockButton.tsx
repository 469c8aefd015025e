/**
 * "Unlock with this device" on the unlock screen, for a person who has set it up: the device's
 * own check (Windows Hello, Touch ID, a security key) in place of typing the passphrase. Once
 * unlocked the gate shows the screen asked for; otherwise it says why, and the passphrase field
 * above is still there. A screen with an error summary takes the message through `onError`;
 * without it, the message shows under the button.
 */
import { useState } from 'preact/hooks';
import type { DeviceUnlockResult } from '../../session/deviceUnlock';
import type { SummaryError } from '../components/ErrorSummary';
import { t } from '../i18n/translate';
import { deviceRefused, notEnrolled, unlockProblem, waitMessage } from './deviceUnlockMessages';
import type { PersonSummary } from './session';

export const DEVICE_UNLOCK_BUTTON = 'device-unlock';

function messageOf(result: DeviceUnlockResult): string | null {
  switch (result.status) {
    case 'unlocked':
      return null;
    case 'wrong':
      return [deviceRefused(), waitMessage(result.nextAttemptAt)].filter(Boolean).join(' ');
    case 'wait':
      return waitMessage(result.nextAttemptAt) ?? unlockProblem('failed');
    case 'not-enrolled':
      return notEnrolled();
    default:
      return unlockProblem(result.status);
  }
}

export function DeviceUnlockButton({
  person,
  onError,
}: {
  person: PersonSummary;
  onError?: (error: SummaryError | null) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const report = (text: string | null) => {
    setMessage(text);
    onError?.(text === null ? null : { text, href: `#${DEVICE_UNLOCK_BUTTON}` });
  };

  const click = async () => {
    if (busy) return;
    report(null);
    setBusy(true);
    try {
      // Asked straight from the click: some browsers allow the prompt only then.
      // Loaded when used: the unlock screen is the first screen and stays small.
      const { unlockWithDevice } = await import('../../session/deviceUnlock');
      report(messageOf(await unlockWithDevice(person.personId)));
    } catch (error) {
      console.error(error);
      report(unlockProblem('failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button
        type="button"
        id={DEVICE_UNLOCK_BUTTON}
        class="govuk-button govuk-button--secondary"
        data-module="govuk-button"
        disabled={busy}
        aria-describedby={message && !onError ? `${DEVICE_UNLOCK_BUTTON}-error` : undefined}
        onClick={click}
      >
        {t('protection', 'Unlock with this device')}
      </button>
      {message && !onError && (
        <p
          id={`${DEVICE_UNLOCK_BUTTON}-error`}
          class="govuk-error-message govuk-!-width-full"
          role="alert"
        >
          <span class="govuk-visually-hidden">{t('protection', 'Error:')}</span> {message}
        </p>
      )}
    </>
  );
}
