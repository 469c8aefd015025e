/**
 * A cross-tab as a table: in each cell the count, then its percentage of the row and of the
 * column, each with its base and the small-base mark; the totals down the right and along the
 * bottom, each with its share of the table.
 */
import type { CrossTab } from '../../../core';
import { crossTabTitle } from '../../../core';
import { currentTranslator, t } from '../../i18n/translate';
import { Figure } from '../Findings/ItemResult';
import { ScrollRegion } from '../Findings/ScrollRegion';

type Percent = { percent: number | null; count: number; base: number };

/** Of the row's base, and of the column's; a total has only the one across the table. */
function Percentages({ row, col }: { row?: Percent; col?: Percent }) {
  return (
    <span class="ca-crosstab__percents">
      {row && (
        <span class="ca-crosstab__percent">
          {t('findings.crosstab', 'Row:')}{' '}
          <Figure percent={row.percent} count={row.count} base={row.base} />
        </span>
      )}
      {col && (
        <span class="ca-crosstab__percent">
          {t('findings.crosstab', 'Column:')}{' '}
          <Figure percent={col.percent} count={col.count} base={col.base} />
        </span>
      )}
    </span>
  );
}

export function CrossTabTable({ table }: { table: CrossTab }) {
  const { rows, cols, cells, total } = table;
  const title = crossTabTitle(table, currentTranslator());
  return (
    <ScrollRegion label={title}>
      <table class="govuk-table ca-crosstab__table">
        <caption class="govuk-table__caption govuk-table__caption--m">{title}</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              {rows.label}{' '}
              <span class="govuk-visually-hidden">{t('findings.crosstab', '(rows)')}</span>
            </th>
            {cols.categories.map((c) => (
              <th scope="col" class="govuk-table__header" key={c.key}>
                {c.label}
              </th>
            ))}
            <th scope="col" class="govuk-table__header">
              {t('findings.crosstab', 'Total')}
            </th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {rows.categories.map((row, i) => (
            <tr class="govuk-table__row" key={row.key}>
              <th scope="row" class="govuk-table__header">
                {row.label}
              </th>
              {cols.categories.map((col, j) => {
                const cell = cells[i]![j]!;
                return (
                  <td class="govuk-table__cell" key={col.key}>
                    <span class="ca-crosstab__count">{cell.count}</span>
                    <Percentages
                      row={{ percent: cell.rowPercent, count: cell.count, base: row.base }}
                      col={{ percent: cell.colPercent, count: cell.count, base: col.base }}
                    />
                  </td>
                );
              })}
              <td class="govuk-table__cell">
                <span class="ca-crosstab__count">{row.base}</span>
                <Percentages col={{ percent: row.share, count: row.base, base: total }} />
              </td>
            </tr>
          ))}
          <tr class="govuk-table__row ca-crosstab__totals">
            <th scope="row" class="govuk-table__header">
              {t('findings.crosstab', 'Total')}
            </th>

            {cols.categories.map((col) => (
              <td class="govuk-table__cell" key={col.key}>
                <span class="ca-crosstab__count">{col.base}</span>
                <Percentages row={{ percent: col.share, count: col.base, base: total }} />
              </td>
            ))}
            <td class="govuk-table__cell">
              <span class="ca-crosstab__count">{total}</span>
            </td>
          </tr>
        </tbody>
      </table>
    </ScrollRegion>
  );
}
