import type { ComponentChildren } from 'preact';
/** A drawn sample's cells: available, quota, drawn, reserves and shortfall, and the cases. */
import { formatNumber } from '../../components/InspectionFrame/format';
import { t, tx } from '../../i18n/translate';
import type { Draw } from './sampleDraw';

type Cell = Draw['cells'][number];

export function CellsTable({ draw, cellName }: { draw: Draw; cellName: (cell: Cell) => string }) {
  return (
    <table class="govuk-table ca-cells">
      <caption class="govuk-table__caption govuk-table__caption--s">{t('setup', 'Cells')}</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">
            {t('setup', 'Cell')}
          </th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">
            {t('setup', 'Available')}
          </th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">
            {t('setup', 'Quota')}
          </th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">
            {t('setup', 'Drawn')}
          </th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">
            {t('setup', 'Reserves')}
          </th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">
            {t('setup', 'Short by')}
          </th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {draw.cells.map((cell) => (
          <tr
            class={`govuk-table__row${cell.shortfall > 0 ? ' ca-cells__row--short' : ''}`}
            key={cell.label}
          >
            <th scope="row" class="govuk-table__header">
              {cellName(cell)}
            </th>
            <td class="govuk-table__cell govuk-table__cell--numeric">
              {formatNumber(cell.available)}
            </td>
            <td class="govuk-table__cell govuk-table__cell--numeric">{cell.quota}</td>
            <td class="govuk-table__cell govuk-table__cell--numeric">{cell.sample.length}</td>
            <td class="govuk-table__cell govuk-table__cell--numeric">
              {cell.reserves.length}
              {cell.reserveShortfall > 0
                ? t('setup', ' of {reserve}', { reserve: cell.reserve })
                : ''}
            </td>
            <td class="govuk-table__cell govuk-table__cell--numeric">
              {cell.shortfall > 0 ? <strong>{cell.shortfall}</strong> : 0}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CasesDrawn({ draw, cellName }: { draw: Draw; cellName: (cell: Cell) => string }) {
  return (
    <details class="govuk-details">
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">{t('setup', 'The cases drawn')}</span>
      </summary>
      <div class="govuk-details__text">
        <ul class="govuk-list ca-drawn">
          {draw.cells.map((cell) => (
            <li key={cell.label}>
              {tx('setup', '<cell>{name}:</cell> {refs}', {
                cell: (chunks: ComponentChildren) => <strong>{chunks}</strong>,
                name: cellName(cell),
                refs: cell.sample.map((e) => e.ref).join(', ') || t('setup', 'none'),
              })}
              {cell.reserves.length > 0 &&
                ` ${t('setup', '(reserves, in order: {refs})', {
                  refs: cell.reserves.map((e) => e.ref).join(', '),
                })}`}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
