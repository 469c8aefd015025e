/**
 * Export an inspection pack (lead → inspector): for one team member (their cases and second
 * readings) or for everyone (every case), optionally protected by a passphrase.
 */
import { useState } from 'preact/hooks';
import { type Inspection, type MemberRole, passphraseProblem } from '../../../core';
import { deviceId } from '../../../db/device/identityStore';
import { makePack } from '../../../db/exchange/teamExport';
import { listCases } from '../../../db/inspections/caseListStore';
import { ErrorSummary } from '../../components/ErrorSummary';
import { type RadioItem, RadiosField } from '../../components/InspectionFrame/formFields';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { NotificationBanner } from '../../components/NotificationBanner';
import { WarningText } from '../../components/WarningText';
import { useLive } from '../../hooks/useLive';
import { t } from '../../i18n/translate';
import { LockAfterField } from '../../protection/LockAfterField';
import { MINUTES_PROBLEM, readMinutes } from '../../protection/minutesText';
import { APP_VERSION } from '../../report/Exports/exportDate';
import {
  NO_PASSPHRASE,
  type PassphraseChoice,
  PassphraseFields,
  passphraseErrors,
  passphraseSummary,
} from './PassphraseFields';
import { mergeContext, stampNow, teamWorkHref } from './teamWorkCommon';
import { useTeamFileSave } from './useTeamFileSave';
import './TeamWork.css';

const EVERYONE = '*everyone';

export default function PackExport({ inspectionId }: { inspectionId: string }) {
  const [hasErrors, setHasErrors] = useState(false);
  return (
    <InspectionFrame
      inspectionId={inspectionId}
      heading={t('team.pack', 'Export an inspection pack')}
      hasErrors={hasErrors}
    >
      {({ inspection }) => <PackForm inspection={inspection} onErrors={setHasErrors} />}
    </InspectionFrame>
  );
}

/** Who a pack can be for: each team member, with their cases counted once known, or everyone. */
function recipients(
  inspection: Inspection,
  cases: readonly { inspectorId: string | null }[] | null,
): RadioItem[] {
  const countFor = (id: string) =>
    cases === null ? null : cases.filter((c) => c.inspectorId === id).length;
  return [
    ...inspection.team.map((m) => {
      const n = countFor(m.id);
      return {
        value: m.id,
        label: memberLabel(m.name, m.role),
        hint:
          n === null
            ? undefined
            : t(
                'team.pack',
                '{count, plural, one {# case} other {# cases}} assigned, and any second readings',
                { count: n },
              ),
      };
    }),
    {
      value: EVERYONE,
      label: t('team.pack', 'Everyone: every case'),
      hint: t(
        'team.pack',
        'Holds every case’s answers, so a second reader could see the first reading: to keep second readings blind, send each inspector their own pack.',
      ),
    },
  ];
}

/** "R. Okafor (lead)". */
function memberLabel(name: string, role: MemberRole): string {
  return role === 'lead'
    ? t('team.pack', '{name} (lead)', { name })
    : t('team.pack', '{name} (inspector)', { name });
}

function PackForm({
  inspection,
  onErrors,
}: {
  inspection: Inspection;
  onErrors: (has: boolean) => void;
}) {
  const cases = useLive(() => listCases(inspection.id), [inspection.id]);
  const [forWhom, setForWhom] = useState('');
  const [passphrase, setPassphrase] = useState<PassphraseChoice>(NO_PASSPHRASE);
  const [lockAfter, setLockAfter] = useState('');
  const [errors, setErrors] = useState<{
    forWhom?: string;
    lockAfter?: string;
    passphrase?: string;
    confirm?: string;
  }>({});
  const { busy, done, failure, reset, save } = useTeamFileSave();

  const items = recipients(inspection, cases.status === 'ready' ? cases.value : null);

  const submit = async (event: Event) => {
    event.preventDefault();
    reset();
    // Empty: the pack sets nothing, and each inspector's own setting applies.
    const autoLockMinutes = lockAfter.trim() === '' ? undefined : readMinutes(lockAfter);
    const found = {
      ...(forWhom === '' ? { forWhom: t('team.pack', 'Choose who the pack is for') } : {}),
      ...(autoLockMinutes === null ? { lockAfter: MINUTES_PROBLEM } : {}),
      ...passphraseErrors(passphrase, passphraseProblem),
    };
    setErrors(found);
    onErrors(Object.keys(found).length > 0);
    if (Object.keys(found).length > 0) return;
    await save(
      async () => {
        const who = await mergeContext(inspection);
        return makePack(inspection.id, {
          exportedAt: new Date().toISOString(),
          appVersion: APP_VERSION,
          inspectorId: forWhom === EVERYONE ? null : forWhom,
          by: who.by,
          device: await deviceId(),
          stamp: stampNow(),
          protected: passphrase.protect,
          ...(autoLockMinutes == null ? {} : { autoLockMinutes }),
        });
      },
      passphrase,
      (reason) => t('team.pack', 'The pack could not be made: {reason}', { reason }),
    );
  };

  const summary = [
    ...(errors.forWhom ? [{ text: errors.forWhom, href: '#for-whom' }] : []),
    ...(errors.lockAfter ? [{ text: errors.lockAfter, href: '#lock-after' }] : []),
    ...passphraseSummary(errors),
    ...(failure ? [{ text: failure }] : []),
  ];

  return (
    <>
      <a href={teamWorkHref(inspection.id)} class="govuk-back-link">
        {t('team.pack', 'Back to team work')}
      </a>
      <ErrorSummary errors={summary} />
      {done && (
        <NotificationBanner type="success" heading={t('team.pack', 'Pack saved')} focus>
          <p class="govuk-body ca-team-work__file-name" data-export-done>
            {done}
          </p>
          <p class="govuk-body">
            {t(
              'team.pack',
              'Give it to the inspector. They open it on their device from the Inspections page: “Open a Case Audit file”.',
            )}
          </p>
        </NotificationBanner>
      )}
      <p class="govuk-body">
        {t(
          'team.pack',
          'The pack holds the framework ({framework}), this inspection’s details, team and areas, and the inspector’s cases with their answers and history so far. Cases they are asked to second-read go without any answers, so their reading stays blind.',
          { framework: `${inspection.framework.id}@${inspection.framework.version}` },
        )}
      </p>
      <form onSubmit={submit} noValidate>
        <RadiosField
          id="for-whom"
          legend={t('team.pack', 'Who is the pack for?')}
          legendClass="govuk-fieldset__legend--m"
          error={errors.forWhom}
          value={forWhom}
          items={items}
          onChange={setForWhom}
        />
        <LockAfterField value={lockAfter} error={errors.lockAfter} onInput={setLockAfter} />
        <PassphraseFields
          value={passphrase}
          onChange={setPassphrase}
          error={errors.passphrase}
          confirmError={errors.confirm}
        />
        <WarningText>
          {t(
            'team.pack',
            'The pack holds evidence notes about cases. Store and send it as you would the case files themselves.',
          )}
        </WarningText>
        <button type="submit" class="govuk-button" data-module="govuk-button" disabled={busy}>
          {busy
            ? passphrase.protect
              ? t('team.pack', 'Protecting the file…')
              : t('team.pack', 'Preparing…')
            : t('team.pack', 'Download the pack')}
        </button>
      </form>
    </>
  );
}
