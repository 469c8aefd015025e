/**
 * The team server (issue 14): whether this app was served by one, signing in, and once signed
 * in who you are and your inspections. It holds no case data, so it shows without unlocking
 * this device.
 */
import { useState } from 'preact/hooks';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../hooks/usePageTitle';
import { NotServed, Unreachable } from '../TeamGate';
import { NO_ERRORS } from '../teamErrors';
import { useTeamAccount } from '../useTeamAccount';
import { SignedInSummary } from './SignedInSummary';
import { SignInForm } from './SignInForm';

export default function TeamServer() {
  const { state, check } = useTeamAccount();
  const [errors, setErrors] = useState(NO_ERRORS);
  usePageTitle('Team server', state.kind === 'signed-out' && errors.summary.length > 0);

  switch (state.kind) {
    case 'signed-out':
      return <SignInForm onErrors={setErrors} />;
    case 'signed-in':
      return <SignedInSummary signedIn={state.signedIn} />;
    default:
      return (
        <>
          <h1 class="govuk-heading-l">Team server</h1>
          {state.kind === 'checking' && <Loading what="Checking the team server" />}
          {state.kind === 'not-served' && <NotServed />}
          {state.kind === 'unreachable' && <Unreachable onRetry={check} />}
        </>
      );
  }
}
