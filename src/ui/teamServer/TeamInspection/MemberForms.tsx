/**
 * The forms on an inspection's members: changing a member's role, confirming a removal, and
 * adding a member (an account and a role).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  type AccountSummary,
  type InspectionMember,
  type ServerTeam,
  TEAM_ROLES,
  type TeamRole,
} from '../../../core';
import { RadiosField, SelectField } from '../../components/InspectionFrame/formFields';
import { focusElement } from '../../components/moveFocus';
import { t } from '../../i18n/translate';
import type { FormErrors } from '../teamErrors';
import { teamRoleName } from '../teamRoleName';

const roleItems = () => TEAM_ROLES.map((role) => ({ value: role, label: teamRoleName(role) }));

/** Takes keyboard and screen reader users to what they have just opened. */
function useFocusOnOpen<T extends HTMLElement>(member: InspectionMember) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (ref.current) focusElement(ref.current);
  }, [member]);
  return ref;
}

export function RoleChange({
  member,
  onSave,
  onCancel,
}: {
  member: InspectionMember;
  onSave: (role: TeamRole) => void;
  onCancel: () => void;
}) {
  const [role, setRole] = useState<TeamRole>(member.role);
  const ref = useFocusOnOpen<HTMLFormElement>(member);
  return (
    <form
      ref={ref}
      aria-label={t('teamServer', 'Change {name}’s role', { name: member.name })}
      class="govuk-inset-text"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(role);
      }}
    >
      <RadiosField
        id="member-role"
        legend={t('teamServer', '{name}’s role', { name: member.name })}
        value={role}
        items={roleItems()}
        onChange={(value) => setRole(value as TeamRole)}
      />
      <div class="govuk-button-group">
        <button type="submit" class="govuk-button">
          {t('teamServer', 'Save the role')}
        </button>
        <button type="button" class="govuk-button govuk-button--secondary" onClick={onCancel}>
          {t('teamServer', 'Cancel')}
        </button>
      </div>
    </form>
  );
}

export function RemoveConfirm({
  member,
  onConfirm,
  onCancel,
}: {
  member: InspectionMember;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useFocusOnOpen<HTMLHeadingElement>(member);
  return (
    <div class="govuk-inset-text">
      <h2 class="govuk-heading-m" ref={ref}>
        {t('teamServer', 'Remove {name} from this inspection?', { name: member.name })}
      </h2>
      <p class="govuk-body">
        {t(
          'teamServer',
          'They no longer receive this inspection. Their account stays, and so does the work they have done.',
        )}
      </p>
      <div class="govuk-button-group">
        <button type="button" class="govuk-button govuk-button--warning" onClick={onConfirm}>
          {t('teamServer', 'Remove them')}
        </button>
        <button type="button" class="govuk-button govuk-button--secondary" onClick={onCancel}>
          {t('teamServer', 'Cancel')}
        </button>
      </div>
    </div>
  );
}

export const ADD_IDS = {
  accountId: 'member-account',
  role: 'new-member-role',
  memberId: 'member-in-team',
};

export function AddMemberForm({
  accounts,
  team,
  errors,
  onAdd,
}: {
  /** The accounts that have no role in the inspection yet. */
  accounts: readonly AccountSummary[];
  /** The inspection's own team list, once its lead has put it on the server. */
  team: ServerTeam;
  errors: FormErrors;
  onAdd: (accountId: string, role: TeamRole | '', memberId: string) => void;
}) {
  const [accountId, setAccountId] = useState('');
  const [role, setRole] = useState<TeamRole | ''>('');
  const [memberId, setMemberId] = useState('');
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onAdd(accountId, role, memberId);
      }}
    >
      <h2 class="govuk-heading-m">{t('teamServer', 'Add a member')}</h2>
      <SelectField
        id={ADD_IDS.accountId}
        label={t('teamServer', 'Account')}
        value={accountId}
        options={[
          { value: '', label: t('teamServer', 'Choose an account') },
          ...accounts.map((a) => ({ value: a.id, label: `${a.name} (${a.email})` })),
        ]}
        onChange={setAccountId}
        error={errors.fields.accountId}
      />
      <RadiosField
        id={ADD_IDS.role}
        legend={t('teamServer', 'Role in this inspection')}
        legendClass="govuk-fieldset__legend--s"
        value={role}
        items={roleItems()}
        onChange={(value) => setRole(value as TeamRole)}
        error={errors.fields.role}
      />
      {team.length > 0 && (
        <SelectField
          id={ADD_IDS.memberId}
          label={t('teamServer', 'Who they are in the inspection’s team')}
          hint={t(
            'teamServer',
            'Their work is recorded under this name, as in the packs and work files.',
          )}
          value={memberId}
          options={[
            { value: '', label: t('teamServer', 'Choose who they are') },
            ...team.map((m) => ({ value: m.id, label: m.name })),
          ]}
          onChange={setMemberId}
          error={errors.fields.memberId}
        />
      )}
      <button type="submit" class="govuk-button">
        {t('teamServer', 'Add the member')}
      </button>
    </form>
  );
}
