/**
 * Export my work (inspector → lead): the cases assigned to me and every case changed on this
 * device, with answers, notes, full history and my second readings, optionally protected by a
 * passphrase.
 */
import { useEffect, useState } from 'preact/hooks';
import { type Inspection, passphraseProblem } from '../../../core';
import { deviceId, scorerFor } from '../../../db/device/identityStore';
import { makeWork } from '../../../db/exchange/teamExport';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RadiosField, TextField } from '../../components/InspectionFrame/formFields';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { NotificationBanner } from '../../components/NotificationBanner';
import { t } from '../../i18n/translate';
import { APP_VERSION } from '../../report/Exports/exportDate';
import {
  NO_PASSPHRASE,
  type PassphraseChoice,
  PassphraseFields,
  passphraseErrors,
  passphraseSummary,
} from './PassphraseFields';
import { ServerSyncPanel } from './ServerSyncPanel';
import { stampNow, teamWorkHref } from './teamWorkCommon';
import { useTeamFileSave } from './useTeamFileSave';
import './TeamWork.css';

export default function WorkExport({ inspectionId }: { inspectionId: string }) {
  const [hasErrors, setHasErrors] = useState(false);
  return (
    <InspectionFrame
      inspectionId={inspectionId}
      heading={t('team.work', 'Export my work')}
      hasErrors={hasErrors}
    >
      {({ inspection }) => <WorkForm inspection={inspection} onErrors={setHasErrors} />}
    </InspectionFrame>
  );
}

function WorkForm({
  inspection,
  onErrors,
}: {
  inspection: Inspection;
  onErrors: (has: boolean) => void;
}) {
  const [who, setWho] = useState('');
  const [passphrase, setPassphrase] = useState<PassphraseChoice>(NO_PASSPHRASE);
  const [errors, setErrors] = useState<{ who?: string; passphrase?: string; confirm?: string }>({});
  const { busy, done, failure, reset, save } = useTeamFileSave();
  const hasTeam = inspection.team.length > 0;

  useEffect(() => {
    // Whoever scores on this device, as the scoring screens recorded it.
    void scorerFor(inspection.id).then((scorer) => {
      if (scorer) setWho((current) => current || scorer);
    });
  }, [inspection.id]);

  const submit = async (event: Event) => {
    event.preventDefault();
    reset();
    const found = {
      ...(who.trim() === ''
        ? {
            who: hasTeam
              ? t('team.work', 'Choose whose work this is')
              : t('team.work', 'Enter your name or initials'),
          }
        : {}),
      ...passphraseErrors(passphrase, passphraseProblem),
    };
    setErrors(found);
    onErrors(Object.keys(found).length > 0);
    if (Object.keys(found).length > 0) return;
    await save(
      async () =>
        makeWork(inspection.id, {
          exportedAt: new Date().toISOString(),
          appVersion: APP_VERSION,
          scorer: who.trim(),
          device: await deviceId(),
          stamp: stampNow(),
          protected: passphrase.protect,
        }),
      passphrase,
      (reason) => t('team.work', 'The file could not be made: {reason}', { reason }),
    );
  };

  const summary = [
    ...(errors.who ? [{ text: errors.who, href: '#who' }] : []),
    ...passphraseSummary(errors),
    ...(failure ? [{ text: failure }] : []),
  ];

  return (
    <>
      <a href={teamWorkHref(inspection.id)} class="govuk-back-link">
        {t('team.work', 'Back to team work')}
      </a>
      <ErrorSummary errors={summary} />
      {done && <WorkSaved done={done} protect={passphrase.protect} />}
      <ServerSyncPanel inspection={inspection} />
      <p class="govuk-body">
        {t(
          'team.work',
          'The file holds the cases assigned to you and every case changed on this device: their answers, evidence notes and the history of every change, and your second readings. The lead merges it into the inspection on their device.',
        )}
      </p>
      <form onSubmit={submit} noValidate>
        {hasTeam ? (
          <RadiosField
            id="who"
            legend={t('team.work', 'Whose work is this?')}
            legendClass="govuk-fieldset__legend--m"
            error={errors.who}
            value={who}
            items={inspection.team.map((m) => ({ value: m.id, label: m.name }))}
            onChange={setWho}
          />
        ) : (
          <TextField
            id="who"
            label={t('team.work', 'Your name or initials')}
            labelClass="govuk-label--m"
            error={errors.who}
            value={who}
            inputClass="govuk-input--width-20"
            onInput={setWho}
          />
        )}
        <PassphraseFields
          value={passphrase}
          onChange={setPassphrase}
          error={errors.passphrase}
          confirmError={errors.confirm}
        />
        <button type="submit" class="govuk-button" data-module="govuk-button" disabled={busy}>
          {busy
            ? passphrase.protect
              ? t('team.work', 'Protecting the file…')
              : t('team.work', 'Preparing…')
            : t('team.work', 'Download my work')}
        </button>
      </form>
    </>
  );
}

/** The saved file, and what to do with it. */
function WorkSaved({ done, protect }: { done: string; protect: boolean }) {
  return (
    <NotificationBanner
      type="success"
      heading={t('team.work', 'Your work is saved in a file')}
      focus
    >
      <p class="govuk-body ca-team-work__file-name" data-export-done>
        {done}
      </p>
      <p class="govuk-body">
        {protect
          ? t(
              'team.work',
              'Give it to the lead, and tell them the passphrase another way. Your work stays on this device too: export again whenever you have done more.',
            )
          : t(
              'team.work',
              'Give it to the lead. Your work stays on this device too: export again whenever you have done more.',
            )}
      </p>
    </NotificationBanner>
  );
}
