/**
 * One inspection on the team server, for an administrator or its lead: its members and their
 * roles, changing a role, removing a member (confirmed) and, for an administrator (who sees
 * every account), adding one.
 */
import { useEffect, useState } from 'preact/hooks';
import type {
  AccountSummary,
  InspectionMember,
  ServerTeam,
  SignedIn,
  TeamRole,
} from '../../../core';
import {
  giveRole,
  inspectionMembers,
  inspectionTeam,
  listAccounts,
  listInspections,
  removeMember,
  type TeamReply,
} from '../../../teamClient/teamClient';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../hooks/usePageTitle';
import { t } from '../../i18n/translate';
import { TeamGate } from '../TeamGate';
import { type FormErrors, fieldError, formErrors, NO_ERRORS } from '../teamErrors';
import { teamRoleName } from '../teamRoleName';
import { ADD_IDS, AddMemberForm, RemoveConfirm, RoleChange } from './MemberForms';

type Editing = { kind: 'role' | 'remove'; member: InspectionMember } | null;

function MembersTable({
  members,
  onEdit,
}: {
  members: readonly InspectionMember[];
  onEdit: (editing: Editing) => void;
}) {
  if (members.length === 0)
    return <p class="govuk-body">{t('teamServer', 'No one has a role here yet.')}</p>;
  return (
    <table class="govuk-table">
      <caption class="govuk-table__caption govuk-table__caption--m">
        {t('teamServer', 'Members')}
      </caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          {[
            t('teamServer', 'Name'),
            t('teamServer', 'Email address'),
            t('teamServer', 'Role'),
            t('teamServer', 'Actions'),
          ].map((h) => (
            <th scope="col" class="govuk-table__header" key={h}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {members.map((member) => (
          <tr class="govuk-table__row" key={member.accountId}>
            <td class="govuk-table__cell">{member.name}</td>
            <td class="govuk-table__cell">{member.email}</td>
            <td class="govuk-table__cell">{teamRoleName(member.role)}</td>
            <td class="govuk-table__cell">
              <div class="govuk-button-group govuk-!-margin-bottom-0">
                {(['role', 'remove'] as const).map((kind) => (
                  <button
                    key={kind}
                    type="button"
                    class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                    onClick={() => onEdit({ kind, member })}
                  >
                    {kind === 'role' ? t('teamServer', 'Change role') : t('teamServer', 'Remove')}
                    <span class="govuk-visually-hidden"> {member.name}</span>
                  </button>
                ))}
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type Loaded = { title: string; members: readonly InspectionMember[]; team: ServerTeam };

function useInspection(inspectionId: string, administrator: boolean) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [accounts, setAccounts] = useState<readonly AccountSummary[]>([]);
  const [failure, setFailure] = useState<FormErrors>(NO_ERRORS);
  const load = async () => {
    const [members, inspections, team] = await Promise.all([
      inspectionMembers(inspectionId),
      listInspections(),
      inspectionTeam(inspectionId),
    ]);
    if (members.status !== 'ok') return setFailure(formErrors(members, {}));
    const found =
      inspections.status === 'ok' ? inspections.value.find((i) => i.id === inspectionId) : null;
    setLoaded({
      title: found?.title ?? t('teamServer', 'Inspection'),
      members: members.value,
      team: team.status === 'ok' ? team.value : [],
    });
    if (administrator) {
      const all = await listAccounts();
      if (all.status === 'ok') setAccounts(all.value);
    }
  };
  useEffect(() => void load(), [inspectionId]);
  return { loaded, setLoaded, accounts, failure };
}

function Members({
  inspectionId,
  signedIn,
  onErrors,
}: {
  inspectionId: string;
  signedIn: SignedIn;
  onErrors: (errors: FormErrors) => void;
}) {
  const administrator = signedIn.account.administrator;
  const { loaded, setLoaded, accounts, failure } = useInspection(inspectionId, administrator);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [editing, setEditing] = useState<Editing>(null);
  const [done, setDone] = useState('');
  const show = (next: FormErrors) => {
    setErrors(next);
    onErrors(next);
  };
  useEffect(() => onErrors(failure), [failure]);
  const summary = failure.summary.length > 0 ? failure.summary : errors.summary;

  const afterChange = (reply: TeamReply<readonly InspectionMember[]>, message: string) => {
    setEditing(null);
    if (reply.status !== 'ok') return show(formErrors(reply, ADD_IDS));
    show(NO_ERRORS);
    setDone(message);
    setLoaded((was) => was && { ...was, members: reply.value });
  };
  const save = async (
    member: { accountId: string; name: string; memberId?: string },
    role: TeamRole,
  ) =>
    afterChange(
      await giveRole(inspectionId, member.accountId, role, member.memberId),
      t('teamServer', '{name} is now {role} here.', {
        name: member.name,
        role: teamRoleName(role).toLowerCase(),
      }),
    );
  const remove = async (member: InspectionMember) => {
    setEditing(null);
    const reply = await removeMember(inspectionId, member.accountId);
    if (reply.status !== 'ok') return show(formErrors(reply, {}));
    show(NO_ERRORS);
    setDone(t('teamServer', '{name} is removed from this inspection.', { name: member.name }));
    setLoaded((was) => was && { ...was, members: was.members.filter((m) => m !== member) });
  };
  const add = (accountId: string, role: TeamRole | '', memberId: string) => {
    const account = accounts.find((a) => a.id === accountId);
    if (!account)
      return show(fieldError('accountId', ADD_IDS.accountId, t('teamServer', 'Choose an account')));
    if (role === '')
      return show(fieldError('role', ADD_IDS.role, t('teamServer', 'Choose a role')));
    if ((loaded?.team.length ?? 0) > 0 && memberId === '') {
      return show(
        fieldError(
          'memberId',
          ADD_IDS.memberId,
          t('teamServer', 'Choose who they are in the inspection’s team'),
        ),
      );
    }
    void save({ accountId, name: account.name, ...(memberId ? { memberId } : {}) }, role);
  };

  const outside = accounts.filter((a) => !loaded?.members.some((m) => m.accountId === a.id));
  return (
    <>
      <ErrorSummary errors={summary} />
      <a href="/team/inspections" class="govuk-back-link">
        {t('teamServer', 'Back to inspections')}
      </a>
      <h1 class="govuk-heading-l">{loaded?.title ?? t('teamServer', 'Inspection')}</h1>
      <p class="govuk-body" role="status">
        {done}
      </p>
      {loaded === null ? (
        summary.length === 0 && <Loading what={t('teamServer', 'Loading the members')} />
      ) : (
        <>
          {editing?.kind === 'role' && (
            <RoleChange
              member={editing.member}
              onSave={(role) => void save(editing.member, role)}
              onCancel={() => setEditing(null)}
            />
          )}
          {editing?.kind === 'remove' && (
            <RemoveConfirm
              member={editing.member}
              onConfirm={() => void remove(editing.member)}
              onCancel={() => setEditing(null)}
            />
          )}
          <MembersTable members={loaded.members} onEdit={setEditing} />
          {administrator && (
            // Emptied once the members change: the account just added is no longer a choice.
            <AddMemberForm
              key={loaded.members.map((m) => m.accountId).join()}
              accounts={outside}
              team={loaded.team}
              errors={errors}
              onAdd={add}
            />
          )}
        </>
      )}
    </>
  );
}

export default function TeamInspection({ inspectionId }: { inspectionId: string }) {
  const [errors, setErrors] = useState(NO_ERRORS);
  usePageTitle(t('teamServer', 'Inspection on the team server'), errors.summary.length > 0);
  return (
    <TeamGate heading={t('teamServer', 'Inspection on the team server')}>
      {(signedIn: SignedIn) => (
        <Members inspectionId={inspectionId} signedIn={signedIn} onErrors={setErrors} />
      )}
    </TeamGate>
  );
}
