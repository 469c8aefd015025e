/**
 * Between a spreadsheet library's workbook object and the sheet model: what was read into
 * plain cells (noting formulas, merged cells and hidden rows), and the sheets written out with
 * bold headings, a frozen heading row and readable widths. The library is passed in: the shell
 * loads it with `import()` only when a workbook is read or written. The types below are the
 * few members used, so core depends on no library.
 */
import type { CellPlace, CellValue, SheetModel, WorkbookModel } from './sheetModel';

export type LibraryCell = {
  readonly value: unknown;
  readonly isMerged: boolean;
  readonly address: string;
  readonly master: { readonly address: string };
};
export type LibraryRow = {
  readonly hidden: boolean;
  eachCell(
    options: { includeEmpty: boolean },
    visit: (cell: LibraryCell, column: number) => void,
  ): void;
};
export type LibraryReadSheet = {
  readonly name: string;
  getColumn(column: number): { readonly hidden: boolean };
  eachRow(
    options: { includeEmpty: boolean },
    visit: (row: LibraryRow, rowNumber: number) => void,
  ): void;
};
export type LibraryReadWorkbook = { readonly worksheets: readonly LibraryReadSheet[] };

export type LibraryWriteSheet = {
  addRow(values: CellValue[]): unknown;
  getRow(row: number): { font: unknown };
  getColumn(column: number): { width?: number; alignment?: unknown };
};
export type LibraryWriteWorkbook = {
  addWorksheet(
    name: string,
    options: { views: { state: 'frozen'; ySplit: number }[] },
  ): LibraryWriteSheet;
};

type Read = { value: CellValue; formula: boolean };

function objectCell(value: object): Read {
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    return { value: plainCell(result).value, formula: true };
  }
  if ('richText' in value && Array.isArray(value.richText)) {
    return {
      value: value.richText.map((part: { text?: string }) => part.text ?? '').join(''),
      formula: false,
    };
  }
  if ('text' in value) return { value: String(value.text), formula: false };
  if ('error' in value) return { value: String(value.error), formula: false };
  return { value: JSON.stringify(value), formula: false };
}

function plainCell(value: unknown): Read {
  if (value === null || value === undefined) return { value: null, formula: false };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return { value, formula: false };
  }
  if (value instanceof Date) return { value: value.toISOString().slice(0, 10), formula: false };
  return typeof value === 'object' ? objectCell(value) : { value: String(value), formula: false };
}

function readSheet(sheet: LibraryReadSheet): SheetModel {
  const rows: CellValue[][] = [];
  const formulas: CellPlace[] = [];
  const hiddenRows: number[] = [];
  const merges = new Map<string, string>();
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (row.hidden) hiddenRows.push(rowNumber);
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (cell.isMerged) merges.set(cell.master.address, cell.address);
      const read = plainCell(cell.value);
      if (read.formula) formulas.push({ row: rowNumber, column });
      cells[column - 1] = read.value;
    });
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? null);
  });
  const width = Math.max(0, ...rows.map((r) => r?.length ?? 0));
  const hiddenColumns = Array.from({ length: width }, (_, i) => i + 1).filter(
    (column) => sheet.getColumn(column).hidden,
  );
  return {
    name: sheet.name,
    rows: Array.from(rows, (r) => r ?? []),
    formulas,
    hiddenRows,
    hiddenColumns,
    merged: [...merges].filter(([from, to]) => from !== to).map(([from, to]) => `${from}:${to}`),
  };
}

/** Every sheet of a workbook the library has read, as plain cells. */
export function sheetsFromWorkbook(workbook: LibraryReadWorkbook): WorkbookModel {
  return { sheets: workbook.worksheets.map(readSheet) };
}

/** Wide enough for a column's longest line, within reason; long text wraps. */
function columnWidth(rows: readonly (readonly CellValue[])[], column: number): number {
  let longest = 6;
  for (const row of rows) {
    const value = row[column];
    if (value === null || value === undefined) continue;
    for (const line of String(value).split('\n')) longest = Math.max(longest, line.length);
  }
  return Math.min(longest + 2, 60);
}

/** Adds the model's sheets to a new workbook of the library, ready to be saved. */
export function fillWorkbook(workbook: LibraryWriteWorkbook, model: WorkbookModel) {
  for (const sheetModel of model.sheets) {
    const sheet = workbook.addWorksheet(sheetModel.name, {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    for (const row of sheetModel.rows) sheet.addRow([...row]);
    sheet.getRow(1).font = { bold: true };
    (sheetModel.rows[0] ?? []).forEach((_, i) => {
      const column = sheet.getColumn(i + 1);
      column.width = columnWidth(sheetModel.rows, i);
      column.alignment = { wrapText: true, vertical: 'top' };
    });
  }
}
