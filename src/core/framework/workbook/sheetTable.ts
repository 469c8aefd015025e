/**
 * One sheet of a framework workbook read against its layout: which column holds what (found by
 * heading, in any order), its data rows, and cell readers that turn a cell into a field's value
 * or a problem named by sheet, row and column.
 */
import type { ValidationError } from '../../validation/validationResult';
import { type CellValue, cellPlace, columnLetter, type SheetModel } from './sheetModel';
import { NO, type SheetLayout, YES } from './workbookLayout';

/** A row of data: its number as Excel shows it, and its cells. */
export type DataRow = { readonly row: number; readonly cells: readonly CellValue[] };

const NUMBER_TEXT = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function isBlank(value: CellValue | undefined): boolean {
  return (
    value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
  );
}

function headingOf(value: CellValue | undefined): string {
  return isBlank(value) ? '' : String(value).trim().toLowerCase().replace(/\s+/g, ' ');
}

export class SheetTable {
  /** Column name → 1-based column index, for the columns the sheet has. */
  readonly columns = new Map<string, number>();
  /** Whether every required column is there: without one, the sheet is not read further. */
  readonly complete: boolean;

  constructor(
    readonly layout: SheetLayout,
    private readonly sheet: SheetModel,
    private readonly problems: ValidationError[],
  ) {
    const known = new Set(layout.columns.map((c) => c.name));
    (sheet.rows[0] ?? []).forEach((value, i) => {
      const name = headingOf(value);
      if (name === '') return;
      const place = cellPlace(layout.sheet, 1, { index: i + 1, name: String(value).trim() });
      if (!known.has(name)) {
        const names = layout.columns.map((c) => c.name).join(', ');
        this.problem(place, `is not a column of this sheet (its columns are: ${names})`);
      } else if (this.columns.has(name)) {
        this.problem(place, `the column "${name}" is there twice`);
      } else this.columns.set(name, i + 1);
    });
    const missing = layout.columns.filter((c) => c.required && !this.columns.has(c.name));
    for (const column of missing) {
      this.problem(cellPlace(layout.sheet, 1), `the column "${column.name}" is missing`);
    }
    this.complete = missing.length === 0;
    this.unheadedCells();
  }

  /** A value under no heading would be lost without a word: each is named instead. */
  private unheadedCells() {
    const headings = this.sheet.rows[0] ?? [];
    this.sheet.rows.forEach((cells, i) => {
      cells.forEach((value, j) => {
        if (i > 0 && !isBlank(value) && headingOf(headings[j]) === '') {
          this.problem(
            `${this.layout.sheet}, row ${i + 1}, column ${columnLetter(j + 1)}`,
            'holds a value, but its column has no heading: add the heading or clear the cell',
          );
        }
      });
    });
  }

  problem(path: string, message: string) {
    this.problems.push({ path, message });
  }

  /** "Questions, row 14, column F (scale)". */
  place(row?: number, column?: string): string {
    if (column === undefined) return cellPlace(this.layout.sheet, row);
    return cellPlace(this.layout.sheet, row, { index: this.columns.get(column), name: column });
  }

  /** Rows under the headings with anything in them; blank rows are left out. */
  dataRows(): DataRow[] {
    const rows: DataRow[] = [];
    this.sheet.rows.forEach((cells, i) => {
      if (i > 0 && cells.some((c) => !isBlank(c))) rows.push({ row: i + 1, cells });
    });
    return rows;
  }

  private raw(row: DataRow, column: string): CellValue {
    const index = this.columns.get(column);
    return index === undefined ? null : (row.cells[index - 1] ?? null);
  }

  /** Text exactly as typed (never trimmed); undefined when the cell is empty. */
  text(row: DataRow, column: string): string | undefined {
    const value = this.raw(row, column);
    if (value === null || value === '') return undefined;
    return typeof value === 'boolean' ? (value ? 'TRUE' : 'FALSE') : String(value);
  }

  /** An id, a code or a choice: surrounding spaces dropped, as they can never belong to one. */
  word(row: DataRow, column: string): string | undefined {
    const value = this.text(row, column)?.trim();
    return value === '' ? undefined : value;
  }

  /** One entry per line; empty lines are dropped. */
  lines(row: DataRow, column: string): string[] | undefined {
    const value = this.text(row, column);
    return value === undefined ? undefined : value.split(/\r?\n/).filter((l) => l.trim() !== '');
  }

  number(row: DataRow, column: string): number | undefined {
    const value = this.raw(row, column);
    if (isBlank(value)) return undefined;
    if (typeof value === 'number') return value;
    const text = String(value).trim();
    if (NUMBER_TEXT.test(text)) return Number(text);
    this.problem(this.place(row.row, column), `must be a number, found "${text}"`);
    return undefined;
  }

  /** yes / no (or Excel's TRUE / FALSE); an empty cell leaves the field out. */
  yesNo(row: DataRow, column: string): boolean | undefined {
    const value = this.raw(row, column);
    if (isBlank(value)) return undefined;
    if (typeof value === 'boolean') return value;
    const text = String(value).trim().toLowerCase();
    if (text === YES || text === 'true') return true;
    if (text === NO || text === 'false') return false;
    this.problem(this.place(row.row, column), `must be ${YES} or ${NO}, found "${String(value)}"`);
    return undefined;
  }
}
