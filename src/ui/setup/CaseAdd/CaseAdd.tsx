import { useState } from 'preact/hooks';
import type { Inspection } from '../../../core';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxField, SelectField, TextField } from '../../components/InspectionFrame/formFields';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { NotificationBanner } from '../../components/NotificationBanner';
import { WarningText } from '../../components/WarningText';
import { type Placement, useCaseAdd } from './useCaseAdd';

/**
 * Add one case by hand: a pseudonymous reference, its area and stratum, and who reads it. A
 * reference that looks like a person's name is held back until the user confirms it is not one.
 */
export default function CaseAdd({ inspectionId }: { inspectionId: string }) {
  const [hasErrors, setHasErrors] = useState(false);
  return (
    <InspectionFrame inspectionId={inspectionId} heading="Add a case" hasErrors={hasErrors}>
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
          heading={`${added} was added to the inspection`}
          focus
        >
          <p class="govuk-body">
            Add another below, or{' '}
            <a class="govuk-notification-banner__link" href={inspectionHref(inspection.id)}>
              go back to the case list
            </a>
            .
          </p>
        </NotificationBanner>
      )}
      <form noValidate onSubmit={form.submit}>
        <TextField
          id="ref"
          label="Case reference"
          labelClass="govuk-label--s"
          hint="A pseudonymous reference such as LAC-03-07, never a name. It must differ from every other case in this inspection."
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
              This looks like a person’s name. Case Audit keeps pseudonymous references only.
            </WarningText>
            <CheckboxField
              id="not-a-name"
              label="This reference is not a person’s name"
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
            Add the case
          </button>
          <a class="govuk-link" href={inspectionHref(inspection.id)}>
            Back to the case list
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
        label="Area"
        labelClass="govuk-label--s"
        error={errorOf('area')}
        value={value.areaId}
        options={[
          { value: '', label: 'Choose an area' },
          ...inspection.areas.map((a) => ({ value: a.id, label: a.name })),
        ]}
        onChange={(areaId) => onChange({ areaId })}
      />
      {inspection.strata.length > 0 && (
        <SelectField
          id="stratum"
          label="Stratum"
          labelClass="govuk-label--s"
          error={errorOf('stratum')}
          value={value.stratumId}
          options={[
            { value: '', label: 'Choose a stratum' },
            ...inspection.strata.map((s) => ({ value: s.id, label: s.name })),
          ]}
          onChange={(stratumId) => onChange({ stratumId })}
        />
      )}
      <SelectField
        id="inspector"
        label="Inspector (optional)"
        labelClass="govuk-label--s"
        hint="Who reads this case. You can assign it later."
        value={value.inspectorId}
        options={[
          { value: '', label: 'Not assigned yet' },
          ...inspection.team.map((m) => ({ value: m.id, label: m.name })),
        ]}
        onChange={(inspectorId) => onChange({ inspectorId })}
      />
    </>
  );
}
