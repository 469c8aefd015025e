import { useMemo, useState } from 'preact/hooks';
import { type Inspection, referencesThatLookLikeNames } from '../../../core';
import { deviceId } from '../../../db/device/identityStore';
import { addCases } from '../../../db/inspections/inspectionStore';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { CheckboxField, SelectField, TextField } from '../../components/InspectionFrame/formFields';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { NotificationBanner } from '../../components/NotificationBanner';
import { WarningText } from '../../components/WarningText';

type Problem = { field: string; message: string };

/** The longest reference a case may have (as the case record allows). */
const REF_MAX = 60;

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
  const [ref, setRef] = useState('');
  const [areaId, setAreaId] = useState(
    inspection.areas.length === 1 ? inspection.areas[0]!.id : '',
  );
  const [stratumId, setStratumId] = useState('');
  const [inspectorId, setInspectorId] = useState('');
  const [notAName, setNotAName] = useState(false);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [added, setAdded] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const looksLikeName = referencesThatLookLikeNames('reference', [{ rowNumber: 1, ref }]) !== null;
  const show = (list: Problem[]) => {
    setProblems(list);
    onErrorsChange(list.length > 0);
  };
  const errorOf = (field: string) => problems.find((p) => p.field === field)?.message;
  const summary: SummaryError[] = useMemo(
    () => problems.map((p) => ({ href: `#${p.field}`, text: p.message })),
    [problems],
  );

  const submit = async (event: Event) => {
    event.preventDefault();
    const list: Problem[] = [];
    const trimmed = ref.trim();
    if (trimmed === '') list.push({ field: 'ref', message: 'Enter the case reference' });
    else if (trimmed.length > REF_MAX) {
      list.push({
        field: 'ref',
        message: `The case reference must be ${REF_MAX} characters or fewer`,
      });
    } else if (looksLikeName && !notAName) {
      list.push({
        field: 'not-a-name',
        message: `${trimmed} looks like a person’s name. Use a pseudonymous reference such as LAC-03-07, or confirm that it is not a name`,
      });
    }
    if (areaId === '') list.push({ field: 'area', message: 'Choose the area the case is in' });
    if (inspection.strata.length > 0 && stratumId === '') {
      list.push({ field: 'stratum', message: 'Choose the stratum the case is in' });
    }
    if (list.length > 0) {
      show(list);
      return;
    }
    setSaving(true);
    const lead = inspection.team.find((m) => m.role === 'lead')?.id ?? '';
    const outcome = await addCases(
      inspection.id,
      [{ ref: trimmed, areaId, stratumId: stratumId || null, inspectorId: inspectorId || null }],
      { by: lead, device: await deviceId(), source: 'added by hand' },
    );
    setSaving(false);
    switch (outcome.status) {
      case 'saved':
        show([]);
        setAdded(trimmed);
        setRef('');
        setNotAName(false);
        return;
      case 'duplicates':
        show([{ field: 'ref', message: `${trimmed} is already a case in this inspection` }]);
        return;
      case 'invalid':
        show(outcome.errors.map((e) => ({ field: 'ref', message: e.message })));
        return;
      case 'missing':
        show([{ field: 'ref', message: outcome.message }]);
        return;
      case 'failed':
        show([
          {
            field: 'ref',
            message: `The case could not be saved on this device (${outcome.detail})`,
          },
        ]);
        return;
    }
  };

  return (
    <>
      <ErrorSummary errors={summary} />
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
      <form noValidate onSubmit={submit}>
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
            setRef(value);
            setNotAName(false);
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
              onChange={setNotAName}
            />
          </>
        )}
        <SelectField
          id="area"
          label="Area"
          labelClass="govuk-label--s"
          error={errorOf('area')}
          value={areaId}
          options={[
            { value: '', label: 'Choose an area' },
            ...inspection.areas.map((a) => ({ value: a.id, label: a.name })),
          ]}
          onChange={setAreaId}
        />
        {inspection.strata.length > 0 && (
          <SelectField
            id="stratum"
            label="Stratum"
            labelClass="govuk-label--s"
            error={errorOf('stratum')}
            value={stratumId}
            options={[
              { value: '', label: 'Choose a stratum' },
              ...inspection.strata.map((s) => ({ value: s.id, label: s.name })),
            ]}
            onChange={setStratumId}
          />
        )}
        <SelectField
          id="inspector"
          label="Inspector (optional)"
          labelClass="govuk-label--s"
          hint="Who reads this case. You can assign it later."
          value={inspectorId}
          options={[
            { value: '', label: 'Not assigned yet' },
            ...inspection.team.map((m) => ({ value: m.id, label: m.name })),
          ]}
          onChange={setInspectorId}
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
