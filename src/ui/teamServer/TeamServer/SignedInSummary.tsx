/**
 * Who is signed in to the team server, the inspections they have a role in, and, for an
 * administrator, the ways to the accounts, the inspections and the audit log. Connected to the
 * server by its address: which one, and the way to disconnect from it.
 */
import { useState } from 'preact/hooks';
import type { SignedIn } from '../../../core';
import { signOut } from '../../../teamClient/teamClient';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { t } from '../../i18n/translate';
import { replyText } from '../teamErrors';
import { teamRoleName } from '../teamRoleName';
import { AuditLogDownload } from './AuditLogDownload';
import { Disconnect } from './Disconnect';
import { OnThisDevice } from './OnThisDevice';

function Memberships({ signedIn }: { signedIn: SignedIn }) {
  if (signedIn.memberships.length === 0) {
    return (
      <p class="govuk-body">
        {t(
          'teamServer',
          'You have no role in an inspection on the team server yet. An administrator or an inspection’s lead gives you one.',
        )}
      </p>
    );
  }
  return (
    <table class="govuk-table">
      <caption class="govuk-table__caption govuk-table__caption--m">
        {t('teamServer', 'Your inspections')}
      </caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">
            {t('teamServer', 'Inspection')}
          </th>
          <th scope="col" class="govuk-table__header">
            {t('teamServer', 'Your role')}
          </th>
          <th scope="col" class="govuk-table__header">
            {t('teamServer', 'On this device')}
          </th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {signedIn.memberships.map((m) => (
          <tr class="govuk-table__row" key={m.inspectionId}>
            <td class="govuk-table__cell">
              {m.role === 'lead' ? (
                <a class="govuk-link" href={`/team/inspections/${m.inspectionId}`}>
                  {m.title}
                </a>
              ) : (
                m.title
              )}
            </td>
            <td class="govuk-table__cell">{teamRoleName(m.role)}</td>
            <td class="govuk-table__cell">
              <OnThisDevice inspectionId={m.inspectionId} title={m.title} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function AdministratorLinks({
  address,
  onError,
}: {
  address: string;
  onError: (text: string) => void;
}) {
  return (
    <>
      <h2 class="govuk-heading-m">{t('teamServer', 'Administration')}</h2>
      <ul class="govuk-list">
        <li>
          <a class="govuk-link" href="/team/accounts">
            {t('teamServer', 'Accounts on the team server')}
          </a>
        </li>
        <li>
          <a class="govuk-link" href="/team/inspections">
            {t('teamServer', 'Inspections on the team server')}
          </a>
        </li>
        <li>
          <AuditLogDownload address={address} onError={onError} />
        </li>
      </ul>
    </>
  );
}

export function SignedInSummary({
  signedIn,
  address = '',
  onDisconnected = () => undefined,
}: {
  signedIn: SignedIn;
  /** The server's address when connected to by it; '' for the one that served the page. */
  address?: string;
  onDisconnected?: () => void;
}) {
  const { account } = signedIn;
  const [errors, setErrors] = useState<readonly SummaryError[]>([]);
  const leave = async () => {
    const reply = await signOut();
    if (reply.status === 'unreachable') setErrors([{ text: replyText(reply) }]);
  };
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1 class="govuk-heading-l">{t('teamServer', 'Team server')}</h1>
      <dl class="govuk-summary-list">
        {address && (
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{t('teamServer', 'Connected to')}</dt>
            <dd class="govuk-summary-list__value">{address}</dd>
          </div>
        )}
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">{t('teamServer', 'Signed in as')}</dt>
          <dd class="govuk-summary-list__value" data-testid="team-signed-in-as">
            {account.name} ({account.email})
          </dd>
        </div>
        {account.administrator && (
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{t('teamServer', 'Administrator')}</dt>
            <dd class="govuk-summary-list__value">{t('teamServer', 'Yes')}</dd>
          </div>
        )}
      </dl>
      <Memberships signedIn={signedIn} />
      {account.administrator && (
        <AdministratorLinks address={address} onError={(text) => setErrors([{ text }])} />
      )}
      <div class="govuk-button-group">
        <button type="button" class="govuk-button govuk-button--secondary" onClick={leave}>
          {t('teamServer', 'Sign out')}
        </button>
        {address && <Disconnect address={address} onDone={onDisconnected} />}
      </div>
    </>
  );
}
