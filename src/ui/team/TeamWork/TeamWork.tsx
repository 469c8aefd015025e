/**
 * Team work without a network: the inspection's hub for passing work around in files — packs
 * out to inspectors, their work back, merged on the lead's device — with the conflicts still
 * open, the files merged so far, and the audit trail to download.
 */
import { useState } from 'preact/hooks';
import { type Inspection, isOrAre, itIsOrTheyAre, plural, TEAM_SERVER_DEVICE } from '../../../core';
import { database } from '../../../db/connection';
import { deviceId } from '../../../db/device/identityStore';
import { openConflicts } from '../../../db/exchange/mergeConflicts';
import { auditTrailFile } from '../../../db/exchange/teamExport';
import { downloadFile } from '../../components/downloadFile';
import { formatMoment } from '../../components/InspectionFrame/format';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { Loading } from '../../components/Loading';
import { NotificationBanner } from '../../components/NotificationBanner';
import { WarningText } from '../../components/WarningText';
import { useLive } from '../../hooks/useLive';
import { todayLocal } from '../../report/Exports/exportDate';
import { ServerSyncPanel } from './ServerSyncPanel';
import { teamWorkHref } from './teamWorkCommon';
import './TeamWork.css';

type MergedSummary = {
  kind?: 'pack' | 'work' | 'inspection';
  from?: string;
  exportedAt?: string;
  counts?: { newCases: number; updatedCases: number; conflicts: number };
  device?: string;
};

export default function TeamWork({ inspectionId }: { inspectionId: string }) {
  return (
    <InspectionFrame inspectionId={inspectionId} heading="Team work">
      {({ inspection }) => <Hub inspection={inspection} />}
    </InspectionFrame>
  );
}

