/**
 * The team server's accounts, for an administrator: who they are, whether each administers the
 * server and can sign in, disabling (confirmed: it ends their sessions at once) and enabling,
 * making an account an administrator or no longer one (the server keeps the last administrator
 * who can sign in), and adding an account.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AccountChangeRequest, AccountSummary, SignedIn } from '../../../core';
import { changeAccount, listAccounts } from '../../../teamClient/teamClient';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Loading } from '../../components/Loading';
import { focusElement } from '../../components/moveFocus';
import { usePageTitle } from '../../hooks/usePageTitle';
import { t } from '../../i18n/translate';
import { TeamGate } from '../TeamGate';
import { type FormErrors, formErrors, NO_ERRORS } from '../teamErrors';
import { AddAccountForm } from './AddAccountForm';

const heading = () => t('teamServer', 'Accounts');

function DisableConfirm({
  account,
  onConfirm,
  onCancel,
}: {
  account: AccountSummary;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen reader users are taken to the question they have just opened.
  useEffect(() => {
    if (heading.current) focusElement(heading.current);
  }, [account]);
  return (
    <div class="govuk-inset-text" data-testid="disable-confirm">
      <h2 class="govuk-heading-m" ref={heading}>
        {t('teamServer', 'Disable {name}’s account?', { name: account.name })}
      </h2>
      <p class="govuk-body">
        {t(
          'teamServer',
          'They are signed out on every device at once, and cannot sign in until an administrator enables the account again. Their work on the server stays.',
        )}
      </p>
      <div class="govuk-button-group">
        <button type="button" class="govuk-button govuk-button--warning" onClick={onConfirm}>
          {t('teamServer', 'Disable the account')}
        </button>
        <button type="button" class="govuk-button govuk-button--secondary" onClick={onCancel}>
          {t('teamServer', 'Cancel')}
        </button>
      </div>
    </div>
  );
}

function AccountRow({
  account,
  onDisable,
  onChange,
}: {
  account: AccountSummary;
  onDisable: () => void;
  onChange: (change: AccountChangeRequest) => void;
}) {
  const button = 'govuk-button govuk-button--secondary govuk-!-margin-bottom-0';
  return (
    <tr class="govuk-table__row">
      <td class="govuk-table__cell">{account.name}</td>
      <td class="govuk-table__cell">{account.email}</td>
      <td class="govuk-table__cell">
        {account.administrator ? t('teamServer', 'Yes') : t('teamServer', 'No')}
      </td>
      <td class="govuk-table__cell">
        <strong class={`govuk-tag ${account.disabled ? 'govuk-tag--grey' : 'govuk-tag--green'}`}>
          {account.disabled ? t('teamServer', 'Disabled') : t('teamServer', 'Active')}
        </strong>
      </td>
      <td class="govuk-table__cell">
        <div class="govuk-button-group govuk-!-margin-bottom-0">
          <button
            type="button"
            class={button}
            onClick={account.disabled ? () => onChange({ disabled: false }) : onDisable}
          >
            {account.disabled ? t('teamServer', 'Enable') : t('teamServer', 'Disable')}
            <span class="govuk-visually-hidden"> {account.name}</span>
          </button>
          <button
            type="button"
            class={button}
            onClick={() => onChange({ administrator: !account.administrator })}
          >
            {account.administrator
              ? t('teamServer', 'Remove as administrator')
              : t('teamServer', 'Make administrator')}
            <span class="govuk-visually-hidden"> {account.name}</span>
          </button>
        </div>
      </td>
    </tr>
  );
}

function AccountsTable({
  accounts,
  onDisable,
  onChange,
}: {
  accounts: readonly AccountSummary[];
  onDisable: (account: AccountSummary) => void;
  onChange: (account: AccountSummary, change: AccountChangeRequest) => void;
}) {
  return (
    <table class="govuk-table">
      <caption class="govuk-table__caption govuk-table__caption--m">
        {t('teamServer', 'Accounts on the server')}
      </caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          {[
            t('teamServer', 'Name'),
            t('teamServer', 'Email address'),
            t('teamServer', 'Administrator'),
            t('teamServer', 'Status'),
            t('teamServer', 'Action'),
          ].map((h) => (
            <th scope="col" class="govuk-table__header" key={h}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {accounts.map((account) => (
          <AccountRow
            key={account.id}
            account={account}
            onDisable={() => onDisable(account)}
            onChange={(change) => onChange(account, change)}
          />
        ))}
      </tbody>
    </table>
  );
}

function doneText(name: string, change: AccountChangeRequest): string {
  if (change.administrator !== undefined) {
    return change.administrator
      ? t('teamServer', '{name} is now an administrator of the team server.', { name })
      : t('teamServer', '{name} is no longer an administrator of the team server.', { name });
  }
  return change.disabled
    ? t('teamServer', '{name}’s account is disabled.', { name })
    : t('teamServer', '{name}’s account is enabled.', { name });
}

function Accounts({ onErrors }: { onErrors: (errors: FormErrors) => void }) {
  const [accounts, setAccounts] = useState<readonly AccountSummary[] | null>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [confirming, setConfirming] = useState<AccountSummary | null>(null);
  const [done, setDone] = useState('');
  const show = (next: FormErrors) => {
    setErrors(next);
    onErrors(next);
  };
  const load = async () => {
    const reply = await listAccounts();
    if (reply.status === 'ok') setAccounts(reply.value);
    else show(formErrors(reply, {}));
  };
  useEffect(() => void load(), []);

  const change = async (account: AccountSummary, request: AccountChangeRequest) => {
    setConfirming(null);
    const reply = await changeAccount(account.id, request);
    if (reply.status !== 'ok') {
      show(formErrors(reply, {}));
      return;
    }
    show(NO_ERRORS);
    setDone(doneText(account.name, request));
    await load();
  };

  return (
    <>
      <ErrorSummary errors={errors.summary} />
      <a href="/team" class="govuk-back-link">
        {t('teamServer', 'Back to the team server')}
      </a>
      <h1 class="govuk-heading-l">{heading()}</h1>
      <p class="govuk-body" role="status">
        {done}
      </p>
      {confirming && (
        <DisableConfirm
          account={confirming}
          onConfirm={() => void change(confirming, { disabled: true })}
          onCancel={() => setConfirming(null)}
        />
      )}
      {accounts === null ? (
        errors.summary.length === 0 && <Loading what={t('teamServer', 'Loading the accounts')} />
      ) : (
        <AccountsTable
          accounts={accounts}
          onDisable={setConfirming}
          onChange={(account, request) => void change(account, request)}
        />
      )}
      <AddAccountForm
        errors={errors}
        onErrors={show}
        onAdded={(name) => {
          setDone(t('teamServer', 'An account for {name} is added.', { name }));
          void load();
        }}
      />
    </>
  );
}

export default function TeamAccounts() {
  const [errors, setErrors] = useState(NO_ERRORS);
  usePageTitle(heading(), errors.summary.length > 0);
  return (
    <TeamGate heading={heading()}>
      {(signedIn: SignedIn) =>
        signedIn.account.administrator ? (
          <Accounts onErrors={setErrors} />
        ) : (
          <>
            <h1 class="govuk-heading-l">{heading()}</h1>
            <p class="govuk-body">
              {t('teamServer', 'Only an administrator of the team server can manage accounts.')}
            </p>
          </>
        )
      }
    </TeamGate>
  );
}
