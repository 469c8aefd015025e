/**
 * A framework to and from an .xlsx workbook, with the spreadsheet library passed in by the
 * shell. Reading sniffs the bytes first, lets the library open them, then reads and checks the
 * sheets (sheetsToFramework.ts); a file the library cannot open is a problem named in words,
 * never an exception.
 */
import { wholeFile } from '../../validation/cappedErrors';
import { invalid, type ValidationResult } from '../../validation/validationResult';
import type { Framework } from '../frameworkSchema';
import { frameworkToSheets } from './frameworkToSheets';
import { sheetsToFramework } from './sheetsToFramework';
import { workbookBytesProblem } from './workbookBytes';
import {
  fillWorkbook,
  type LibraryReadWorkbook,
  type LibraryWriteWorkbook,
  sheetsFromWorkbook,
} from './workbookObject';

export async function readFrameworkWorkbook(
  bytes: Uint8Array,
  open: (bytes: Uint8Array) => Promise<LibraryReadWorkbook>,
): Promise<ValidationResult<Framework>> {
  const problem = workbookBytesProblem(bytes);
  if (problem) return invalid([wholeFile(problem)]);
  let workbook: LibraryReadWorkbook;
  try {
    workbook = await open(bytes);
  } catch {
    return invalid([
      wholeFile('could not be opened as an Excel workbook (.xlsx): it may be damaged or protected'),
    ]);
  }
  return sheetsToFramework(sheetsFromWorkbook(workbook));
}

/** Lays the framework out in a new, empty workbook of the library, ready to be saved. */
export function fillFrameworkWorkbook(workbook: LibraryWriteWorkbook, framework: Framework) {
  fillWorkbook(workbook, frameworkToSheets(framework));
}
