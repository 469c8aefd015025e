/**
 * Team work without a network: the inspection's hub for passing work around in files — packs
 * out to inspectors, their work back, merged on the lead's device — with the conflicts still
 * open, the files merged so far, and the audit trail to download.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { type Inspection, TEAM_SERVER_DEVICE } from '../../../core';
import { database } from '../../../db/connection';
import { deviceId } from '../../../db/device/identityStore';
import { openConflicts } from '../../../db/exchange/mergeConflicts';
import { auditTrailFile } from '../../../db/exchange/teamExport';
import { downloadFile } from '../../components/downloadFile';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { Loading } from '../../components/Loading';
import { NotificationBanner } from '../../components/NotificationBanner';
import { WarningText } from '../../components/WarningText';
import { useLive } from '../../hooks/useLive';
import { t, tx } from '../../i18n/translate';
import { todayLocal } from '../../report/Exports/exportDate';
import { ServerSyncPanel } from './ServerSyncPanel';
import { teamWorkHref } from './teamWorkCommon';
import './TeamWork.css';
import { formatMoment } from '../../components/InspectionFrame/format';

type MergedSummary = {
  kind?: 'pack' | 'work' | 'inspection';
  from?: string;
  exportedAt?: string;
  counts?: { newCases: number; updatedCases: number; conflicts: number };
  device?: string;
};

export default function TeamWork({ inspectionId }: { inspectionId: string }) {
  return (
    <InspectionFrame inspectionId={inspectionId} heading={t('team.hub', 'Team work')}>
      {({ inspection }) => <Hub inspection={inspection} />}
    </InspectionFrame>
  );
}

function Hub({ inspection }: { inspection: Inspection }) {
  const conflicts = useLive(() => openConflicts(inspection.id), [inspection.id]);
  const { trail, downloadTrail } = useAuditTrail(inspection.id);
  const open = conflicts.status === 'ready' ? conflicts.value.length : 0;

  return (
    <>
      {open > 0 && (
        <WarningText>
          {tx(
            'team.hub',
            '{count, plural, one {# conflict between devices is still open. Findings use this device’s answers until it is resolved.} other {# conflicts between devices are still open. Findings use this device’s answers until they are resolved.}} <link>Resolve the open conflicts</link>',
            {
              count: open,
              link: (chunks: ComponentChildren) => (
                <a class="govuk-link" href={teamWorkHref(inspection.id, '/conflicts')}>
                  {chunks}
                </a>
              ),
            },
          )}
        </WarningText>
      )}
      {trail.done && (
        <NotificationBanner type="success" heading={t('team.hub', 'File saved')} focus>
          <p class="govuk-body">{trail.done}</p>
        </NotificationBanner>
      )}
      <p class="govuk-body">
        {t(
          'team.hub',
          'Each inspector scores on their own laptop or tablet, with or without a network. Work moves between devices in files — on a memory stick, by secure email — and nothing is lost on the way: every answer keeps its full history, and an answer changed differently on two devices is shown to the lead to decide.',
        )}
      </p>
      <ol class="govuk-list govuk-list--number">
        <li>
          {t('team.hub', 'The lead sends each inspector a pack: their cases, ready to score.')}
        </li>
        <li>
          {t('team.hub', 'Each inspector opens the pack, scores, and sends back their work.')}
        </li>
        <li>{t('team.hub', 'The lead merges everyone’s work into this inspection.')}</li>
      </ol>
      <ServerSyncPanel inspection={inspection} />

      <section class="ca-team-work__item" aria-labelledby="tw-pack">
        <h2 class="govuk-heading-m" id="tw-pack">
          {t('team.hub', 'Send inspectors their cases')}
        </h2>
        <p class="govuk-body">
          {t(
            'team.hub',
            'An inspection pack holds the framework, this inspection’s details, one inspector’s cases with the answers so far, and the second readings they are asked to do. They open it from the Inspections page (“Open a Case Audit file”). Send a new pack when you change the assignments: the answers on their device are kept.',
          )}
        </p>
        <a
          class="govuk-button govuk-button--secondary"
          data-module="govuk-button"
          draggable={false}
          href={teamWorkHref(inspection.id, '/pack')}
        >
          {t('team.hub', 'Export a pack')}
        </a>
      </section>

      <section class="ca-team-work__item" aria-labelledby="tw-work">
        <h2 class="govuk-heading-m" id="tw-work">
          {t('team.hub', 'Send your work to the lead')}
        </h2>
        <p class="govuk-body">
          {t(
            'team.hub',
            'Your work file holds your cases with their answers, evidence notes and the history of every change, and your second readings. You can protect it with a passphrase.',
          )}
        </p>
        <a
          class="govuk-button govuk-button--secondary"
          data-module="govuk-button"
          draggable={false}
          href={teamWorkHref(inspection.id, '/my-work')}
        >
          {t('team.hub', 'Export my work')}
        </a>
      </section>

      <section class="ca-team-work__item" aria-labelledby="tw-merge">
        <h2 class="govuk-heading-m" id="tw-merge">
          {t('team.hub', 'Merge inspectors’ work')}
        </h2>
        <p class="govuk-body">
          {t(
            'team.hub',
            'Choose one or more work files. You see what each would change, and every conflict, before anything is saved; then all of it is merged at once, or nothing. Merging a file a second time changes nothing.',
          )}
        </p>
        <a
          class="govuk-button"
          data-module="govuk-button"
          draggable={false}
          href={teamWorkHref(inspection.id, '/merge')}
        >
          {t('team.hub', 'Merge work files')}
        </a>
        {conflicts.status === 'ready' && (
          <p class="govuk-body">
            {open === 0 ? (
              t('team.hub', 'No conflicts are open.')
            ) : (
              <a class="govuk-link" href={teamWorkHref(inspection.id, '/conflicts')}>
                {t('team.hub', '{count, plural, one {# open conflict} other {# open conflicts}}', {
                  count: open,
                })}
              </a>
            )}
          </p>
        )}
      </section>

      <MergedFiles inspectionId={inspection.id} />

      <section class="ca-team-work__item" aria-labelledby="tw-trail">
        <h2 class="govuk-heading-m" id="tw-trail">
          {t('team.hub', 'Audit trail')}
        </h2>
        <p class="govuk-body">
          {t(
            'team.hub',
            'Every change to every answer of every case — the value and evidence note before and after, who, when, on which device, and how (typed, imported from which file, a moderation or merge decision) — as a spreadsheet (CSV). Each case’s history is also on its page.',
          )}
        </p>
        {trail.failed && (
          <p class="govuk-error-message">
            <span class="govuk-visually-hidden">{t('team.hub', 'Error:')}</span>{' '}
            {t('team.hub', 'The file could not be made: {reason}', { reason: trail.failed })}
          </p>
        )}
        <button
          type="button"
          class="govuk-button govuk-button--secondary"
          data-module="govuk-button"
          disabled={trail.busy}
          onClick={() => void downloadTrail()}
        >
          {trail.busy
            ? t('team.hub', 'Preparing…')
            : t('team.hub', 'Download the audit trail (CSV)')}
        </button>
      </section>
    </>
  );
}

/** Making the audit trail file and saving it, with what happened. */
function useAuditTrail(inspectionId: string) {
  const [trail, setTrail] = useState<{ busy: boolean; done: string | null; failed: string | null }>(
    { busy: false, done: null, failed: null },
  );
  const downloadTrail = async () => {
    setTrail({ busy: true, done: null, failed: null });
    try {
      const made = await auditTrailFile(inspectionId, null, todayLocal(), await deviceId());
      if (made.status !== 'ok') {
        setTrail({ busy: false, done: null, failed: made.message });
        return;
      }
      downloadFile(made.fileName, new Blob([made.text], { type: 'text/csv;charset=utf-8' }));
      setTrail({
        busy: false,
        done: t(
          'team.hub',
          '{fileName} ({changes, plural, one {# change} other {# changes}}) is in your downloads.',
          { fileName: made.fileName, changes: made.changes },
        ),
        failed: null,
      });
    } catch (error) {
      setTrail({ busy: false, done: null, failed: String(error) });
    }
  };

  return { trail, downloadTrail };
}

