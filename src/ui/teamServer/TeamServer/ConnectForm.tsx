/**
 * Connecting this copy of the app to a team server by its address, when the page was not served
 * by one: the address read as core reads it (https://, or http:// for this computer), then asked
 * whether a team server answers there before it is kept. A server that does not list this app's
 * address in its APP_ORIGINS cannot answer here: the browser keeps its answer from the page. A
 * build reaches only the servers it was built for (builtFor.ts).
 */
import { useState } from 'preact/hooks';
import { readServerAddress } from '../../../core';
import { connectTo } from '../../../sync/teamConnection';
import { checkServerAt } from '../../../teamClient/teamClient';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/InspectionFrame/formFields';
import { t } from '../../i18n/translate';
import { notBuiltFor } from '../builtFor';
import { type FormErrors, fieldError, NO_ERRORS } from '../teamErrors';

const ADDRESS_ID = 'team-server-address';

const noAnswer = (address: string) =>
  t('teamServer', 'No team server answered at {address}: check the address and the network', {
    address,
  });

export function ConnectForm({
  onConnected,
  onErrors,
}: {
  onConnected: () => void;
  onErrors: (errors: FormErrors) => void;
}) {
  const [typed, setTyped] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  const show = (next: FormErrors) => {
    setErrors(next);
    onErrors(next);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const read = readServerAddress(typed);
    if (read.status === 'problem') {
      show(fieldError('address', ADDRESS_ID, read.message));
      return;
    }
    const notHere = notBuiltFor(read.address);
    if (notHere) {
      show(fieldError('address', ADDRESS_ID, notHere));
      return;
    }
    setBusy(true);
    const presence = await checkServerAt(read.address);
    if (presence !== 'served') {
      setBusy(false);
      show(fieldError('address', ADDRESS_ID, noAnswer(read.address)));
      return;
    }
    await connectTo(read.address);
    setBusy(false);
    show(NO_ERRORS);
    onConnected();
  };

  return (
    <>
      <ErrorSummary errors={errors.summary} />
      <h1 class="govuk-heading-l">{t('teamServer', 'Connect to a team server')}</h1>
      <p class="govuk-body">
        {t(
          'teamServer',
          'This copy of Case Audit was not opened from a team server. If your organisation runs one, connect to it by its address, then sign in. Your work stays on this device, and it also travels between the team in files: packs and work files.',
        )}
      </p>
      <form onSubmit={submit} noValidate>
        <TextField
          id={ADDRESS_ID}
          label={t('teamServer', 'Team server address')}
          labelClass="govuk-label--s"
          hint={t('teamServer', 'For example, https://caseaudit.example.gov.uk')}
          value={typed}
          onInput={setTyped}
          spellcheck={false}
          error={errors.fields.address}
        />
        <button type="submit" class="govuk-button" disabled={busy}>
          {t('teamServer', 'Connect')}
        </button>
        <p class="govuk-body" role="status">
          {busy ? t('teamServer', 'Checking the team server…') : ''}
        </p>
      </form>
    </>
  );
}