function Hub({ inspection }: { inspection: Inspection }) {
  const conflicts = useLive(() => openConflicts(inspection.id), [inspection.id]);
  // Syncs with the team server are not files anyone chose: the Team server section says when
  // this device last synced.
  const merged = useLive(
    async () =>
      (await database().imports.where('inspectionId').equals(inspection.id).toArray()).filter(
        (row) => (row.summary as MergedSummary | undefined)?.device !== TEAM_SERVER_DEVICE.device,
      ),
    [inspection.id],
  );
  const [trail, setTrail] = useState<{ busy: boolean; done: string | null; failed: string | null }>(
    { busy: false, done: null, failed: null },
  );
  const open = conflicts.status === 'ready' ? conflicts.value.length : 0;

  const downloadTrail = async () => {
    setTrail({ busy: true, done: null, failed: null });
    try {
      const made = await auditTrailFile(inspection.id, null, todayLocal(), await deviceId());
      if (made.status !== 'ok') {
        setTrail({ busy: false, done: null, failed: made.message });
        return;
      }
      downloadFile(made.fileName, new Blob([made.text], { type: 'text/csv;charset=utf-8' }));
      setTrail({
        busy: false,
        done: `${made.fileName} (${plural(made.changes, 'change')}) is in your downloads.`,
        failed: null,
      });
    } catch (error) {
      setTrail({ busy: false, done: null, failed: String(error) });
    }
  };

  return (
    <>
      {open > 0 && (
        <WarningText>
          {plural(open, 'conflict')} between devices {isOrAre(open)} still open. Findings use this
          device’s answers until {itIsOrTheyAre(open)} resolved.{' '}
          <a class="govuk-link" href={teamWorkHref(inspection.id, '/conflicts')}>
            Resolve the open conflicts
          </a>
        </WarningText>
      )}
      {trail.done && (
        <NotificationBanner type="success" heading="File saved" focus>
          <p class="govuk-body">{trail.done}</p>
        </NotificationBanner>
      )}
      <p class="govuk-body">
        Each inspector scores on their own laptop or tablet, with or without a network. Work moves
        between devices in files — on a memory stick, by secure email — and nothing is lost on the
        way: every answer keeps its full history, and an answer changed differently on two devices
        is shown to the lead to decide.
      </p>
      <ol class="govuk-list govuk-list--number">
        <li>The lead sends each inspector a pack: their cases, ready to score.</li>
        <li>Each inspector opens the pack, scores, and sends back their work.</li>
        <li>The lead merges everyone’s work into this inspection.</li>
      </ol>
      <ServerSyncPanel inspection={inspection} />

      <section class="ca-team-work__item" aria-labelledby="tw-pack">
        <h2 class="govuk-heading-m" id="tw-pack">
          Send inspectors their cases
        </h2>
        <p class="govuk-body">
          An inspection pack holds the framework, this inspection’s details, one inspector’s cases
          with the answers so far, and the second readings they are asked to do. They open it from
          the Inspections page (“Open a Case Audit file”). Send a new pack when you change the
          assignments: the answers on their device are kept.
        </p>
        <a
          class="govuk-button govuk-button--secondary"
          data-module="govuk-button"
          draggable={false}
          href={teamWorkHref(inspection.id, '/pack')}
        >
          Export a pack
        </a>
      </section>

      <section class="ca-team-work__item" aria-labelledby="tw-work">
        <h2 class="govuk-heading-m" id="tw-work">
          Send your work to the lead
        </h2>
        <p class="govuk-body">
          Your work file holds your cases with their answers, evidence notes and the history of
          every change, and your second readings. You can protect it with a passphrase.
        </p>
        <a
          class="govuk-button govuk-button--secondary"
          data-module="govuk-button"
          draggable={false}
          href={teamWorkHref(inspection.id, '/my-work')}
        >
          Export my work
        </a>
      </section>

      <section class="ca-team-work__item" aria-labelledby="tw-merge">
        <h2 class="govuk-heading-m" id="tw-merge">
          Merge inspectors’ work
        </h2>
        <p class="govuk-body">
          Choose one or more work files. You see what each would change, and every conflict, before
          anything is saved; then all of it is merged at once, or nothing. Merging a file a second
          time changes nothing.
        </p>
        <a
          class="govuk-button"
          data-module="govuk-button"
          draggable={false}
          href={teamWorkHref(inspection.id, '/merge')}
        >
          Merge work files
        </a>
        {conflicts.status === 'ready' && (
          <p class="govuk-body">
            {open === 0 ? (
              'No conflicts are open.'
            ) : (
              <a class="govuk-link" href={teamWorkHref(inspection.id, '/conflicts')}>
                {plural(open, 'open conflict')}
              </a>
            )}
          </p>
        )}
      </section>

      <section class="ca-team-work__item" aria-labelledby="tw-merged">
        <h2 class="govuk-heading-m" id="tw-merged">
          Files merged into this inspection
        </h2>
        {merged.status === 'loading' && <Loading what="Loading the files merged" />}
        {merged.status === 'ready' && merged.value.length === 0 && (
          <p class="govuk-body">None yet.</p>
        )}
        {merged.status === 'ready' && merged.value.length > 0 && (
          <div class="ca-merge__scroll">
            <table class="govuk-table">
              <caption class="govuk-table__caption govuk-visually-hidden">
                Files merged into this inspection
              </caption>
              <thead class="govuk-table__head">
                <tr class="govuk-table__row">
                  <th scope="col" class="govuk-table__header">
                    File
                  </th>
                  <th scope="col" class="govuk-table__header">
                    From
                  </th>
                  <th scope="col" class="govuk-table__header">
                    Merged
                  </th>
                  <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                    New cases
                  </th>
                  <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                    Updated
                  </th>
                  <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                    Conflicts
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
                              ? `Pack for ${summary.from}`
                              : 'Whole inspection'}
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

      <section class="ca-team-work__item" aria-labelledby="tw-trail">
        <h2 class="govuk-heading-m" id="tw-trail">
          Audit trail
        </h2>
        <p class="govuk-body">
          Every change to every answer of every case — the value and evidence note before and after,
          who, when, on which device, and how (typed, imported from which file, a moderation or
          merge decision) — as a spreadsheet (CSV). Each case’s history is also on its page.
        </p>
        {trail.failed && (
          <p class="govuk-error-message">
            <span class="govuk-visually-hidden">Error:</span> The file could not be made:{' '}
            {trail.failed}
          </p>
        )}
        <button
          type="button"
          class="govuk-button govuk-button--secondary"
          data-module="govuk-button"
          disabled={trail.busy}
          onClick={() => void downloadTrail()}
        >
          {trail.busy ? 'Preparing…' : 'Download the audit trail (CSV)'}
        </button>
      </section>
    </>
  );
}
