/**
 * What the team server's other screens show until someone is signed in: the check, a server
 * that is not there, or the way to sign in. Signed in, the screen itself.
 */
import type { ComponentChildren } from 'preact';
import type { SignedIn } from '../../core';
import { Loading } from '../components/Loading';
import { t, tx } from '../i18n/translate';
import { type TeamAccountState, useTeamAccount } from './useTeamAccount';

const teamLink = (chunks: ComponentChildren) => (
  <a class="govuk-link" href="/team">
    {chunks}
  </a>
);
export function NotServed() {
  return (
    <>
      <p class="govuk-body">
        {t(
          'teamServer',
          'This copy of Case Audit was not opened from a team server, so there is nothing to sign in to here. Your work stays on this device and travels between the team in files: packs and work files.',
        )}
      </p>
      <p class="govuk-body">
        {t(
          'teamServer',
          'If your organisation runs a team server, open the address its administrator gives you, and sign in there.',
        )}
      </p>
    </>
  );
}

export function Unreachable({ onRetry }: { onRetry: () => void }) {
  return (
    <>
      <p class="govuk-body">
        {t(
          'teamServer',
          'The team server could not be reached. Check the network connection and try again. Your work on this device is not affected.',
        )}
      </p>
      <button type="button" class="govuk-button govuk-button--secondary" onClick={onRetry}>
        {t('teamServer', 'Try again')}
      </button>
    </>
  );
}

/** Shows `children(signedIn)` once someone is signed in; otherwise says what is missing. */
export function TeamGate({
  heading,
  children,
}: {
  /** The screen's heading, shown above what is missing. */
  heading: string;
  children: (signedIn: SignedIn) => ComponentChildren;
}) {
  const { state, check } = useTeamAccount();
  if (state.kind === 'signed-in') return <>{children(state.signedIn)}</>;
  return (
    <>
      <h1 class="govuk-heading-l">{heading}</h1>
      <Missing state={state} check={check} />
    </>
  );
}

function Missing({
  state,
  check,
}: {
  state: Exclude<TeamAccountState, { kind: 'signed-in' }>;
  check: () => void;
}) {
  switch (state.kind) {
    case 'checking':
      return <Loading what={t('teamServer', 'Checking the team server')} />;
    case 'not-served':
      return <NotServed />;
    case 'unreachable':
      return <Unreachable onRetry={check} />;
    case 'not-connected':
      return (
        <p class="govuk-body">
          {tx(
            'teamServer',
            'This copy of Case Audit is not connected to a team server. <link>Connect to one</link> first.',
            { link: teamLink },
          )}
        </p>
      );
    case 'signed-out':
      return (
        <p class="govuk-body">
          {tx(
            'teamServer',
            'You are not signed in to the team server. <link>Sign in</link> first.',
            {
              link: teamLink,
            },
          )}
        </p>
      );
  }
}
