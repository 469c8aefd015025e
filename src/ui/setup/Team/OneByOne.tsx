/** Who reads each case, changed case by case and saved together. */
import { useState } from 'preact/hooks';
import type { Inspection } from '../../../core';
import type { CaseRecord } from '../../../db/database';
import { t } from '../../i18n/translate';
import { type Assign, memberOptions, NO_ONE } from './assignment';

export function OneByOne({
  inspection,
  cases,
  onAssign,
}: {
  inspection: Inspection;
  cases: readonly CaseRecord[];
  onAssign: Assign;
}) {
  // Only the choices made here are held, never a copy of the stored list: when the cases are
  // read again (a save, another tab, the team server), a choice not yet saved is kept.
  const [edits, setEdits] = useState<ReadonlyMap<string, string>>(new Map());
  const chosen = (c: CaseRecord) => edits.get(c.id) ?? c.inspectorId ?? NO_ONE;
  const [saving, setSaving] = useState(false);
  const areaName = new Map(inspection.areas.map((a) => [a.id, a.name]));
  const stratumName = new Map(inspection.strata.map((s) => [s.id, s.name]));
  const changes = cases.filter((c) => chosen(c) !== (c.inspectorId ?? NO_ONE));
  const options = memberOptions(inspection);

  return (
    <form
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        if (changes.length === 0) return;
        setSaving(true);
        const saved = await onAssign(
          changes.map((c) => {
            const value = chosen(c);
            return { caseId: c.id, inspectorId: value === NO_ONE ? null : value };
          }),
          (changed) =>
            t('setup', '{changed, plural, one {# case} other {# cases}} reassigned', { changed }),
        );
        if (saved) setEdits(new Map());
        setSaving(false);
      }}
    >
      <table class="govuk-table ca-one-by-one">
        <caption class="govuk-table__caption govuk-table__caption--m">
          {t('setup', 'Assign cases one by one')}
        </caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              {t('setup', 'Case')}
            </th>
            <th scope="col" class="govuk-table__header">
              {t('setup', 'Area')}
            </th>
            {inspection.strata.length > 0 && (
              <th scope="col" class="govuk-table__header">
                {t('setup', 'Stratum')}
              </th>
            )}
            <th scope="col" class="govuk-table__header">
              {t('setup', 'Inspector')}
            </th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {cases.map((c) => (
            <CaseInspectorRow
              key={c.id}
              kase={c}
              inspection={inspection}
              areaName={areaName.get(c.areaId) ?? c.areaId}
              stratumName={stratumName.get(c.stratumId ?? '') ?? '–'}
              value={chosen(c)}
              options={options}
              onChange={(value) => setEdits((before) => new Map(before).set(c.id, value))}
            />
          ))}
        </tbody>
      </table>
      <button
        type="submit"
        class="govuk-button"
        disabled={saving || changes.length === 0}
        aria-disabled={saving || changes.length === 0}
      >
        {changes.length === 0
          ? t('setup', 'Save assignments')
          : t('setup', 'Save {count, plural, one {# change} other {# changes}}', {
              count: changes.length,
            })}
      </button>
    </form>
  );
}

function CaseInspectorRow({
  kase: c,
  inspection,
  areaName,
  stratumName,
  value,
  options,
  onChange,
}: {
  kase: CaseRecord;
  inspection: Inspection;
  areaName: string;
  stratumName: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (inspectorId: string) => void;
}) {
  const id = `inspector-${c.id}`;
  const changed = value !== (c.inspectorId ?? NO_ONE);
  return (
    <tr class={`govuk-table__row${changed ? ' ca-one-by-one__row--changed' : ''}`}>
      <th scope="row" class="govuk-table__header">
        {c.ref}
        {c.role === 'reserve' && <span class="ca-muted"> {t('setup', '(reserve)')}</span>}
      </th>
      <td class="govuk-table__cell">{areaName}</td>
      {inspection.strata.length > 0 && <td class="govuk-table__cell">{stratumName}</td>}
      <td class="govuk-table__cell">
        <label class="govuk-label govuk-visually-hidden" for={id}>
          {t('setup', 'Inspector for {ref}', { ref: c.ref })}
        </label>
        <select
          class="govuk-select"
          id={id}
          value={value}
          onChange={(event) => onChange((event.target as HTMLSelectElement).value)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value} selected={o.value === value}>
              {o.label}
            </option>
          ))}
        </select>
        {changed && <span class="ca-muted"> {t('setup', 'changed')}</span>}
      </td>
    </tr>
  );
}
