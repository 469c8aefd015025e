/**
 * A cross-tab as CSV: one row per cell, then each row's and column's total and the grand total,
 * then the cases left out with their reasons — every percentage beside its base. The test of
 * independence is repeated on every row, so the file stays one rectangle that any tool reads.
 *
 * `kind` says what a row is: `cell`, `row_total`, `column_total`, `total`, or `left_out` (its
 * reason in `row_key` or `col_key`, by the side that left the case out; `count` is cases).
 */
import Papa from 'papaparse';
import type { CrossTab } from '../findings/crossTab';
import { isSmallBase } from '../findings/printedFigure';
import { percentHalfUp, roundHalfUp } from '../statistics/roundHalfUp';

export const CROSS_TAB_COLUMNS = [
  'kind',
  'row_variable',
  'row_key',
  'row_label',
  'col_variable',
  'col_key',
  'col_label',
  'count',
  'row_base',
  'row_percent',
  'row_small_base',
  'col_base',
  'col_percent',
  'col_small_base',
  'counted',
  'chi_square',
  'df',
  'p_value',
  'fisher_p_value',
  'expected_under_5',
] as const;

type Row = Partial<Record<(typeof CROSS_TAB_COLUMNS)[number], string | number>>;

const yesNo = (base: number) => (isSmallBase(base) ? 'yes' : 'no');
const percent = (count: number, base: number) => (base === 0 ? '' : percentHalfUp(count, base));

/** The test's columns, the same on every row. */
function testColumns(table: CrossTab): Row {
  const { test } = table;
  if (test.kind === 'none') return {};
  return {
    chi_square: roundHalfUp(test.statistic, 4),
    df: test.df,
    p_value: Number(test.p.toPrecision(4)),
    fisher_p_value: test.fisherP === null ? '' : Number(test.fisherP.toPrecision(4)),
    expected_under_5: test.smallExpected,
  };
}

export function crossTabCsv(table: CrossTab): string {
  const { rows, cols, total } = table;
  const common: Row = {
    row_variable: rows.by,
    col_variable: cols.by,
    counted: table.counted,
    ...testColumns(table),
  };
  const data: Row[] = [];
  rows.categories.forEach((row, i) => {
    cols.categories.forEach((col, j) => {
      const count = table.cells[i]![j]!.count;
      data.push({
        kind: 'cell',
        row_key: row.key,
        row_label: row.label,
        col_key: col.key,
        col_label: col.label,
        count,
        row_base: row.base,
        row_percent: percent(count, row.base),
        row_small_base: yesNo(row.base),
        col_base: col.base,
        col_percent: percent(count, col.base),
        col_small_base: yesNo(col.base),
      });
    });
    data.push({
      kind: 'row_total',
      row_key: row.key,
      row_label: row.label,
      count: row.base,
      col_base: total,
      col_percent: percent(row.base, total),
      col_small_base: yesNo(total),
    });
  });
  for (const col of cols.categories) {
    data.push({
      kind: 'column_total',
      col_key: col.key,
      col_label: col.label,
      count: col.base,
      row_base: total,
      row_percent: percent(col.base, total),
      row_small_base: yesNo(total),
    });
  }
  data.push({ kind: 'total', count: total });
  for (const left of table.leftOut) {
    const side = left.axis === 'rows' ? 'row' : 'col';
    data.push({
      kind: 'left_out',
      [`${side}_key`]: left.reason,
      [`${side}_label`]: left.label,
      count: left.cases,
    });
  }
  const text = Papa.unparse(
    {
      fields: [...CROSS_TAB_COLUMNS],
      data: data.map((row) => CROSS_TAB_COLUMNS.map((c) => ({ ...common, ...row })[c] ?? '')),
    },
    { newline: '\r\n', escapeFormulae: /^[=+\-@\t\r]/ },
  );
  return `${text}\r\n`;
}
