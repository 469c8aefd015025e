/** A drawn sample's cells: available, quota, drawn, reserves and shortfall, and the cases. */
import { formatNumber } from '../../components/InspectionFrame/format';
import type { Draw } from './sampleDraw';

type Cell = Draw['cells'][number];

export function CellsTable({ draw, cellName }: { draw: Draw; cellName: (cell: Cell) => string }) {
  return (
    <table class="govuk-table ca-cells">
      <caption class="govuk-table__caption govuk-table__caption--s">Cells</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">
            Cell
          </th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">
            Available
          </th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">
            Quota
          </th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">
            Drawn
          </th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">
            Reserves
          </th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">
            Short by
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
              {cell.reserveShortfall > 0 ? ` of ${cell.reserve}` : ''}
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
        <span class="govuk-details__summary-text">The cases drawn</span>
      </summary>
      <div class="govuk-details__text">
        <ul class="govuk-list ca-drawn">
          {draw.cells.map((cell) => (
            <li key={cell.label}>
              <strong>{cellName(cell)}:</strong>{' '}
              {cell.sample.map((e) => e.ref).join(', ') || 'none'}
              {cell.reserves.length > 0 && (
                <> (reserves, in order: {cell.reserves.map((e) => e.ref).join(', ')})</>
              )}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
