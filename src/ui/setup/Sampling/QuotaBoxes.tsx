/** The quota boxes: one per area × stratum (or per area), each with the cases available. */
import { ANY_STRATUM, type Inspection } from '../../../core';
import type { PopulationSummary } from '../../../db/inspections/populationStore';
import { formatNumber } from '../../components/InspectionFrame/format';
import { ErrorMessage } from '../../components/InspectionFrame/formFields';
import { t } from '../../i18n/translate';
import { availableIn, type QuotaColumn, type QuotaInputs, quotaFieldId } from './quotaTable';

export function QuotaBoxes({
  inspection,
  population,
  columns,
  inputs,
  errorOf,
  onInputs,
}: {
  inspection: Inspection;
  population: PopulationSummary;
  columns: readonly QuotaColumn[];
  inputs: QuotaInputs;
  errorOf: (field: string) => string | undefined;
  onInputs: (inputs: QuotaInputs) => void;
}) {
  return (
    <table class="govuk-table ca-quotas">
      <caption class="govuk-table__caption govuk-table__caption--s">
        {t('setup', 'Cases to draw (quota), with the cases available on the list')}
      </caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">
            {t('setup', 'Area')}
          </th>
          {columns.map((column) => (
            <th scope="col" class="govuk-table__header" key={column.key}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {inspection.areas.map((area) => (
          <tr class="govuk-table__row" key={area.id}>
            <th scope="row" class="govuk-table__header">
              {area.name}
            </th>
            {columns.map((column) => (
              <QuotaCell
                key={column.key}
                id={quotaFieldId(area.id, column.key)}
                label={
                  column.key === ANY_STRATUM
                    ? t('setup', 'Quota for {area}', { area: area.name })
                    : t('setup', 'Quota for {area}, {stratum}', {
                        area: area.name,
                        stratum: column.label,
                      })
                }
                error={errorOf(quotaFieldId(area.id, column.key))}
                available={availableIn(population, area.id, column.key)}
                value={inputs[area.id]?.[column.key] ?? ''}
                onInput={(value) =>
                  onInputs({ ...inputs, [area.id]: { ...inputs[area.id], [column.key]: value } })
                }
              />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function QuotaCell({
  id,
  label,
  error,
  available,
  value,
  onInput,
}: {
  id: string;
  label: string;
  error: string | undefined;
  available: number;
  value: string;
  onInput: (value: string) => void;
}) {
  return (
    <td class={`govuk-table__cell${error ? ' ca-quotas__cell--error' : ''}`}>
      <label class="govuk-label govuk-visually-hidden" for={id}>
        {label}
      </label>
      <ErrorMessage id={`${id}-error`} message={error} />
      <input
        autoComplete="off"
        class={`govuk-input govuk-input--width-3${error ? ' govuk-input--error' : ''}`}
        id={id}
        name={id}
        type="text"
        inputMode="numeric"
        value={value}
        aria-describedby={`${id}-available${error ? ` ${id}-error` : ''}`}
        onInput={(event) => onInput((event.target as HTMLInputElement).value)}
      />
      <span class="ca-quotas__available" id={`${id}-available`}>
        {t('setup', 'of {available}', { available: formatNumber(available) })}
      </span>
    </td>
  );
}
