/**
 * Creating the team server's first administrator, from the one-time link the server prints when
 * it starts with no account (`/team/set-up#<token>`). The token is in the address's fragment,
 * which browsers never send to a server or keep in its logs.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { DEVICE_PASSPHRASE_MIN_LENGTH } from '../../../core';
import { createFirstAdministrator, setupNeeded } from '../../../teamClient/teamClient';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/InspectionFrame/formFields';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../hooks/usePageTitle';
import { t, tx } from '../../i18n/translate';
import { PassphraseInput } from '../../protection/PassphraseInput';
import { NotServed, Unreachable } from '../TeamGate';
import { type FormErrors, fieldError, formErrors, NO_ERRORS } from '../teamErrors';

const heading = () => t('teamServer', 'Create the first administrator');
const IDS = {
  name: 'administrator-name',
  email: 'administrator-email',
  password: 'administrator-password',
  confirm: 'administrator-password-confirm',
};

type Need = 'checking' | 'needed' | 'done' | 'not-served' | 'unreachable';

function useSetupNeed(): [Need, () => void] {
  const [need, setNeed] = useState<Need>('checking');
  const check = () => {
    setNeed('checking');
    void setupNeeded().then((reply) => {
      if (reply.status === 'ok') setNeed(reply.value.needed ? 'needed' : 'done');
      else setNeed(reply.status === 'unreachable' ? 'unreachable' : 'not-served');
    });
  };
  useEffect(check, []);
  return [need, check];
}

function SetUpForm({ token, onErrors }: { token: string; onErrors: (e: FormErrors) => void }) {
  const { route } = useLocation();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const show = (next: FormErrors) => {
    setErrors(next);
    onErrors(next);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (password !== '' && password !== confirm) {
      show(
        fieldError('confirm', IDS.confirm, t('teamServer', 'The two passwords are not the same')),
      );
      return;
    }
    setBusy(true);
    const reply = await createFirstAdministrator({ token, name, email, password });
    setBusy(false);
    if (reply.status === 'ok') route('/team');
    else show(formErrors(reply, IDS));
  };

  return (
    <>
      <ErrorSummary errors={errors.summary} />
      <h1 class="govuk-heading-l">{heading()}</h1>
      <p class="govuk-body">
        {t(
          'teamServer',
          'The administrator makes the team’s accounts and inspections, and gives each person their role. This link works once.',
        )}
      </p>
      <form onSubmit={submit} noValidate>
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
            'At least {count} characters. A few unrelated words is a good choice.',
            { count: DEVICE_PASSPHRASE_MIN_LENGTH },
          )}
          value={password}
          onInput={setPassword}
          autoComplete="new-password"
          error={errors.fields.password}
        />
        <PassphraseInput
          id={IDS.confirm}
          label={t('teamServer', 'Confirm password')}
          value={confirm}
          onInput={setConfirm}
          autoComplete="new-password"
          error={errors.fields.confirm}
        />
        <button type="submit" class="govuk-button" disabled={busy}>
          {t('teamServer', 'Create the administrator')}
        </button>
      </form>
    </>
  );
}

export default function TeamSetUp() {
  const [token] = useState(() => decodeURIComponent(window.location.hash.slice(1)));
  useEffect(() => {
    // Read once and kept in memory: the link works once, and need not stay in the address bar
    // (nor in the browser's history) after it is opened.
    if (window.location.hash !== '') {
      history.replaceState(history.state, '', window.location.pathname + window.location.search);
    }
  }, []);
  const [need, check] = useSetupNeed();
  const [errors, setErrors] = useState(NO_ERRORS);
  usePageTitle(heading(), errors.summary.length > 0);

  if (need === 'needed' && token !== '') return <SetUpForm token={token} onErrors={setErrors} />;
  return (
    <>
      <h1 class="govuk-heading-l">{heading()}</h1>
      {need === 'checking' && <Loading what={t('teamServer', 'Checking the team server')} />}
      {need === 'not-served' && <NotServed />}
      {need === 'unreachable' && <Unreachable onRetry={check} />}
      {need === 'done' && (
        <p class="govuk-body">
          {tx(
            'teamServer',
            'The team server has an administrator already. <link>Sign in</link> instead.',
            {
              link: (chunks: ComponentChildren) => (
                <a class="govuk-link" href="/team">
                  {chunks}
                </a>
              ),
            },
          )}
        </p>
      )}
      {need === 'needed' && (
        <p class="govuk-body">
          {t(
            'teamServer',
            'This address is missing the set-up code. Open the whole link the team server printed when it started, with everything after the “#”.',
          )}
        </p>
      )}
    </>
  );
}
