/**
 * A two-way breakdown read as tables (SPEC §4.4): for each scored question, one table whose rows
 * are the groups of the first dimension and whose columns are those of the second, each cell
 * the figure its sentence states with its own base, with row and column totals and the figure
 * over all cases. Every output that shows a two-way breakdown (screen, report, command line)
 * reads it from here, so they agree.
 */
import type { Framework } from '../framework/frameworkSchema';
import { percentHalfUp } from '../statistics/roundHalfUp';
import type {
  BreakdownDimension,
  FindingsCell,
  FindingsResult,
  ItemFinding,
  ProportionFinding,
} from './findingTypes';
import { isSmallBase } from './printedFigure';

/** A figure in a two-way table: `percentRounded` is null when the base is 0. */
export type TwoWayFigure = {
  readonly count: number;
  readonly base: number;
  readonly percentRounded: number | null;
  readonly smallBase: boolean;
};

export type TwoWayGroup = { readonly key: string; readonly label: string; readonly cases: number };

export type TwoWayRow = TwoWayGroup & {
  /** One per column, in column order; null where the cell has no figure. */
  readonly cells: readonly (TwoWayFigure | null)[];
  /** The row over every column; null when a case can fall in several columns. */
  readonly total: TwoWayFigure | null;
};

export type TwoWayTable = {
  readonly itemId: string;
  /** The answers each figure counts, in the scale's words ("No", "Yes or Partly"). */
  readonly answers: string;
  /** Rows first, then columns. */
  readonly dimensions: readonly [BreakdownDimension, BreakdownDimension];
  readonly columns: readonly TwoWayGroup[];
  readonly rows: readonly TwoWayRow[];
  /** Each column over every row; null when a case can fall in several rows. */
  readonly columnTotals: readonly (TwoWayFigure | null)[];
  /** The figure over all cases counted. */
  readonly total: TwoWayFigure;
};

function figure(count: number, base: number): TwoWayFigure {
  return {
    count,
    base,
    percentRounded: base === 0 ? null : percentHalfUp(count, base),
    smallBase: isSmallBase(base),
  };
}

function scored(f: ItemFinding | undefined): f is ProportionFinding {
  return f?.type === 'proportion' && f.counted !== null;
}

function sum(figures: readonly (TwoWayFigure | null)[]): TwoWayFigure {
  let count = 0;
  let base = 0;
  for (const f of figures) {
    count += f?.count ?? 0;
    base += f?.base ?? 0;
  }
  return figure(count, base);
}

/** Whether a result carries a two-way breakdown. */
export function isTwoWay(result: Pick<FindingsResult, 'breakdown'>): boolean {
  return (result.breakdown?.dimensions.length ?? 0) === 2;
}

/** Whether a breakdown by `by` can put one case in several groups (a multichoice profile field). */
function multiple(framework: Pick<Framework, 'profile'>, by: string): boolean {
  return framework.profile.some((p) => p.id === by && p.kind === 'multichoice');
}

/**
 * The two-way tables of a result, one per scored question in framework order; empty without a
 * two-way breakdown. Where a dimension can put one case in several groups, totals along it
 * would count such a case twice, so they are left out.
 */
export function twoWayTables(
  result: Pick<FindingsResult, 'breakdown' | 'questions'>,
  framework: Pick<Framework, 'profile'>,
): TwoWayTable[] {
  const breakdown = result.breakdown;
  if (!breakdown || !isTwoWay(result) || !breakdown.rows || !breakdown.columns) return [];
  const [rowDimension, columnDimension] = breakdown.dimensions as readonly [
    BreakdownDimension,
    BreakdownDimension,
  ];
  const rowsMultiple = multiple(framework, rowDimension.by);
  const columnsMultiple = multiple(framework, columnDimension.by);
  const columns = breakdown.columns;
  // Cells by row key then column key; the engine gives every pair, row-major.
  const cellAt = new Map<string, Map<string, Map<string, ItemFinding>>>();
  for (const cell of breakdown.groups) {
    const [rowKey, columnKey] = twoWayKeys(cell);
    const row = cellAt.get(rowKey) ?? new Map<string, Map<string, ItemFinding>>();
    row.set(columnKey, new Map(cell.questions.map((f) => [f.itemId, f])));
    cellAt.set(rowKey, row);
  }
  return result.questions.filter(scored).map((all) => {
    const rows = breakdown.rows!.map((row) => {
      const cells = columns.map((column) => {
        const f = cellAt.get(row.key)?.get(column.key)?.get(all.itemId);
        return scored(f) ? figure(f.counted!.count, f.counted!.base) : null;
      });
      return { ...row, cells, total: columnsMultiple ? null : sum(cells) };
    });
    return {
      itemId: all.itemId,
      answers: all.counted!.answers,
      dimensions: [rowDimension, columnDimension],
      columns,
      rows,
      columnTotals: columns.map((_, i) =>
        rowsMultiple ? null : sum(rows.map((r) => r.cells[i]!)),
      ),
      total: figure(all.counted!.count, all.counted!.base),
    };
  });
}

/** A two-way cell's row and column keys (`key` is both, joined by a unit separator). */
export function twoWayKeys(cell: FindingsCell): readonly [string, string] {
  if (cell.keys) return cell.keys;
  const at = cell.key.indexOf('\u001f');
  return at < 0 ? [cell.key, ''] : [cell.key.slice(0, at), cell.key.slice(at + 1)];
}

/** A two-way cell's row and column labels. */
export function twoWayLabels(cell: FindingsCell): readonly [string, string] {
  return cell.labels ?? [cell.label, ''];
}
