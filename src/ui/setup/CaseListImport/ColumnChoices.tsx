import {
  type CaseListPreview,
  type ColumnMapping,
  type ColumnTargetChoice,
  columnTargetFromKey,
  columnTargetKey,
} from '../../../core';
import type { CaseListFile } from '../../../workers/caseListService';
import { t } from '../../i18n/translate';

/** The select's id for a column, so an error summary can link to it. */
export function columnFieldId(index: number): string {
  return `column-${index}`;
}

/** One select per column of the file: what the column is, or "do not import". */
export function ColumnChoices({
  file,
  mapping,
  choices,
  error,
  onChange,
}: {
  file: CaseListFile;
  mapping: ColumnMapping;
  choices: readonly ColumnTargetChoice[];
  error: string | undefined;
  onChange: (mapping: ColumnMapping) => void;
}) {
  const headings = file.headings.filter((h) => h !== '');
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset class="govuk-fieldset" aria-describedby="columns-hint">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">
          {t('setup', 'What is in each column?')}
        </legend>
        <div id="columns-hint" class="govuk-hint">
          {choices.some((c) => c.target.kind === 'stratum')
            ? t(
                'setup',
                'Choose the column with the case reference and the one naming the area (and the stratum, if any). Profile columns fill in the case profile. Anything else, and anything that identifies a person, should not be imported.',
              )
            : t(
                'setup',
                'Choose the column with the case reference and the one naming the area. Profile columns fill in the case profile. Anything else, and anything that identifies a person, should not be imported.',
              )}
        </div>
        {error && (
          <p id="columns-error" class="govuk-error-message">
            <span class="govuk-visually-hidden">{t('setup', 'Error:')}</span> {error}
          </p>
        )}
        <table class="govuk-table ca-columns">
          <caption class="govuk-visually-hidden">
            {t('setup', 'Columns of {fileName}', { fileName: file.fileName })}
          </caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header ca-columns__col-heading">
                {t('setup', 'Column in the file')}
              </th>
              <th scope="col" class="govuk-table__header ca-columns__col-examples">
                {t('setup', 'First values')}
              </th>
              <th scope="col" class="govuk-table__header">
                {t('setup', 'Import as')}
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {headings.map((heading, i) => {
              const id = columnFieldId(i);
              const value = columnTargetKey(mapping[heading] ?? { kind: 'ignore' });
              return (
                <tr class="govuk-table__row" key={heading}>
                  <th scope="row" class="govuk-table__header ca-columns__heading">
                    {heading}
                  </th>
                  <td class="govuk-table__cell ca-columns__examples">
                    {(file.examples[heading] ?? []).join(', ') || t('setup', '(empty)')}
                  </td>
                  <td class="govuk-table__cell">
                    <label class="govuk-label govuk-visually-hidden" for={id}>
                      {t('setup', 'Import column “{heading}” as', { heading })}
                    </label>
                    <select
                      class="govuk-select ca-columns__select"
                      id={id}
                      value={value}
                      onChange={(event) =>
                        onChange({
                          ...mapping,
                          [heading]: columnTargetFromKey((event.target as HTMLSelectElement).value),
                        })
                      }
                    >
                      {choices.map((choice) => (
                        <option key={choice.key} value={choice.key} selected={choice.key === value}>
                          {choice.label}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </fieldset>
    </div>
  );
}

/** The first rows as they will be imported: kept columns only, formula-like cells marked. */
export function PreviewTable({ preview }: { preview: CaseListPreview | null }) {
  if (!preview) return null;
  if (preview.columns.length === 0) {
    return (
      <p class="govuk-body">
        {t('setup', 'No column is chosen for import yet, so there is nothing to preview.')}
      </p>
    );
  }
  return (
    <div class="ca-preview">
      <table class="govuk-table govuk-table--small-text-until-tablet">
        <caption class="govuk-table__caption govuk-table__caption--m">
          {t('setup', 'Preview: the first {shown} of {total} rows as they will be imported', {
            shown: preview.rows.length,
            total: preview.totalRows.toLocaleString('en-GB'),
          })}
        </caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              {t('setup', 'Row')}
            </th>
            {preview.columns.map((column) => (
              <th scope="col" class="govuk-table__header" key={column.heading}>
                {column.label}
                {column.label !== column.heading && (
                  <span class="ca-preview__from">
                    {' '}
                    {t('setup', '(from “{heading}”)', { heading: column.heading })}
                  </span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {preview.rows.map((row) => (
            <tr class="govuk-table__row" key={row.rowNumber}>
              <td class="govuk-table__cell">{row.rowNumber}</td>
              {row.cells.map((cell, i) => (
                <td class="govuk-table__cell" key={preview.columns[i]?.heading}>
                  {cell.value}
                  {cell.formulaLike && (
                    <strong class="govuk-tag govuk-tag--orange ca-preview__tag">
                      {t('setup', 'Looks like a formula')}
                    </strong>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {preview.dropped.length > 0 && (
        <p class="govuk-body-s">
          {t('setup', 'Not imported: {columns}.', {
            columns: preview.dropped.map((h) => t('setup', '“{column}”', { column: h })).join(', '),
          })}
        </p>
      )}
    </div>
  );
}
