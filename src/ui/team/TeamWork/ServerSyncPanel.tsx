/**
 * The team server on the inspection's team-work page, when the app was opened from one: sign in
 * to sync; put the lead's inspection on the server; take a first copy of one the server holds;
 * and, once it syncs, when it last did and how that went, with "Sync now". Syncing also runs by
 * itself a moment after work is saved and every half minute (src/sync/backgroundSync.ts): the
 * screen only shows its record.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Inspection } from '../../../core';
import { deviceSyncOf } from '../../../db/sync/deviceSyncStore';
import { syncOneNow } from '../../../sync/backgroundSync';
import { copyFromServer, putOnServer, type SyncOutcome } from '../../../sync/serverSync';
import { whoIsSignedIn } from '../../../teamClient/teamClient';
import { formatMoment } from '../../components/InspectionFrame/format';
import { useDeviceRole } from '../../components/InspectionFrame/useDeviceRole';
import { useLive } from '../../hooks/useLive';
import { t, tx } from '../../i18n/translate';
import { APP_VERSION } from '../../report/Exports/exportDate';
import { failureText } from '../../teamServer/teamErrors';
import { useTeamAccount } from '../../teamServer/useTeamAccount';

const HEADING_ID = 'tw-server';

function Status({ text, failed }: { text: string; failed: boolean }) {
  return failed ? (
    <p class="govuk-body ca-sync__failed">
      <strong class="govuk-!-font-weight-bold">{t('team.sync', 'Not synced:')} </strong>
      {t('team.sync', '{reason} Your work is kept on this device and sent at the next sync.', {
        reason: text,
      })}
    </p>
  ) : (
    <p class="govuk-body">{text}</p>
  );
}

export function ServerSyncPanel({ inspection }: { inspection: Inspection }) {
  const { state } = useTeamAccount();
  const role = useDeviceRole(inspection.id);
  const sync = useLive(() => deviceSyncOf(inspection.id), [inspection.id]);
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // How many of the person's own actions have finished here (what they see change after each).
  const [finished, setFinished] = useState(0);
  // No team server here or connected to: files are the way, as the page says.
  if (state.kind === 'checking' || state.kind === 'not-served' || state.kind === 'not-connected') {
    return null;
  }

  const run = async (what: string, action: () => Promise<SyncOutcome | null>) => {
    setBusy(what);
    setFailure(null);
    try {
      const outcome = await action();
      if (outcome?.status === 'failed') setFailure(failureText(outcome.message));
      // Putting an inspection on the server makes this person its lead there: ask again.
      else await whoIsSignedIn();
    } catch (error) {
      setFailure(String(error));
    } finally {
      setBusy(null);
      setFinished((n) => n + 1);
    }
  };
  const signedIn = state.kind === 'signed-in' ? state.signedIn : null;
  const onServer = signedIn?.memberships.some((m) => m.inspectionId === inspection.id) ?? false;
  const held = sync.status === 'ready' ? sync.value : null;

  return (
    <section class="ca-team-work__item" aria-labelledby={HEADING_ID}>
      <h2 class="govuk-heading-m" id={HEADING_ID}>
        {t('team.sync', 'Team server')}
      </h2>
      {state.kind === 'unreachable' && (
        <p class="govuk-body">
          {t(
            'team.sync',
            'The team server cannot be reached. Work stays on this device and is sent when it can be.',
          )}
        </p>
      )}
      {state.kind === 'signed-out' && (
        <p class="govuk-body">
          {tx(
            'team.sync',
            '<link>Sign in to the team server</link> to sync this inspection with your team as you work.',
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
      {signedIn && held && (
        <>
          <p class="govuk-body">
            {t(
              'team.sync',
              'This inspection syncs with the team server: your answers are sent a moment after they are saved, and your team’s come to this device.',
            )}{' '}
            {held.syncedAt
              ? t('team.sync', 'Last synced {moment}.', { moment: formatMoment(held.syncedAt) })
              : t('team.sync', 'Not synced yet.')}
          </p>
          {held.outcome && <Status {...held.outcome} />}
          <button
            type="button"
            class="govuk-button govuk-button--secondary"
            data-module="govuk-button"
            disabled={busy !== null}
            onClick={() =>
              void run(t('team.sync', 'Syncing…'), () => syncOneNow(inspection.id, APP_VERSION))
            }
          >
            {t('team.sync', 'Sync now')}
          </button>
        </>
      )}
      {signedIn && sync.status === 'ready' && !held && onServer && (
        <>
          <p class="govuk-body">
            {t(
              'team.sync',
              'This inspection is on the team server. Start syncing to send your answers as you work and receive your team’s.',
            )}
          </p>
          <button
            type="button"
            class="govuk-button"
            data-module="govuk-button"
            disabled={busy !== null}
            onClick={() => void run(t('team.sync', 'Starting…'), () => copyFromServer(inspection))}
          >
            {t('team.sync', 'Start syncing')}
          </button>
        </>
      )}
      {signedIn &&
        sync.status === 'ready' &&
        !held &&
        !onServer &&
        (role?.role === 'lead' ? (
          <PutOnServer
            busy={busy !== null}
            onPut={() =>
              void run(t('team.sync', 'Putting it on the team server…'), () =>
                putOnServer(inspection, APP_VERSION),
              )
            }
          />
        ) : (
          <p class="govuk-body">
            {t(
              'team.sync',
              'This inspection is not on the team server for you. Ask its lead to give you a role in it.',
            )}
          </p>
        ))}
      <p class="govuk-body" role="status" data-sync-finished={finished}>
        {busy ?? ''}
      </p>
      {/* A failed sync is recorded, and shown above already: said once. */}
      {failure && failure !== held?.outcome?.text && <Status text={failure} failed />}
    </section>
  );
}

/** For the lead: putting the inspection on the team server. */
function PutOnServer({ busy, onPut }: { busy: boolean; onPut: () => void }) {
  return (
    <>
      <p class="govuk-body">
        {t(
          'team.sync',
          'Put this inspection on the team server to work with your team without files: you are its lead there, and you give your team their roles.',
        )}
      </p>
      <button
        type="button"
        class="govuk-button"
        data-module="govuk-button"
        disabled={busy}
        onClick={onPut}
      >
        {t('team.sync', 'Put this inspection on the team server')}
      </button>
    </>
  );
}
