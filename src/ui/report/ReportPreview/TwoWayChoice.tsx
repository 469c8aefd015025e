/**
 * The lead's choice of two-way tables for the report (area and stratum): rows by one field,
 * columns by another, as on the findings screen. Kept in the address with the basis, so the
 * preview and the PDF made from it show the same tables.
 *
 *   ?basis=all&by=area,stratum
 */
import { useState } from 'preact/hooks';
import { parseBreakdownSpec } from '../../../core';
import { SelectField, type SelectGroup } from '../../components/InspectionFrame/formFields';
import { t } from '../../i18n/translate';
import type { TwoWay } from './useReportPreview';

type Choice = { readonly by: string; readonly label: string };

const CASE_FIELDS = ['area', 'stratum', 'inspector'];
const none = () => [{ value: '', label: t('reportScreen', 'None') }];

/** The two-way tables an address asks for, when both fields are offered; else none. */
export function twoWayOf(by: string | undefined, choices: readonly Choice[]): TwoWay {
  const spec = by ? parseBreakdownSpec(by) : null;
  if (spec === null || typeof spec === 'string') return null;
  const [rows, columns] = spec;
  const offered = (id: string) => choices.some((c) => c.by === id);
  return offered(rows) && offered(columns) ? [rows, columns] : null;
}

/** The preview's address for a basis and a choice of two-way tables. */
export function previewQuery(completeOnly: boolean, twoWay: TwoWay): string {
  const parts = [
    ...(completeOnly ? [] : ['basis=all']),
    ...(twoWay ? [`by=${twoWay.map(encodeURIComponent).join(',')}`] : []),
  ];
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

function groups(choices: readonly Choice[]): SelectGroup[] {
  const option = (c: Choice) => ({ value: c.by, label: c.label });
  const profile = choices.filter((c) => !CASE_FIELDS.includes(c.by));
  return [
    {
      label: t('reportScreen', 'Case'),
      options: choices.filter((c) => CASE_FIELDS.includes(c.by)).map(option),
    },
    ...(profile.length > 0
      ? [{ label: t('reportScreen', 'Profile'), options: profile.map(option) }]
      : []),
  ];
}

export function TwoWayChoice({
  value,
  choices,
  onApply,
}: {
  value: TwoWay;
  choices: readonly Choice[];
  onApply: (twoWay: TwoWay) => void;
}) {
  const [rows, setRows] = useState(value?.[0] ?? '');
  const [columns, setColumns] = useState(value?.[1] ?? '');
  const [tried, setTried] = useState(false);
  const problem =
    rows !== '' && rows === columns
      ? t('reportScreen', 'Choose two different fields for rows and columns')
      : '';
  return (
    <form
      class="ca-report-preview__two-way"
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (problem) return;
        onApply(rows !== '' && columns !== '' ? [rows, columns] : null);
      }}
    >
      <fieldset class="govuk-fieldset">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
          {t('reportScreen', 'Tables by two fields')}
        </legend>
        <div class="govuk-hint">
          {t(
            'reportScreen',
            'Optional: the report adds a table for each question, a row for each group of one field and a column for each group of the other, every figure with its base.',
          )}
        </div>
        <SelectField
          id="report-two-way-rows"
          label={t('reportScreen', 'Rows by')}
          value={rows}
          options={none()}
          groups={groups(choices)}
          onChange={setRows}
        />
        <SelectField
          id="report-two-way-columns"
          label={t('reportScreen', 'Columns by')}
          value={columns}
          error={(tried && problem) || undefined}
          options={none()}
          groups={groups(choices)}
          onChange={setColumns}
        />
      </fieldset>
      <button type="submit" class="govuk-button govuk-button--secondary">
        {t('reportScreen', 'Show these tables')}
      </button>
    </form>
  );
}
