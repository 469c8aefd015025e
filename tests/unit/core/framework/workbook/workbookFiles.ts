/**
 * Real .xlsx bytes for the workbook tests, written and read by the same library the app uses:
 * a framework's workbook, one built cell by cell as an author would, and reading bytes back.
 */
import ExcelJS from 'exceljs';
import {
  type Framework,
  fillFrameworkWorkbook,
  type LibraryReadWorkbook,
  readFrameworkWorkbook,
  type ValidationResult,
} from '../../../../../src/core';

export async function saved(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function workbookOf(framework: Framework): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  fillFrameworkWorkbook(workbook, framework);
  // Written and read again, as a file an author opens would be.
  return openWorkbook(await saved(workbook));
}

export async function openWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // The library's own Buffer type stands for Node's and the browser's bytes alike.
  await workbook.xlsx.load(
    Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0],
  );
  return workbook;
}

export function readBytes(bytes: Uint8Array): Promise<ValidationResult<Framework>> {
  return readFrameworkWorkbook(bytes, (b) => openWorkbook(b) as Promise<LibraryReadWorkbook>);
}

/** The problems of reading a workbook, as "place: message" lines. */
export async function problemsOf(workbook: ExcelJS.Workbook): Promise<string[]> {
  const result = await readBytes(await saved(workbook));
  return result.status === 'ok' ? [] : result.errors.map((e) => `${e.path}: ${e.message}`);
}

/** The sheet of that name; every test workbook has the five sheets. */
export function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** The 1-based column of a heading on a sheet's first row. */
export function columnOf(worksheet: ExcelJS.Worksheet, heading: string): number {
  let found = 0;
  worksheet.getRow(1).eachCell((cell, column) => {
    if (cell.value === heading) found = column;
  });
  if (found === 0) throw new Error(`no column ${heading}`);
  return found;
}

/** Sets one cell, found by its row and column heading. */
export function setCell(
  worksheet: ExcelJS.Worksheet,
  row: number,
  heading: string,
  value: ExcelJS.CellValue,
) {
  worksheet.getCell(row, columnOf(worksheet, heading)).value = value;
}
