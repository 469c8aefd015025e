/**
 * A workbook as plain data: sheets of rows of cell values, plus what the file held that a
 * framework cannot be read from (formulas, merged cells, hidden rows). The file itself is read
 * and written by a library in the shell; core maps this model to and from a framework.
 */

/** What one cell holds once read: text, a number, true/false, or nothing. */
export type CellValue = string | number | boolean | null;

/** A cell's place: row and column both counted from 1, as a spreadsheet shows them. */
export type CellPlace = { readonly row: number; readonly column: number };

export type SheetModel = {
  readonly name: string;
  /** rows[0] is row 1 (the headings); a missing cell is null. */
  readonly rows: readonly (readonly CellValue[])[];
  /** Cells that hold a formula: their value is whatever Excel last worked out, not text. */
  readonly formulas?: readonly CellPlace[];
  /** Merged ranges such as "A3:B4": which cell a value belongs to is anyone's guess. */
  readonly merged?: readonly string[];
  /** Rows hidden in Excel: an author editing the sheet cannot see them. */
  readonly hiddenRows?: readonly number[];
  /** Columns hidden in Excel, counted from 1. */
  readonly hiddenColumns?: readonly number[];
};

export type WorkbookModel = { readonly sheets: readonly SheetModel[] };

/** "A" for column 1, "AA" for column 27, as a spreadsheet labels columns. */
export function columnLetter(column: number): string {
  let out = '';
  let n = column;
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "Questions, row 14, column F (scale)": where a problem is, as an author finds it in Excel. */
export function cellPlace(
  sheet: string,
  row?: number,
  column?: { index?: number; name: string },
): string {
  const parts = [sheet];
  if (row !== undefined) parts.push(`row ${row}`);
  if (column) {
    parts.push(
      column.index === undefined
        ? `column ${column.name} (not on the sheet)`
        : `column ${columnLetter(column.index)} (${column.name})`,
    );
  }
  return parts.join(', ');
}
