/** Every case of an area and stratum (optionally only those not assigned) to one person. */
import { useState } from 'preact/hooks';
import { casesToAssign, type Inspection, memberName } from '../../../core';
import type { CaseRecord } from '../../../db/database';
import { CheckboxField, SelectField } from '../../components/InspectionFrame/formFields';
import { t } from '../../i18n/translate';
import { type Assign, casesAndReserves, memberOptions, NO_ONE } from './assignment';

type Choice = {
  area: string;
  stratum: string;
  onlyUnassigned: boolean;
  withReserves: boolean;
  inspector: string;
};

export function BulkAssign({
  inspection,
  cases,
  onAssign,
}: {
  inspection: Inspection;
  cases: readonly CaseRecord[];
  onAssign: Assign;
}) {
  const [choice, setChoice] = useState<Choice>({
    area: '',
    stratum: '',
    onlyUnassigned: false,
    withReserves: false,
    inspector: inspection.team[0]?.id ?? NO_ONE,
  });
  const [saving, setSaving] = useState(false);
  const { area, stratum, onlyUnassigned, withReserves, inspector } = choice;
  const chosen = casesToAssign(cases, {
    areaId: area,
    stratumId: stratum,
    onlyUnassigned,
    withReserves,
  });
  const areaName = inspection.areas.find((a) => a.id === area)?.name;
  const stratumName = inspection.strata.find((s) => s.id === stratum)?.name;
  const who = inspector === NO_ONE ? undefined : memberName(inspection.team, inspector);
  const where = placeOf(areaName, stratumName);

  return (
    <form
      class="ca-bulk"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        if (chosen.length === 0) return;
        setSaving(true);
        await onAssign(
          chosen.map((c) => ({
            caseId: c.id,
            inspectorId: inspector === NO_ONE ? null : inspector,
          })),
          (changed) => assignedText(casesAndReserves(chosen), where, who, changed, chosen.length),
        );
        setSaving(false);
      }}
    >
      <h2 class="govuk-heading-m">{t('setup', 'Assign cases in bulk')}</h2>
      <BulkFields
        inspection={inspection}
        choice={choice}
        reserves={cases.some((c) => c.role === 'reserve')}
        onChange={(patch) => setChoice({ ...choice, ...patch })}
      />
      <button
        type="submit"
        class="govuk-button"
        disabled={saving || chosen.length === 0}
        aria-disabled={saving || chosen.length === 0}
      >
        {chosen.length === 0
          ? t('setup', 'No cases to assign')
          : who
            ? t('setup', 'Assign {cases} to {who}', { cases: casesAndReserves(chosen), who })
            : t('setup', 'Assign {cases} to no one', { cases: casesAndReserves(chosen) })}
      </button>
    </form>
  );
}

function BulkFields({
  inspection,
  choice,
  reserves,
  onChange,
}: {
  inspection: Inspection;
  choice: Choice;
  /** Whether the inspection has reserves, which are left out unless asked for. */
  reserves: boolean;
  onChange: (patch: Partial<Choice>) => void;
}) {
  return (
    <>
      <div class="ca-bulk__fields">
        <SelectField
          id="bulk-area"
          label={t('setup', 'Cases in')}
          value={choice.area}
          options={[
            { value: '', label: t('setup', 'Every area') },
            ...inspection.areas.map((a) => ({ value: a.id, label: a.name })),
          ]}
          onChange={(area) => onChange({ area })}
        />
        {inspection.strata.length > 0 && (
          <SelectField
            id="bulk-stratum"
            label={t('setup', 'Stratum')}
            value={choice.stratum}
            options={[
              { value: '', label: t('setup', 'Every stratum') },
              ...inspection.strata.map((s) => ({ value: s.id, label: s.name })),
            ]}
            onChange={(stratum) => onChange({ stratum })}
          />
        )}
        <SelectField
          id="bulk-inspector"
          label={t('setup', 'Assign to')}
          value={choice.inspector}
          options={memberOptions(inspection)}
          onChange={(inspector) => onChange({ inspector })}
        />
      </div>
      <div class="ca-bulk__options">
        <CheckboxField
          id="bulk-unassigned"
          label={t('setup', 'Only cases not assigned yet')}
          checked={choice.onlyUnassigned}
          onChange={(onlyUnassigned) => onChange({ onlyUnassigned })}
          small
        />
        {reserves && (
          <CheckboxField
            id="bulk-reserves"
            label={t('setup', 'Reserves too')}
            hint={t('setup', 'Reserves are read only if a sampled case cannot be.')}
            checked={choice.withReserves}
            onChange={(withReserves) => onChange({ withReserves })}
            small
          />
        )}
      </div>
    </>
  );
}

/** "in Blackpool (host)": where the cases chosen are, or '' for everywhere. */
function placeOf(area: string | undefined, stratum: string | undefined): string {
  if (area && stratum) return t('setup', 'in {area} ({stratum})', { area, stratum });
  if (area) return t('setup', 'in {area}', { area });
  if (stratum) return t('setup', '({stratum})', { stratum });
  return '';
}

/** "6 cases in Blackpool assigned to AP (4 changed)": what assigning in bulk did. */
function assignedText(
  cases: string,
  where: string,
  who: string | undefined,
  changed: number,
  chosen: number,
): string {
  const text = who
    ? where
      ? t('setup', '{cases} {where} assigned to {who}', { cases, where, who })
      : t('setup', '{cases} assigned to {who}', { cases, who })
    : where
      ? t('setup', '{cases} {where} unassigned', { cases, where })
      : t('setup', '{cases} unassigned', { cases });
  return changed < chosen ? t('setup', '{text} ({changed} changed)', { text, changed }) : text;
}
