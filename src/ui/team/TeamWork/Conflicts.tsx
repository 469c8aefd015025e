/**
 * Conflicts kept for later: answers changed differently on two devices, waiting for a decision.
 * Each shows both versions side by side; "Keep mine" or "Keep theirs" settles it at once (one
 * transaction), recorded in the case's history. Until then the findings use this device's
 * answer.
 */
import { useState } from 'preact/hooks';
import { type FrameworkIndex, type Inspection, indexFramework } from '../../../core';
import {
  type OpenConflict,
  openConflictsNow,
  resolveConflict,
} from '../../../db/exchange/mergeConflicts';
import { listCases } from '../../../db/inspections/caseListStore';
import { FailureSummary } from '../../components/FailureSummary';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { Loading } from '../../components/Loading';
import { NotificationBanner } from '../../components/NotificationBanner';
import { useDeviceLabel } from '../../hooks/useDeviceLabel';
import { useLive } from '../../hooks/useLive';
import { t } from '../../i18n/translate';
import { AnswerCompare, itemTitle } from './AnswerCompare';
import { mergeContext, teamWorkHref } from './teamWorkCommon';
import './TeamWork.css';
import { formatMoment } from '../../components/InspectionFrame/format';

export default function Conflicts({ inspectionId }: { inspectionId: string }) {
  return (
    <InspectionFrame inspectionId={inspectionId} heading={t('team.conflicts', 'Open conflicts')}>
      {({ inspection, framework }) =>
        framework ? (
          <ConflictQueue inspection={inspection} index={indexFramework(framework.framework)} />
        ) : (
          <p class="govuk-body">
            {t(
              'team.conflicts',
              'The framework this inspection is pinned to is not on this device.',
            )}
          </p>
        )
      }
    </InspectionFrame>
  );
}

function ConflictQueue({ inspection, index }: { inspection: Inspection; index: FrameworkIndex }) {
  const conflicts = useLive(() => openConflictsNow(inspection.id), [inspection.id]);
  const cases = useLive(() => listCases(inspection.id), [inspection.id]);
  const deviceName = useDeviceLabel();
  const [busy, setBusy] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  if (conflicts.status === 'loading' || cases.status === 'loading') {
    return <Loading what={t('team.conflicts', 'Loading the conflicts')} />;
  }
  if (conflicts.status === 'failed' || cases.status === 'failed') {
    return (
      <p class="govuk-body">
        {t('team.conflicts', 'The conflicts could not be read. Reload the page to try again.')}
      </p>
    );
  }
  const refOf = new Map(cases.value.map((c) => [c.id, c.ref]));

  const resolve = async (conflict: OpenConflict, keep: 'mine' | 'theirs') => {
    setBusy(conflict.id);
    setDone(null);
    setFailure(null);
    const outcome = await resolveConflict(conflict.id, keep, await mergeContext(inspection));
    setBusy(null);
    const ref = refOf.get(conflict.caseId) ?? conflict.caseId;
    if (outcome.status === 'resolved') {
      setDone(
        keep === 'mine'
          ? t('team.conflicts', 'Case {ref}: kept the answer on this device.', { ref })
          : t('team.conflicts', 'Case {ref}: kept the answer from {file}.', {
              ref,
              file: conflict.source,
            }),
      );
    } else if (outcome.status === 'missing') setFailure(outcome.message);
    else
      setFailure(
        t('team.conflicts', 'Nothing was saved: the browser’s storage refused it ({detail}).', {
          detail: outcome.detail,
        }),
      );
  };

  return (
    <>
      <a href={teamWorkHref(inspection.id)} class="govuk-back-link">
        {t('team.conflicts', 'Back to team work')}
      </a>
      {done && <NotificationBanner type="success" heading={done} focus />}
      {failure && (
        <FailureSummary title={t('team.conflicts', 'The conflict could not be resolved')}>
          {failure}
        </FailureSummary>
      )}
      {conflicts.value.length === 0 ? (
        <p class="govuk-body">
          {t(
            'team.conflicts',
            'No conflicts are open: every answer merged so far agrees, or has been decided.',
          )}
        </p>
      ) : (
        <p class="govuk-body">
          {t(
            'team.conflicts',
            '{count, plural, one {# answer was} other {# answers were}} changed differently on this device and another, and kept for later. The findings use this device’s answer until you decide. Each decision is recorded in the case’s history.',
            { count: conflicts.value.length },
          )}
        </p>
      )}
      {conflicts.value.map((conflict) => (
        <ConflictItem
          key={conflict.id}
          conflict={conflict}
          caseRef={refOf.get(conflict.caseId) ?? conflict.caseId}
          inspection={inspection}
          index={index}
          deviceName={deviceName}
          busy={busy !== null}
          onResolve={(keep) => void resolve(conflict, keep)}
        />
      ))}
    </>
  );
}

/** One open conflict: both versions side by side, and keeping one of them. */
function ConflictItem({
  conflict,
  caseRef: ref,
  inspection,
  index,
  deviceName,
  busy,
  onResolve,
}: {
  conflict: OpenConflict;
  caseRef: string;
  inspection: Inspection;
  index: FrameworkIndex;
  deviceName: (device: string) => string;
  busy: boolean;
  onResolve: (keep: 'mine' | 'theirs') => void;
}) {
  return (
    <section class="ca-conflict" aria-labelledby={`c-${conflict.id}`} data-conflict={conflict.id}>
      <h2 class="govuk-heading-s" id={`c-${conflict.id}`}>
        {t('team.conflicts', 'Case {ref}: {question}', {
          ref,
          question: itemTitle(index, conflict.itemId),
        })}
      </h2>
      <p class="govuk-body-s">
        {t('team.conflicts', 'Found on {moment}, merging {file}.', {
          moment: formatMoment(conflict.detectedAt),
          file: conflict.source,
        })}{' '}
        <a
          class="govuk-link"
          href={inspectionHref(
            inspection.id,
            `/cases/${encodeURIComponent(conflict.caseId)}/history`,
          )}
        >
          {t('team.conflicts', 'History of case {ref}', { ref })}
        </a>
      </p>
      <AnswerCompare
        index={index}
        inspection={inspection}
        itemId={conflict.itemId}
        caption={t('team.conflicts', 'The two versions of this answer for case {ref}', {
          ref,
        })}
        mine={conflict.current}
        theirs={conflict.theirs}
        deviceName={deviceName}
        theirsFrom={conflict.source}
      />
      <div class="govuk-button-group">
        <button
          type="button"
          class="govuk-button govuk-button--secondary"
          data-module="govuk-button"
          disabled={busy}
          onClick={() => onResolve('mine')}
        >
          {t('team.conflicts', 'Keep mine')}{' '}
          <span class="govuk-visually-hidden">
            {t('team.conflicts', 'for case {ref}', { ref })}
          </span>
        </button>
        <button
          type="button"
          class="govuk-button govuk-button--secondary"
          data-module="govuk-button"
          disabled={busy}
          onClick={() => onResolve('theirs')}
        >
          {t('team.conflicts', 'Keep theirs')}{' '}
          <span class="govuk-visually-hidden">
            {t('team.conflicts', 'for case {ref}', { ref })}
          </span>
        </button>
      </div>
    </section>
  );
}
