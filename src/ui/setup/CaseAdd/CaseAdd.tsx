import { useState } from 'preact/hooks';
import type { Inspection } from '../../../core';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxField, SelectField, TextField } from '../../components/InspectionFrame/formFields';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { NotificationBanner } from '../../components/NotificationBanner';
import { WarningText } from '../../components/WarningText';
import { t, tx } from '../../i18n/translate';
import { link } from '../link';
import { type Placement, useCaseAdd } from './useCaseAdd';

/**
 * Add one case by hand: a pseudonymous reference, its area and stratum, and who reads it. A
 * reference that looks like a person's name is held back until the user confirms it is not one.
 */
export default function CaseAdd({ inspectionId }: { inspectionId: string }) {
  const [hasErrors, setHasErrors] = useState(false);
  return (
    <InspectionFrame
      inspectionId={inspectionId}
      heading={t('setup', 'Add a case')}
      hasErrors={hasErrors}
    >
      {({ inspection }) => <CaseForm inspection={inspection} onErrorsChange={setHasErrors} />}
    </InspectionFrame>
  );
}

function CaseForm({
  inspection,
  onErrorsChange,
}: {
  inspection: Inspection;
  onErrorsChange: (hasErrors: boolean) => void;
}) {
  const form = useCaseAdd(inspection, onErrorsChange);
  const { ref, notAName, looksLikeName, added, saving, errorOf } = form;

  return (
    <>
      <ErrorSummary errors={form.summary} />
      {added && (
        <NotificationBanner
          // A new banner for each case added, so each one takes focus.
          key={added}
          type="success"
          heading={t('setup', '{ref} was added to the inspection', { ref: added })}
          focus
        >
          <p class="govuk-body">
            {tx('setup', 'Add another below, or <link>go back to the case list</link>.', {
              link: link(inspectionHref(inspection.id), 'govuk-notification-banner__link'),
            })}
          </p>
        </NotificationBanner>
      )}
      <form noValidate onSubmit={form.submit}>
        <TextField
          id="ref"
          label={t('setup', 'Case reference')}
          labelClass="govuk-label--s"
          hint={t(
            'setup',
            'A pseudonymous reference such as LAC-03-07, never a name. It must differ from every other case in this inspection.',
          )}
          error={errorOf('ref')}
          value={ref}
          inputClass="govuk-input--width-20"
          spellcheck={false}
          onInput={(value) => {
            form.setRef(value);
            form.setNotAName(false);
          }}
        />
        {looksLikeName && (
          <>
            <WarningText>
              {t(
                'setup',
                'This looks like a person’s name. Case Audit keeps pseudonymous references only.',
              )}
            </WarningText>
            <CheckboxField
              id="not-a-name"
              label={t('setup', 'This reference is not a person’s name')}
              error={errorOf('not-a-name')}
              checked={notAName}
              onChange={form.setNotAName}
            />
          </>
        )}
        <CasePlacement
          inspection={inspection}
          value={form.placement}
          errorOf={errorOf}
          onChange={(patch) => form.setPlacement({ ...form.placement, ...patch })}
        />
        <div class="govuk-button-group">
          <button type="submit" class="govuk-button" disabled={saving} aria-disabled={saving}>
            {t('setup', 'Add the case')}
          </button>
          <a class="govuk-link" href={inspectionHref(inspection.id)}>
            {t('setup', 'Back to the case list')}
          </a>
        </div>
      </form>
    </>
  );
}

/** Where the case is (area, stratum) and who reads it. */
function CasePlacement({
  inspection,
  value,
  errorOf,
  onChange,
}: {
  inspection: Inspection;
  value: Placement;
  errorOf: (field: string) => string | undefined;
  onChange: (patch: Partial<Placement>) => void;
}) {
  return (
    <>
      <SelectField
        id="area"
        label={t('setup', 'Area')}
        labelClass="govuk-label--s"
        error={errorOf('area')}
        value={value.areaId}
        options={[
          { value: '', label: t('setup', 'Choose an area') },
          ...inspection.areas.map((a) => ({ value: a.id, label: a.name })),
        ]}
        onChange={(areaId) => onChange({ areaId })}
      />
      {inspection.strata.length > 0 && (
        <SelectField
          id="stratum"
          label={t('setup', 'Stratum')}
          labelClass="govuk-label--s"
          error={errorOf('stratum')}
          value={value.stratumId}
          options={[
            { value: '', label: t('setup', 'Choose a stratum') },
            ...inspection.strata.map((s) => ({ value: s.id, label: s.name })),
          ]}
          onChange={(stratumId) => onChange({ stratumId })}
        />
      )}
      <SelectField
        id="inspector"
        label={t('setup', 'Inspector (optional)')}
        labelClass="govuk-label--s"
        hint={t('setup', 'Who reads this case. You can assign it later.')}
        value={value.inspectorId}
        options={[
          { value: '', label: t('setup', 'Not assigned yet') },
          ...inspection.team.map((m) => ({ value: m.id, label: m.name })),
        ]}
        onChange={(inspectorId) => onChange({ inspectorId })}
      />
    </>
  );
}
