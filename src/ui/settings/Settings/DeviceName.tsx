/**
 * "Name of this device": a name ("Amira's laptop") shown instead of a code beside the changes
 * made here, in case histories and on the lead's merge screens, once work travels in a file.
 */
import { useEffect, useState } from 'preact/hooks';
import { deviceNameProblem } from '../../../core';
import { deviceId, setDeviceName, thisDeviceName } from '../../../db/device/identityStore';
import { TextField } from '../../components/InspectionFrame/formFields';
import { t } from '../../i18n/translate';

export function DeviceName({ onError }: { onError: (message: string | null) => void }) {
  const [name, setName] = useState('');
  const [code, setCode] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<'no' | 'saving' | 'saved' | 'failed'>('no');

  useEffect(() => {
    // Unread, the field starts empty and the hint without the code: nothing is lost.
    thisDeviceName()
      .then((stored) => setName((typed) => typed || (stored ?? '')))
      .catch(() => undefined);
    deviceId()
      .then((id) => setCode(id.slice(0, 8)))
      .catch(() => undefined);
  }, []);

  const save = async (event: Event) => {
    event.preventDefault();
    const problem = deviceNameProblem(name);
    setError(problem);
    onError(problem);
    if (problem) return;
    setSaved('saving');
    try {
      await setDeviceName(name);
      setName(name.trim());
      setSaved('saved');
    } catch {
      setSaved('failed');
    }
  };

  return (
    <>
      <h2 class="govuk-heading-m">{t('settings', 'This device')}</h2>
      <form onSubmit={save} noValidate>
        <TextField
          id="device-name"
          label={t('settings', 'Name of this device')}
          labelClass="govuk-label--s"
          hint={
            code
              ? t(
                  'settings',
                  'For example, “Amira’s laptop”. It goes with the work made here into the files you export, so case histories and the lead’s merge screens show it instead of a code (this device’s is {code}). Leave it empty to use the code.',
                  { code },
                )
              : t(
                  'settings',
                  'For example, “Amira’s laptop”. It goes with the work made here into the files you export, so case histories and the lead’s merge screens show it instead of a code. Leave it empty to use the code.',
                )
          }
          error={error ?? undefined}
          value={name}
          inputClass="govuk-!-width-one-half"
          onInput={(value) => {
            setName(value);
            setSaved('no');
          }}
        />
        <button
          type="submit"
          class="govuk-button govuk-button--secondary"
          data-module="govuk-button"
          disabled={saved === 'saving'}
        >
          {t('settings', 'Save the name')}
        </button>
        <p class="govuk-body" role="status">
          {saved === 'saved'
            ? name.trim() === ''
              ? t('settings', 'This device has no name: it is shown by its code.')
              : t('settings', 'This device is now called “{name}”.', { name: name.trim() })
            : saved === 'failed'
              ? t('settings', 'The name could not be saved. Try again.')
              : ''}
        </p>
      </form>
    </>
  );
}
