/** The case list's filters (area, stratum, inspector, status) and its counts by status. */
import { useState } from 'preact/hooks';
import type { CaseStatus, Inspection } from '../../../core';
import type { CaseWithProgress } from '../../../db/inspections/caseListStore';
import { CASE_STATUSES, STATUS_LABELS } from '../../components/InspectionFrame/format';
import { t } from '../../i18n/translate';
import { type CaseFilters, isFiltered, queryOf, UNASSIGNED } from './caseFilters';

export function CaseFilterForm({
  inspection,
  filters,
  path,
  onApply,
}: {
  inspection: Inspection;
  filters: CaseFilters;
  path: string;
  onApply: (filters: CaseFilters) => void;
}) {
  const [draft, setDraft] = useState(filters);
  const select = (
    id: keyof Pick<CaseFilters, 'area' | 'stratum' | 'inspector'>,
    label: string,
    options: { value: string; label: string }[],
  ) => (
    <div class="govuk-form-group ca-filters__field">
      <label class="govuk-label" for={`filter-${id}`}>
        {label}
      </label>
      <select
        class="govuk-select"
        id={`filter-${id}`}
        name={id}
        value={draft[id]}
        onChange={(event) =>
          setDraft({ ...draft, [id]: (event.target as HTMLSelectElement).value })
        }
      >
        {options.map((o) => (
          <option key={o.value} value={o.value} selected={o.value === draft[id]}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  const toggle = (status: CaseStatus, on: boolean) =>
    setDraft({
      ...draft,
      statuses: on
        ? CASE_STATUSES.filter((s) => s === status || draft.statuses.includes(s))
        : draft.statuses.filter((s) => s !== status),
    });
  return (
    <form
      class="ca-filters"
      aria-label={t('setup', 'Filter the cases')}
      onSubmit={(event) => {
        event.preventDefault();
        onApply({ ...draft, page: 1 });
      }}
    >
      <div class="ca-filters__row">
        {select('area', t('setup', 'Area'), [
          { value: '', label: t('setup', 'All areas') },
          ...inspection.areas.map((a) => ({ value: a.id, label: a.name })),
        ])}
        {inspection.strata.length > 0 &&
          select('stratum', t('setup', 'Stratum'), [
            { value: '', label: t('setup', 'All strata') },
            ...inspection.strata.map((s) => ({ value: s.id, label: s.name })),
          ])}
        {select('inspector', t('setup', 'Inspector'), [
          { value: '', label: t('setup', 'Everyone') },
          { value: UNASSIGNED, label: t('setup', 'Not assigned') },
          ...inspection.team.map((m) => ({ value: m.id, label: m.name })),
        ])}
      </div>
      <div class="govuk-form-group">
        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
            {t('setup', 'Status')}
          </legend>
          <div class="govuk-checkboxes govuk-checkboxes--small ca-filters__statuses">
            {CASE_STATUSES.map((status) => (
              <div class="govuk-checkboxes__item" key={status}>
                <input
                  class="govuk-checkboxes__input"
                  id={`filter-status-${status}`}
                  name="status"
                  type="checkbox"
                  value={status}
                  checked={draft.statuses.includes(status)}
                  onChange={(event) => toggle(status, (event.target as HTMLInputElement).checked)}
                />
                <label class="govuk-label govuk-checkboxes__label" for={`filter-status-${status}`}>
                  {STATUS_LABELS[status]}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <div class="govuk-button-group">
        <button type="submit" class="govuk-button govuk-button--secondary">
          {t('setup', 'Apply filters')}
        </button>
        {isFiltered(filters) && (
          <a class="govuk-link" href={path}>
            {t('setup', 'Clear filters')}
          </a>
        )}
      </div>
    </form>
  );
}

export function StatusCounts({
  rows,
  filters,
  path,
}: {
  rows: readonly CaseWithProgress[];
  filters: CaseFilters;
  path: string;
}) {
  const counts = new Map<CaseStatus, number>();
  for (const row of rows)
    counts.set(row.caseRecord.status, (counts.get(row.caseRecord.status) ?? 0) + 1);
  return (
    <div class="ca-status-counts">
      <h3 class="govuk-heading-s">
        {filters.area || filters.stratum || filters.inspector
          ? t('setup', 'By status, in these filters')
          : t('setup', 'By status')}
      </h3>
      <ul class="ca-status-counts__list">
        {CASE_STATUSES.map((status) => (
          <li key={status} class="ca-status-counts__item">
            <a
              class="govuk-link govuk-link--no-visited-state"
              href={`${path}${queryOf({ ...filters, statuses: [status], page: 1 })}`}
            >
              <span class="ca-status-counts__count">{counts.get(status) ?? 0}</span>{' '}
              {STATUS_LABELS[status].toLowerCase()}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
