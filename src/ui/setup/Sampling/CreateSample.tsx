/**
 * Creating a drawn sample's cases in the inspection, in one transaction, after a confirmation
 * when the draw would replace the recorded sample.
 */
import { useState } from 'preact/hooks';
import {
  type Inspection,
  isOrAre,
  itIsOrTheyAre,
  itWasOrTheyWere,
  leadActionBy,
  plural,
  samplingRecordOf,
  wasOrWere,
} from '../../../core';
import { deviceId } from '../../../db/device/identityStore';
import { createSampleCases } from '../../../db/inspections/populationStore';
import { FailureSummary } from '../../components/FailureSummary';
import { formatMoment } from '../../components/InspectionFrame/format';
import { CheckboxField } from '../../components/InspectionFrame/formFields';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { NotificationBanner } from '../../components/NotificationBanner';
import { WarningText } from '../../components/WarningText';
import type { Draw } from './sampleDraw';

export function CreateSample({
  inspection,
  draw,
  drawnAt,
  sameAsRecord,
  already,
  all,
}: {
  inspection: Inspection;
  draw: Draw;
  drawnAt: string;
  /** Whether the draw is the inspection's recorded sample. */
  sameAsRecord: boolean;
  /** How many of the drawn cases are already in the inspection (null while loading). */
  already: number | null;
  /** How many cases were drawn, sample and reserves. */
  all: number;
}) {
  const [confirmReplace, setConfirmReplace] = useState(false);
  const [replaceMissing, setReplaceMissing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const record = inspection.sampling;

  const create = async () => {
    if (record && !sameAsRecord && !confirmReplace) {
      setReplaceMissing(true);
      return;
    }
    setSaving(true);
    setFailure(null);
    const lead = leadActionBy(inspection.team);
    const result = await createSampleCases(
      inspection.id,
      { record: samplingRecordOf(draw, drawnAt), sample: draw.sample, reserves: draw.reserves },
      { by: lead, device: await deviceId(), source: `sample drawn with seed ${draw.seed}` },
    );
    setSaving(false);
    if (result.status === 'saved') {
      setOutcome(
        `${plural(result.created, 'case')} and ${plural(result.reservesCreated, 'reserve')} were added to the inspection` +
          (result.existing.length > 0
            ? `; ${plural(result.existing.length, 'case')} already in it ${wasOrWere(result.existing.length)} left as ${itWasOrTheyWere(result.existing.length)}`
            : ''),
      );
    } else if (result.status === 'invalid') {
      setFailure(result.errors.map((e) => e.message).join('; '));
    } else if (result.status === 'missing') {
      setFailure(result.message);
    } else {
      setFailure(`Nothing was stored: the browser’s storage refused the cases (${result.detail}).`);
    }
  };

  return (
    <>
      {outcome ? (
        <NotificationBanner type="success" heading={outcome} focus>
          <p class="govuk-body">
            <a
              class="govuk-notification-banner__link"
              href={inspectionHref(inspection.id, '/team')}
            >
              Assign the cases to inspectors
            </a>{' '}
            or{' '}
            <a class="govuk-notification-banner__link" href={inspectionHref(inspection.id)}>
              see the case list
            </a>
            .
          </p>
        </NotificationBanner>
      ) : already === null ? null : already === all && all > 0 ? (
        <p class="govuk-body">All these cases are already in the inspection.</p>
      ) : (
        <>
          {failure && (
            <FailureSummary title="The cases could not be created">{failure}</FailureSummary>
          )}
          {record && !sameAsRecord && (
            <>
              <WarningText>
                This inspection already has a sample, drawn on {formatMoment(record.drawnAt)} with
                seed {record.seed}. Creating these cases adds them to it, and the report’s
                methodology will describe this draw instead.
              </WarningText>
              <CheckboxField
                id="replace-sample"
                label="Record this draw as the inspection’s sample"
                error={
                  replaceMissing ? 'Confirm that this draw replaces the recorded sample' : undefined
                }
                checked={confirmReplace}
                onChange={(checked) => {
                  setConfirmReplace(checked);
                  setReplaceMissing(false);
                }}
              />
            </>
          )}
          {already > 0 && (
            <p class="govuk-body">
              {plural(already, 'case')} of these {isOrAre(already)} already in the inspection and
              will be left as {itIsOrTheyAre(already)}.
            </p>
          )}
          <button
            type="button"
            class="govuk-button"
            disabled={saving}
            aria-disabled={saving}
            onClick={create}
          >
            Create these {plural(draw.sample.length, 'case')}
            {draw.reserves.length > 0 ? ` and ${plural(draw.reserves.length, 'reserve')}` : ''}
          </button>
        </>
      )}
    </>
  );
}
