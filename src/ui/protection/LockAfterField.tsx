/**
 * On the lead's pack export: "Lock inspectors' devices after (minutes)". The pack carries it;
 * an inspector's device then locks after that long without use, or sooner if they chose so.
 */
import { AUTO_LOCK_LIMITS } from '../../core';
import { TextField } from '../components/InspectionFrame/formFields';
import { t } from '../i18n/translate';

export const LOCK_AFTER_FIELD = 'lock-after';

export function LockAfterField({
  value,
  error,
  onInput,
}: {
  value: string;
  error?: string | undefined;
  onInput: (value: string) => void;
}) {
  return (
    <TextField
      id={LOCK_AFTER_FIELD}
      label={t('protection', "Lock inspectors' devices after (minutes)")}
      labelClass="govuk-label--s"
      hint={t(
        'protection',
        'Optional. From {min} to {max} minutes without use. An inspector who chose a shorter time keeps theirs. Leave it empty to let each inspector choose.',
        { min: AUTO_LOCK_LIMITS.min, max: AUTO_LOCK_LIMITS.max },
      )}
      error={error}
      value={value}
      inputClass="govuk-input--width-3"
      inputMode="numeric"
      spellcheck={false}
      onInput={onInput}
    />
  );
}
