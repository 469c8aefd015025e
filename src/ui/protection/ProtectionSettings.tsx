/**
 * Settings' "Protection" section: change the passphrase, how soon Case Audit locks itself when
 * left unused, and erasing the device. A lead's pack may set a shorter time, which then applies.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { AUTO_LOCK_LIMITS } from '../../core';
import type { AutoLockSettings } from '../../session';
import type { SummaryError } from '../components/ErrorSummary';
import { TextField } from '../components/InspectionFrame/formFields';
import { t, tx } from '../i18n/translate';
import { DeviceUnlockSettings } from './DeviceUnlockSettings';
import { minutesProblem, readMinutes } from './minutesText';
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
    const problem = minutes === null ? minutesProblem() : null;
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
      ? ` ${t('protection', 'A pack from your lead asks for {minutes, plural, one {# minute} other {# minutes}}: the shorter time applies.', { minutes: settings.fromPacks })}`
      : '';

  return (
    <>
      <h2 class="govuk-heading-m">{t('protection', 'Protection')}</h2>
      <p class="govuk-body">
        {name
          ? t(
              'protection',
              'The case data on this device is stored encrypted and opened with {name}’s passphrase. When Case Audit is locked, nobody can read it without that passphrase or the recovery code.',
              { name },
            )
          : t(
              'protection',
              'The case data on this device is stored encrypted. When Case Audit is locked, nobody can read it without that passphrase or the recovery code.',
            )}
      </p>
      <p class="govuk-body">
        <a class="govuk-link" href="/settings/passphrase">
          {t('protection', 'Change your passphrase')}
        </a>
      </p>
      <form onSubmit={save} noValidate>
        <TextField
          id={AUTO_LOCK_FIELD}
          label={t('protection', 'Lock after this many minutes without use')}
          labelClass="govuk-label--s"
          hint={`${t(
            'protection',
            'From {min} to {max}. Case Audit locks itself when nothing has been typed, clicked or touched in it for this long.',
            { min: AUTO_LOCK_LIMITS.min, max: AUTO_LOCK_LIMITS.max },
          )}${packNote}`}
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
          {t('protection', 'Save')}
        </button>
        <p class="govuk-body" role="status">
          {saved === 'saved'
            ? t(
                'protection',
                'Case Audit now locks after {minutes, plural, one {# minute} other {# minutes}} without use.',
                { minutes: settings.effective },
              )
            : saved === 'failed'
              ? t('protection', 'The setting could not be saved. Try again.')
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
        {tx('protection', '<link>Erase this device</link> to remove every person’s data from it.', {
          link: (chunks: ComponentChildren) => (
            <a class="govuk-link" href="/erase-this-device">
              {chunks}
            </a>
          ),
        })}
      </p>
    </>
  );
}
