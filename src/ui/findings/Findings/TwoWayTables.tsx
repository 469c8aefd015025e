/**
 * A standard's questions broken down two ways (area and stratum): a table per scored question,
 * a row per group of the first dimension and a column per group of the second, each cell the
 * figure with its own base and the small-base mark, with the row and column totals and the
 * figure over all cases.
 */
import type { FrameworkIndex, ItemFinding, TwoWayFigure, TwoWayTable } from '../../../core';
import { t } from '../../i18n/translate';
import { dimensionName, smallBaseKey } from './figures';
import { casesHref } from './findingsLinks';
import type { FindingsModel } from './findingsModel';
import { Figure } from './ItemResult';
import { ScrollRegion } from './ScrollRegion';

function casesCount(count: number): string {
  return t('findings', '{count, plural, one {# case} other {# cases}}', { count });
}

/** Where the cases behind a figure are listed, and what the link says to a screen reader. */

type Behind = { readonly href: string; readonly about: string };

/** A figure with its base, linking to the cases behind it; "–" where no case applies. */
function Cell({ figure, behind }: { figure: TwoWayFigure | null; behind: Behind }) {
  if (figure === null || figure.base === 0) {
    return (
      <>
        <span aria-hidden="true">–</span>
        <span class="govuk-visually-hidden"> {t('findings', 'no applicable cases')}</span>
      </>
    );
  }
  return (
    <a class="govuk-link" href={behind.href}>
      <Figure percent={figure.percentRounded} count={figure.count} base={figure.base} />
      <span class="govuk-visually-hidden">
        {` – ${t('findings', 'which cases? {about}', { about: behind.about })}`}
      </span>
    </a>
  );
}

/** Where a dimension cannot total (a case in several groups), the total cell says so. */
function Total({ figure, behind }: { figure: TwoWayFigure | null; behind: Behind }) {
  if (figure === null) {
    return (
      <>
        <span aria-hidden="true">–</span>
        <span class="govuk-visually-hidden">
          {' '}
          {t('findings', 'not totalled: a case can be in several groups')}
        </span>
      </>
    );
  }
  return <Cell figure={figure} behind={behind} />;
}

function hasSmall(table: TwoWayTable): boolean {
  return (
    table.total.smallBase ||
    table.columnTotals.some((f) => f?.smallBase) ||
    table.rows.some((r) => r.total?.smallBase || r.cells.some((f) => f?.smallBase))
  );
}

export function TwoWayQuestionTable({
  table,
  text,
  inspectionId,
  completeOnly,
}: {
  table: TwoWayTable;
  text: string;
  inspectionId: string;
  completeOnly: boolean;
}) {
  const [rowDimension, columnDimension] = table.dimensions;
  const rows = { by: rowDimension.by, label: dimensionName(rowDimension) };
  const columns = { by: columnDimension.by, label: dimensionName(columnDimension) };
  const rowsBy = rows.label.toLowerCase();
  const columnsBy = columns.label.toLowerCase();
  // A cell's cases are those of its row and column; a total's, those of its row or column.
  const behind = (about: string, group: { by: string; key: string } | null): Behind => ({
    href: casesHref(inspectionId, table.itemId, completeOnly, group),
    about: `${table.itemId}, ${about}`,
  });
  return (
    <ScrollRegion
      label={t('findings', '{question} by {rows} and {columns}', {
        question: text,
        rows: rowsBy,
        columns: columnsBy,
      })}
    >
      <table class="govuk-table ca-findings__crosstab ca-findings__two-way">
        <caption class="govuk-table__caption govuk-table__caption--s">
          {text} <span class="ca-findings__id">{table.itemId}</span>
          <span class="ca-findings__counted">
            {t(
              'findings',
              'Counted: {answers}, % (cases/base), by {rows} (rows) and {columns} (columns)',
              { answers: table.answers, rows: rowsBy, columns: columnsBy },
            )}
          </span>
        </caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              {rows.label}
              <span class="govuk-visually-hidden">
                {' '}
                {t('findings', '(rows); {columns} (columns)', { columns: columns.label })}
              </span>
            </th>
            {table.columns.map((c) => (
              <th scope="col" class="govuk-table__header" key={c.key}>
                {c.label}
                <span class="ca-findings__n">{casesCount(c.cases)}</span>
              </th>
            ))}
            <th scope="col" class="govuk-table__header">
              {t('findings', 'All')}
              <span class="govuk-visually-hidden">
                {' '}
                {t('findings', '{dimension} groups', { dimension: columnsBy })}
              </span>
            </th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {table.rows.map((r) => (
            <tr class="govuk-table__row" key={r.key}>
              <th scope="row" class="govuk-table__header">
                {r.label}
                <span class="ca-findings__n">{casesCount(r.cases)}</span>
              </th>
              {r.cells.map((figure, i) => {
                const column = table.columns[i]!;
                return (
                  <td class="govuk-table__cell" key={column.key}>
                    <Cell
                      figure={figure}
                      behind={behind(`${r.label}, ${column.label}`, {
                        by: `${rows.by},${columns.by}`,
                        key: `${r.key}\u001f${column.key}`,
                      })}
                    />
                  </td>
                );
              })}
              <td class="govuk-table__cell">
                <Total figure={r.total} behind={behind(r.label, { by: rows.by, key: r.key })} />
              </td>
            </tr>
          ))}
          <tr class="govuk-table__row ca-findings__total-row">
            <th scope="row" class="govuk-table__header">
              {t('findings', 'All')}
              <span class="govuk-visually-hidden">
                {' '}
                {t('findings', '{dimension} groups', { dimension: rowsBy })}
              </span>
            </th>
            {table.columnTotals.map((figure, i) => {
              const column = table.columns[i]!;
              return (
                <td class="govuk-table__cell" key={column.key}>
                  <Total
                    figure={figure}
                    behind={behind(column.label, { by: columns.by, key: column.key })}
                  />
                </td>
              );
            })}
            <td class="govuk-table__cell">
              <Cell figure={table.total} behind={behind(t('findings', 'All cases'), null)} />
            </td>
          </tr>
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** Every scored question of a standard as a two-way table; nothing when none is scored. */
export function TwoWayTables({
  model,
  index,
  findings,
  title,
  inspectionId,
  completeOnly,
}: {
  model: FindingsModel;
  index: FrameworkIndex;
  findings: readonly ItemFinding[];
  title: string;
  inspectionId: string;
  completeOnly: boolean;
}) {
  const tables = findings.flatMap((f) => {
    const table = model.twoWay.get(f.itemId);
    return table ? [table] : [];
  });
  if (tables.length === 0) return null;
  const [rows, columns] = tables[0]!.dimensions;
  return (
    <div class="ca-findings__two-ways">
      <h4 class="govuk-heading-s">
        {t('findings', '{question} by {rows} and {columns}', {
          question: title,
          rows: dimensionName(rows).toLowerCase(),
          columns: dimensionName(columns).toLowerCase(),
        })}
      </h4>
      {tables.map((table) => (
        <TwoWayQuestionTable
          key={table.itemId}
          table={table}
          text={index.itemById.get(table.itemId)?.item.text ?? table.itemId}
          inspectionId={inspectionId}
          completeOnly={completeOnly}
        />
      ))}
      {tables.some(hasSmall) && <p class="govuk-body-s">{smallBaseKey()}</p>}
    </div>
  );
}
