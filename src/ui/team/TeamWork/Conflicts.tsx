/**
 * Conflicts kept for later: answers changed differently on two devices, waiting for a decision.
 * Each shows both versions side by side; "Keep mine" or "Keep theirs" settles it at once (one
 * transaction), recorded in the case's history. Until then the findings use this device's
 * answer.
 */
import { useState } from 'preact/hooks';
import {
  type FrameworkIndex,
  type Inspection,
  indexFramework,
  plural,
  wasOrWere,
} from '../../../core';
import {
  type OpenConflict,
  openConflictsNow,
  resolveConflict,
} from '../../../db/exchange/mergeConflicts';
import { listCases } from '../../../db/inspections/caseListStore';
import { FailureSummary } from '../../components/FailureSummary';
import { formatMoment } from '../../components/InspectionFrame/format';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { Loading } from '../../components/Loading';
import { NotificationBanner } from '../../components/NotificationBanner';
import { useDeviceLabel } from '../../hooks/useDeviceLabel';
import { useLive } from '../../hooks/useLive';
import { AnswerCompare, itemTitle } from './AnswerCompare';
import { mergeContext, teamWorkHref } from './teamWorkCommon';
import './TeamWork.css';

export default function Conflicts({ inspectionId }: { inspectionId: string }) {
  return (
    <InspectionFrame inspectionId={inspectionId} heading="Open conflicts">
      {({ inspection, framework }) =>
        framework ? (
          <ConflictQueue inspection={inspection} index={indexFramework(framework.framework)} />
        ) : (
          <p class="govuk-body">
            The framework this inspection is pinned to is not on this device.
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
    return <Loading what="Loading the conflicts" />;
  }
  if (conflicts.status === 'failed' || cases.status === 'failed') {
    return <p class="govuk-body">The conflicts could not be read. Reload the page to try again.</p>;
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
        `Case ${ref}: ${keep === 'mine' ? 'kept the answer on this device' : `kept the answer from ${conflict.source}`}.`,
      );
    } else if (outcome.status === 'missing') setFailure(outcome.message);
    else setFailure(`Nothing was saved: the browser’s storage refused it (${outcome.detail}).`);
  };

  return (
    <>
      <a href={teamWorkHref(inspection.id)} class="govuk-back-link">
        Back to team work
      </a>
      {done && <NotificationBanner type="success" heading={done} focus />}
      {failure && (
        <FailureSummary title="The conflict could not be resolved">{failure}</FailureSummary>
      )}
      {conflicts.value.length === 0 ? (
        <p class="govuk-body">
          No conflicts are open: every answer merged so far agrees, or has been decided.
        </p>
      ) : (
        <p class="govuk-body">
          {plural(conflicts.value.length, 'answer')} {wasOrWere(conflicts.value.length)} changed
          differently on this device and another, and kept for later. The findings use this device’s
          answer until you decide. Each decision is recorded in the case’s history.
        </p>
      )}
      {conflicts.value.map((conflict) => {
        const ref = refOf.get(conflict.caseId) ?? conflict.caseId;
        return (
          <section
            class="ca-conflict"
            key={conflict.id}
            aria-labelledby={`c-${conflict.id}`}
            data-conflict={conflict.id}
          >
            <h2 class="govuk-heading-s" id={`c-${conflict.id}`}>
              Case {ref}: {itemTitle(index, conflict.itemId)}
            </h2>
            <p class="govuk-body-s">
              Found on {formatMoment(conflict.detectedAt)}, merging {conflict.source}.{' '}
              <a
                class="govuk-link"
                href={inspectionHref(
                  inspection.id,
                  `/cases/${encodeURIComponent(conflict.caseId)}/history`,
                )}
              >
                History of case {ref}
              </a>
            </p>
            <AnswerCompare
              index={index}
              inspection={inspection}
              itemId={conflict.itemId}
              caption={`The two versions of this answer for case ${ref}`}
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
                disabled={busy !== null}
                onClick={() => void resolve(conflict, 'mine')}
              >
                Keep mine <span class="govuk-visually-hidden">for case {ref}</span>
              </button>
              <button
                type="button"
                class="govuk-button govuk-button--secondary"
                data-module="govuk-button"
                disabled={busy !== null}
                onClick={() => void resolve(conflict, 'theirs')}
              >
                Keep theirs <span class="govuk-visually-hidden">for case {ref}</span>
              </button>
            </div>
          </section>
        );
      })}
    </>
  );
}
