/**
 * Creating a drawn sample's cases in the inspection, in one transaction, after a confirmation
 * when the draw would replace the recorded sample.
 */
import { useState } from 'preact/hooks';
import { type Inspection, leadActionBy, samplingRecordOf } from '../../../core';
import { deviceId } from '../../../db/device/identityStore';
import { createSampleCases } from '../../../db/inspections/populationStore';
import { FailureSummary } from '../../components/FailureSummary';
import { formatMoment } from '../../components/InspectionFrame/format';
import { CheckboxField } from '../../components/InspectionFrame/formFields';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { NotificationBanner } from '../../components/NotificationBanner';
import { WarningText } from '../../components/WarningText';
import { t, tx } from '../../i18n/translate';
import { link } from '../link';
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
      setOutcome(addedText(result));
    } else if (result.status === 'invalid') {
      setFailure(result.errors.map((e) => e.message).join('; '));
    } else if (result.status === 'missing') {
      setFailure(result.message);
    } else {
      setFailure(
        t('setup', 'Nothing was stored: the browser’s storage refused the cases ({detail}).', {
          detail: result.detail,
        }),
      );
    }
  };

  return (
    <>
      {outcome ? (
        <NotificationBanner type="success" heading={outcome} focus>
          <p class="govuk-body">
            {tx(
              'setup',
              '<team>Assign the cases to inspectors</team> or <cases>see the case list</cases>.',
              {
                team: link(
                  inspectionHref(inspection.id, '/team'),
                  'govuk-notification-banner__link',
                ),
                cases: link(inspectionHref(inspection.id), 'govuk-notification-banner__link'),
              },
            )}
          </p>
        </NotificationBanner>
      ) : already === null ? null : already === all && all > 0 ? (
        <p class="govuk-body">{t('setup', 'All these cases are already in the inspection.')}</p>
      ) : (
        <>
          {failure && (
            <FailureSummary title={t('setup', 'The cases could not be created')}>
              {failure}
            </FailureSummary>
          )}
          {record && !sameAsRecord && (
            <>
              <WarningText>
                {t(
                  'setup',
                  'This inspection already has a sample, drawn on {moment} with seed {seed}. Creating these cases adds them to it, and the report’s methodology will describe this draw instead.',
                  { moment: formatMoment(record.drawnAt), seed: record.seed },
                )}
              </WarningText>
              <CheckboxField
                id="replace-sample"
                label={t('setup', 'Record this draw as the inspection’s sample')}
                error={
                  replaceMissing
                    ? t('setup', 'Confirm that this draw replaces the recorded sample')
                    : undefined
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
              {t(
                'setup',
                '{already, plural, one {# case of these is already in the inspection and will be left as it is} other {# cases of these are already in the inspection and will be left as they are}}.',
                { already },
              )}
            </p>
          )}
          <button
            type="button"
            class="govuk-button"
            disabled={saving}
            aria-disabled={saving}
            onClick={create}
          >
            {draw.reserves.length > 0
              ? t(
                  'setup',
                  'Create these {sample, plural, one {# case} other {# cases}} and {reserves, plural, one {# reserve} other {# reserves}}',
                  { sample: draw.sample.length, reserves: draw.reserves.length },
                )
              : t('setup', 'Create these {sample, plural, one {# case} other {# cases}}', {
                  sample: draw.sample.length,
                })}
          </button>
        </>
      )}
    </>
  );
}

/** "12 cases and 2 reserves were added to the inspection; …", what creating the cases did. */
function addedText(saved: {
  created: number;
  reservesCreated: number;
  existing: readonly unknown[];
}) {
  return saved.existing.length > 0
    ? t(
        'setup',
        '{created, plural, one {# case} other {# cases}} and {reserves, plural, one {# reserve} other {# reserves}} were added to the inspection; {existing, plural, one {# case already in it was left as it was} other {# cases already in it were left as they were}}',
        {
          created: saved.created,
          reserves: saved.reservesCreated,
          existing: saved.existing.length,
        },
      )
    : t(
        'setup',
        '{created, plural, one {# case} other {# cases}} and {reserves, plural, one {# reserve} other {# reserves}} were added to the inspection',
        { created: saved.created, reserves: saved.reservesCreated },
      );
}