/** The files merged into this inspection so far, newest first. */
function MergedFiles({ inspectionId }: { inspectionId: string }) {
  // Syncs with the team server are not files anyone chose: the Team server section says when
  // this device last synced.
  const merged = useLive(
    async () =>
      (await database().imports.where('inspectionId').equals(inspectionId).toArray()).filter(
        (row) => (row.summary as MergedSummary | undefined)?.device !== TEAM_SERVER_DEVICE.device,
      ),
    [inspectionId],
  );
  return (
    <section class="ca-team-work__item" aria-labelledby="tw-merged">
      <h2 class="govuk-heading-m" id="tw-merged">
        {t('team.hub', 'Files merged into this inspection')}
      </h2>
      {merged.status === 'loading' && <Loading what={t('team.hub', 'Loading the files merged')} />}
      {merged.status === 'ready' && merged.value.length === 0 && (
        <p class="govuk-body">{t('team.hub', 'None yet.')}</p>
      )}
      {merged.status === 'ready' && merged.value.length > 0 && (
        <div class="ca-merge__scroll">
          <table class="govuk-table">
            <caption class="govuk-table__caption govuk-visually-hidden">
              {t('team.hub', 'Files merged into this inspection')}
            </caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">
                  {t('team.hub', 'File')}
                </th>
                <th scope="col" class="govuk-table__header">
                  {t('team.hub', 'From')}
                </th>
                <th scope="col" class="govuk-table__header">
                  {t('team.hub', 'Merged')}
                </th>
                <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                  {t('team.hub', 'New cases')}
                </th>
                <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                  {t('team.hub', 'Updated')}
                </th>
                <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                  {t('team.hub', 'Conflicts')}
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {[...merged.value]
                .sort((a, b) => (a.importedAt < b.importedAt ? 1 : -1))
                .map((row) => {
                  const summary = (row.summary ?? {}) as MergedSummary;
                  return (
                    <tr class="govuk-table__row" key={row.id}>
                      <td class="govuk-table__cell ca-team-work__file-name">{row.fileName}</td>
                      <td class="govuk-table__cell">
                        {summary.kind === 'work'
                          ? summary.from
                          : summary.kind === 'pack'
                            ? t('team.hub', 'Pack for {person}', { person: summary.from ?? '' })
                            : t('team.hub', 'Whole inspection')}
                      </td>
                      <td class="govuk-table__cell">{formatMoment(row.importedAt)}</td>
                      <td class="govuk-table__cell govuk-table__cell--numeric">
                        {summary.counts?.newCases ?? '—'}
                      </td>
                      <td class="govuk-table__cell govuk-table__cell--numeric">
                        {summary.counts?.updatedCases ?? '—'}
                      </td>
                      <td class="govuk-table__cell govuk-table__cell--numeric">
                        {summary.counts?.conflicts ?? '—'}
                      </td>
                    </tr>
                  );
                })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
