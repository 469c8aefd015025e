/**
 * The first rows of a case list as they will be imported: only the columns kept, under the
 * names they are mapped to, with formula-like cells marked.
 */
import type { CaseListContext } from './caseListContext';
import { type ColumnMapping, type ColumnTarget, describeColumnTarget } from './columnMapping';
import { isFormulaLike } from './formulaCells';
import type { CsvTable } from './parseCsvTable';

export type PreviewColumn = {
  readonly heading: string;
  readonly target: ColumnTarget;
  /** What the column becomes: "Case reference", "Area", a profile field's wording. */
  readonly label: string;
};

export type PreviewCell = {
  readonly value: string;
  /** Starts like a spreadsheet formula: shown with a warning, stored as text. */
  readonly formulaLike: boolean;
};

export type CaseListPreview = {
  /** Kept columns, in the order of the file. */
  readonly columns: readonly PreviewColumn[];
  readonly rows: readonly { readonly rowNumber: number; readonly cells: readonly PreviewCell[] }[];
  /** Headings of the columns that will not be imported. */
  readonly dropped: readonly string[];
  /** Rows in the whole file, for "showing 10 of 1,234". */
  readonly totalRows: number;
};

export function previewCaseList(
  table: CsvTable,
  mapping: ColumnMapping,
  context: Pick<CaseListContext, 'framework'>,
  count = 10,
): CaseListPreview {
  const columns: (PreviewColumn & { index: number })[] = [];
  const dropped: string[] = [];
  table.headings.forEach((heading, index) => {
    if (heading === '') return;
    const target = mapping[heading] ?? { kind: 'ignore' };
    if (target.kind === 'ignore') dropped.push(heading);
    else {
      columns.push({
        heading,
        target,
        label: describeColumnTarget(target, context.framework),
        index,
      });
    }
  });
  return {
    columns: columns.map(({ index: _, ...column }) => column),
    rows: table.rows.slice(0, Math.max(0, count)).map((row) => ({
      rowNumber: row.rowNumber,
      cells: columns.map(({ index }) => {
        const value = row.cells[index] ?? '';
        return { value, formulaLike: isFormulaLike(value) };
      }),
    })),
    dropped,
    totalRows: table.rows.length,
  };
}
