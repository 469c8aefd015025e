/**
 * The team server (issue 14): whether this app was served by one, or connected to one by its
 * address, signing in, and once signed in who you are and your inspections. It holds no case
 * data, so it shows without unlocking this device; connecting by address keeps the address and
 * the session in the person's space, so that needs the device unlocked.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../hooks/usePageTitle';
import { t, tx } from '../../i18n/translate';
import { NotServed, Unreachable } from '../TeamGate';
import { TEAM_ON_THIS_DEVICE } from '../teamAddresses';
import { NO_ERRORS } from '../teamErrors';
import { useTeamAccount } from '../useTeamAccount';
import { ConnectForm } from './ConnectForm';
import { Disconnect } from './Disconnect';
import { SignedInSummary } from './SignedInSummary';
import { SignInForm } from './SignInForm';

/** Not served by a team server, and locked: connecting by address waits for unlocking. */
function NotServedLocked() {
  return (
    <>
      <NotServed />
      <p class="govuk-body">
        {tx(
          'teamServer',
          'Or <link>unlock this device</link> to connect this copy to a team server by its address.',
          {
            link: (chunks: ComponentChildren) => (
              <a class="govuk-link" href={TEAM_ON_THIS_DEVICE}>
                {chunks}
              </a>
            ),
          },
        )}
      </p>
    </>
  );
}

function UnreachableAt({ address, check }: { address: string; check: () => void }) {
  return (
    <>
      <p class="govuk-body">
        {t(
          'teamServer',
          'No team server answered at {address}: check the address and the network. Your work on this device is not affected.',
          { address },
        )}
      </p>
      <div class="govuk-button-group">
        <button type="button" class="govuk-button govuk-button--secondary" onClick={check}>
          {t('teamServer', 'Try again')}
        </button>
        <Disconnect address={address} onDone={check} />
      </div>
    </>
  );
}

export default function TeamServer() {
  const { state, check, address } = useTeamAccount();
  const [errors, setErrors] = useState(NO_ERRORS);
  const connecting = state.kind === 'not-connected';
  const withErrors = (state.kind === 'signed-out' || connecting) && errors.summary.length > 0;
  usePageTitle(
    connecting ? t('teamServer', 'Connect to a team server') : t('teamServer', 'Team server'),
    withErrors,
  );

  switch (state.kind) {
    case 'not-connected':
      return <ConnectForm onConnected={check} onErrors={setErrors} />;
    case 'signed-out':
      return <SignInForm onErrors={setErrors} address={address} onDisconnected={check} />;
    case 'signed-in':
      return <SignedInSummary signedIn={state.signedIn} address={address} onDisconnected={check} />;
    default:
      return (
        <>
          <h1 class="govuk-heading-l">{t('teamServer', 'Team server')}</h1>
          {state.kind === 'checking' && (
            <Loading what={t('teamServer', 'Checking the team server')} />
          )}
          {state.kind === 'not-served' && <NotServedLocked />}
          {state.kind === 'unreachable' &&
            (address ? (
              <UnreachableAt address={address} check={check} />
            ) : (
              <Unreachable onRetry={check} />
            ))}
        </>
      );
  }
}
