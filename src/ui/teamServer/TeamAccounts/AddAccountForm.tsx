/** "Add an account": name, email address, a first password and whether they administer the server. */
import { useState } from 'preact/hooks';
import { DEVICE_PASSPHRASE_MIN_LENGTH } from '../../../core';
import { addAccount } from '../../../teamClient/teamClient';
import { CheckboxField, TextField } from '../../components/InspectionFrame/formFields';
import { t } from '../../i18n/translate';
import { PassphraseInput } from '../../protection/PassphraseInput';
import { type FormErrors, formErrors, NO_ERRORS } from '../teamErrors';

const IDS = {
  name: 'account-name',
  email: 'account-email',
  password: 'account-password',
  administrator: 'account-administrator',
};

export function AddAccountForm({
  errors,
  onErrors,
  onAdded,
}: {
  errors: FormErrors;
  onErrors: (errors: FormErrors) => void;
  onAdded: (name: string) => void;
}) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [administrator, setAdministrator] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const reply = await addAccount({ name, email, password, administrator });
    setBusy(false);
    if (reply.status !== 'ok') {
      onErrors(formErrors(reply, IDS));
      return;
    }
    onErrors(NO_ERRORS);
    setName('');
    setEmail('');
    setPassword('');
    setAdministrator(false);
    onAdded(reply.value.name);
  };

  return (
    <form onSubmit={submit} noValidate>
      <h2 class="govuk-heading-m">{t('teamServer', 'Add an account')}</h2>
      <TextField
        id={IDS.name}
        label={t('teamServer', 'Name')}
        value={name}
        onInput={setName}
        error={errors.fields.name}
      />
      <TextField
        id={IDS.email}
        label={t('teamServer', 'Email address')}
        value={email}
        onInput={setEmail}
        spellcheck={false}
        error={errors.fields.email}
      />
      <PassphraseInput
        id={IDS.password}
        label={t('teamServer', 'Password')}
        hint={t(
          'teamServer',
          'At least {count} characters. Give it to them in person; they sign in with it.',
          { count: DEVICE_PASSPHRASE_MIN_LENGTH },
        )}
        value={password}
        onInput={setPassword}
        autoComplete="new-password"
        error={errors.fields.password}
      />
      <CheckboxField
        id={IDS.administrator}
        label={t('teamServer', 'Administrator')}
        hint={t(
          'teamServer',
          'Administrators make accounts and inspections, give roles and download the audit log.',
        )}
        checked={administrator}
        onChange={setAdministrator}
      />
      <button type="submit" class="govuk-button" disabled={busy}>
        {t('teamServer', 'Add the account')}
      </button>
    </form>
  );
}
