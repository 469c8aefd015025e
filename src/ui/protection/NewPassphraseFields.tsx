/**
 * A new passphrase typed twice, as the set-up, recovery and change screens ask for one: the
 * hint, each box's error, and core's advice when the passphrase is refused.
 */
import { PassphraseInput } from './PassphraseInput';
import { type NewPassphraseErrors, newPassphraseHint } from './passphraseChoice';

export function NewPassphraseFields({
  ids,
  labels,
  passphrase,
  confirm,
  errors,
  onPassphrase,
  onConfirm,
}: {
  ids: { passphrase: string; confirm: string };
  labels: { passphrase: string; confirm: string };
  passphrase: string;
  confirm: string;
  errors: NewPassphraseErrors | undefined;
  onPassphrase: (value: string) => void;
  onConfirm: (value: string) => void;
}) {
  return (
    <>
      <PassphraseInput
        id={ids.passphrase}
        label={labels.passphrase}
        hint={newPassphraseHint()}
        error={errors?.passphrase}
        value={passphrase}
        autoComplete="new-password"
        onInput={onPassphrase}
      />
      {errors?.passphrase && errors.advice.length > 0 && (
        <div class="govuk-inset-text" id={`${ids.passphrase}-advice`}>
          {errors.advice.map((line) => (
            <p class="govuk-body" key={line}>
              {line}
            </p>
          ))}
        </div>
      )}
      <PassphraseInput
        id={ids.confirm}
        label={labels.confirm}
        error={errors?.confirm}
        value={confirm}
        autoComplete="new-password"
        onInput={onConfirm}
      />
    </>
  );
}
