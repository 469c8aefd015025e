/**
 * The spreadsheet library (exceljs, about 250 KB compressed), loaded with `import()` only when
 * a framework workbook is read or written, never with the first screen. The two things the
 * framework screens ask of it: open a workbook's bytes, and make a framework's workbook.
 */
import type ExcelJS from 'exceljs';
import { type Framework, fillFrameworkWorkbook, type LibraryReadWorkbook } from '../../core';

let loading: Promise<typeof ExcelJS> | null = null;

/** Loads the library once; later calls share the first. */
export function loadSpreadsheetLibrary(): Promise<typeof ExcelJS> {
  loading ??= import('exceljs').then(
    // A CommonJS package: its exports arrive as the default export.
    (module) => (module as { default?: typeof ExcelJS }).default ?? module,
  );
  return loading;
}

const library = loadSpreadsheetLibrary;

export async function openWorkbook(bytes: Uint8Array): Promise<LibraryReadWorkbook> {
  const workbook = new (await library()).Workbook();
  // The library's Buffer type stands for any bytes in the browser.
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

export async function frameworkWorkbookBytes(framework: Framework): Promise<ArrayBuffer> {
  const workbook = new (await library()).Workbook();
  fillFrameworkWorkbook(workbook, framework);
  return (await workbook.xlsx.writeBuffer()) as unknown as ArrayBuffer;
}
