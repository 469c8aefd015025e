/**
 * The spreadsheet library (exceljs), loaded only by the commands that read or write a
 * workbook, and the two things they ask of it: open bytes, and save a framework's workbook.
 */
import type ExcelJS from 'exceljs';
import { type Framework, fillFrameworkWorkbook, type LibraryReadWorkbook } from '../core';

async function library(): Promise<typeof ExcelJS> {
  const module = await import('exceljs');
  // A CommonJS package: its exports arrive as the default export.
  return (module as { default?: typeof ExcelJS }).default ?? module;
}

export async function openWorkbook(bytes: Uint8Array): Promise<LibraryReadWorkbook> {
  const workbook = new (await library()).Workbook();
  // The library's own Buffer type stands for Node's and the browser's bytes alike.
  await workbook.xlsx.load(
    Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0],
  );
  return workbook;
}

export async function workbookBytes(framework: Framework): Promise<Uint8Array> {
  const workbook = new (await library()).Workbook();
  fillFrameworkWorkbook(workbook, framework);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
