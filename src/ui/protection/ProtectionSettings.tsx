/**
 * Settings' "Protection" section: change the passphrase, how soon Case Audit locks itself when
 * left unused, and erasing the device. A lead's pack may set a shorter time, which then applies.
 */
import { useEffect, useState } from 'preact/hooks';
import { AUTO_LOCK_LIMITS, plural } from '../../core';
import type { AutoLockSettings } from '../../session';
import type { SummaryError } from '../components/ErrorSummary';
import { TextField } from '../components/InspectionFrame/formFields';
import { DeviceUnlockSettings } from './DeviceUnlockSettings';
import { MINUTES_PROBLEM, readMinutes } from './minutesText';
import { autoLockSettings, preloadSession, setAutoLockMinutes } from './session';
import { useShownSession } from './useSession';

export const AUTO_LOCK_FIELD = 'auto-lock-minutes';

/** The section's errors, for the page's error summary: the auto-lock field's, device unlock's. */
export function ProtectionSettings({
  onError,
}: {
  onError: (errors: readonly SummaryError[]) => void;
}) {
  // The session's code loads with unlocking; the section waits for it if it has not yet.
  const [settings, setSettings] = useState(autoLockSettings);
  useEffect(() => {
    if (settings === null) void preloadSession().then(() => setSettings(autoLockSettings()));
  }, [settings]);
  return settings ? <ProtectionSection initial={settings} onError={onError} /> : null;
}

function ProtectionSection({
  initial,
  onError,
}: {
  initial: AutoLockSettings;
  onError: (errors: readonly SummaryError[]) => void;
}) {
  const state = useShownSession();
  const [settings, setSettings] = useState(initial);
  const [text, setText] = useState(() => String(settings.own));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<'no' | 'saving' | 'saved' | 'failed'>('no');
  const [deviceErrors, setDeviceErrors] = useState<readonly SummaryError[]>([]);
  const report = (minutesProblem: string | null, device: readonly SummaryError[]) =>
    onError([
      ...(minutesProblem ? [{ text: minutesProblem, href: `#${AUTO_LOCK_FIELD}` }] : []),
      ...device,
    ]);
  const name = state.kind === 'unlocked' ? state.person.name : null;

  const save = async (event: Event) => {
    event.preventDefault();
    const minutes = readMinutes(text);
    const problem = minutes === null ? MINUTES_PROBLEM : null;
    setError(problem);
    report(problem, deviceErrors);
    if (minutes === null) return;
    setSaved('saving');
    try {
      await setAutoLockMinutes(minutes);
      setSettings(autoLockSettings() ?? settings);
      setText(String(minutes));
      setSaved('saved');
    } catch (failure) {
      console.error(failure);
      setSaved('failed');
    }
  };

  const packNote =
    settings.fromPacks !== null && settings.fromPacks < settings.own
      ? ` A pack from your lead asks for ${plural(settings.fromPacks, 'minute')}: the shorter time applies.`
      : '';

  return (
    <>
      <h2 class="govuk-heading-m">Protection</h2>
      <p class="govuk-body">
        The case data on this device is stored encrypted
        {name ? <> and opened with {name}’s passphrase</> : null}. When Case Audit is locked, nobody
        can read it without that passphrase or the recovery code.
      </p>
      <p class="govuk-body">
        <a class="govuk-link" href="/settings/passphrase">
          Change your passphrase
        </a>
      </p>
      <form onSubmit={save} noValidate>
        <TextField
          id={AUTO_LOCK_FIELD}
          label="Lock after this many minutes without use"
          labelClass="govuk-label--s"
          hint={`From ${AUTO_LOCK_LIMITS.min} to ${AUTO_LOCK_LIMITS.max}. Case Audit locks itself when nothing has been typed, clicked or touched in it for this long.${packNote}`}
          error={error ?? undefined}
          value={text}
          inputClass="govuk-input--width-3"
          inputMode="numeric"
          spellcheck={false}
          onInput={(value) => {
            setText(value);
            setSaved('no');
          }}
        />
        <button
          type="submit"
          class="govuk-button govuk-button--secondary"
          data-module="govuk-button"
          disabled={saved === 'saving'}
        >
          Save
        </button>
        <p class="govuk-body" role="status">
          {saved === 'saved'
            ? `Case Audit now locks after ${plural(settings.effective, 'minute')} without use.`
            : saved === 'failed'
              ? 'The setting could not be saved. Try again.'
              : ''}
        </p>
      </form>
      <DeviceUnlockSettings
        onError={(errors) => {
          setDeviceErrors(errors);
          report(error, errors);
        }}
      />
      <p class="govuk-body">
        <a class="govuk-link" href="/erase-this-device">
          Erase this device
        </a>{' '}
        to remove every person’s data from it.
      </p>
    </>
  );
}
