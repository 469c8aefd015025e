/**
 * Signing in to the team server: email address and password. A wrong password, a disabled
 * account and the wait after too many sign-ins that were not right are each said plainly. To a
 * server connected to by its address: which one, and the way to disconnect from it.
 */
import { useState } from 'preact/hooks';
import { signIn, type TeamReply } from '../../../teamClient/teamClient';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/InspectionFrame/formFields';
import { t } from '../../i18n/translate';
import { PassphraseInput } from '../../protection/PassphraseInput';
import { type FormErrors, formErrors, NO_ERRORS } from '../teamErrors';
import { Disconnect } from './Disconnect';

const IDS = { email: 'sign-in-email', password: 'sign-in-password' };

function signInErrors(reply: Exclude<TeamReply<unknown>, { status: 'ok' }>): FormErrors {
  if (reply.status === 'refused' && reply.httpStatus === 429) {
    const wait = reply.retryAfterSeconds;
    const text = wait
      ? t(
          'teamServer',
          'Too many sign-ins were not right. Wait {wait, plural, one {# second} other {# seconds}}, then try again.',
          { wait },
        )
      : reply.error;
    return { summary: [{ text }], fields: {} };
  }
  if (reply.status === 'refused' && reply.httpStatus === 401) {
    const text = t('teamServer', 'The email address or password is not right.');
    return { summary: [{ text, href: `#${IDS.email}` }], fields: { email: text } };
  }
  if (reply.status === 'refused' && reply.httpStatus === 403) {
    return {
      summary: [
        {
          text: t(
            'teamServer',
            'This account has been disabled. Ask an administrator to enable it.',
          ),
        },
      ],
      fields: {},
    };
  }
  return formErrors(reply, IDS);
}

export function SignInForm({
  onErrors,
  address = '',
  onDisconnected = () => undefined,
}: {
  onErrors: (errors: FormErrors) => void;
  /** The server's address when connected to by it; '' for the one that served the page. */
  address?: string;
  onDisconnected?: () => void;
}) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  const show = (next: FormErrors) => {
    setErrors(next);
    onErrors(next);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const reply = await signIn({ email, password });
    setBusy(false);
    if (reply.status === 'ok') show(NO_ERRORS);
    else {
      setPassword('');
      show(signInErrors(reply));
    }
  };

  return (
    <>
      <ErrorSummary errors={errors.summary} />
      <h1 class="govuk-heading-l">{t('teamServer', 'Team server')}</h1>
      <p class="govuk-body">
        {address
          ? t(
              'teamServer',
              'Sign in to the team server at {address} with the account your organisation’s administrator made for you.',
              { address },
            )
          : t(
              'teamServer',
              'Sign in with the account your organisation’s administrator made for you.',
            )}
      </p>
      <form onSubmit={submit} noValidate>
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
          value={password}
          onInput={setPassword}
          autoComplete="current-password"
          error={errors.fields.password}
        />
        <button type="submit" class="govuk-button" disabled={busy}>
          {t('teamServer', 'Sign in')}
        </button>
      </form>
      {address && <Disconnect address={address} onDone={onDisconnected} />}
    </>
  );
}
