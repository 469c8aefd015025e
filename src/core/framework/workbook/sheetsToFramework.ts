/**
 * Reads a framework from a workbook's sheets. Problems of the workbook itself (a missing sheet
 * or column, formulas, merged cells, hidden rows, a cell that is not what its column holds, a
 * rule that cannot be read) are named by sheet, row and column; then the framework is checked
 * by the same schema and checks as a JSON file, and each of those problems is moved from its
 * JSON path to the cell it came from. Nothing is half-read: a framework, or every problem.
 */
import { plural } from '../../phrasing/plural';
import { cappedErrors } from '../../validation/cappedErrors';
import {
  invalid,
  type ValidationError,
  type ValidationResult,
} from '../../validation/validationResult';
import type { Framework } from '../frameworkSchema';
import { checkFrameworkValue } from '../loadFramework';
import { readFrameworkSheet } from './readFrameworkSheet';
import { type QuestionsRead, readQuestionsSheet } from './readQuestionsSheet';
import { readListsSheet, readRatingsSheet } from './readRatingsAndLists';
import { readScalesSheet } from './readScalesSheet';
import { parseRuleExpression } from './ruleExpression';
import { cellPlace, type SheetModel, type WorkbookModel } from './sheetModel';
import { SheetTable } from './sheetTable';
import {
  LAYOUTS,
  SHEET,
  SHEET_NAMES,
  type SheetName,
  WELSH_LAYOUT,
  WELSH_SHEET,
} from './workbookLayout';
import { WorkbookOrigins } from './workbookOrigins';

/** Far more rows than any framework needs (100 sections of 200 standards aside): a guard. */
export const WORKBOOK_MAX_ROWS = 20_000;

function sheetNamed(workbook: WorkbookModel, name: SheetName): SheetModel | undefined {
  return workbook.sheets.find((s) => s.name.trim().toLowerCase() === name.toLowerCase());
}

function headingAt(sheet: SheetModel, column: number): string {
  const value = sheet.rows[0]?.[column - 1];
  return value === null || value === undefined ? '' : String(value).trim();
}

/** What the file holds that a framework cannot be read from: formulas, merges, hidden rows and columns. */
function fileProblems(sheet: SheetModel, problems: ValidationError[]) {
  for (const { row, column } of sheet.formulas ?? []) {
    problems.push({
      path: cellPlace(sheet.name, row, { index: column, name: headingAt(sheet, column) || '?' }),
      message:
        'holds a formula: a framework is read from what is typed in a cell, so replace the formula with its value',
    });
  }
  for (const range of sheet.merged ?? []) {
    problems.push({
      path: `${sheet.name}, cells ${range}`,
      message: 'are merged: unmerge them so that each value is in a cell of its own',
    });
  }
  for (const row of sheet.hiddenRows ?? []) {
    problems.push({
      path: cellPlace(sheet.name, row),
      message:
        'is hidden: unhide it (or delete it), so that nothing in the framework is out of sight',
    });
  }
  for (const column of sheet.hiddenColumns ?? []) {
    problems.push({
      path: cellPlace(sheet.name, undefined, {
        index: column,
        name: headingAt(sheet, column) || '?',
      }),
      message: 'is hidden: unhide it, so that nothing in the framework is out of sight',
    });
  }
}

/** Each sheet read against its layout, or null when one is missing or far too long. */
function readTables(workbook: WorkbookModel, problems: ValidationError[]) {
  const tables = new Map<SheetName, SheetTable>();
  let usable = true;
  for (const layout of LAYOUTS) {
    const sheet = sheetNamed(workbook, layout.sheet);
    if (!sheet) {
      problems.push({
        path: layout.sheet,
        message: `the sheet is missing: a framework workbook has the sheets ${SHEET_NAMES.join(', ')}`,
      });
      usable = false;
      continue;
    }
    if (sheet.rows.length > WORKBOOK_MAX_ROWS) {
      problems.push({
        path: layout.sheet,
        message: `has ${plural(sheet.rows.length, 'row')}; a framework workbook's sheet can have at most ${WORKBOOK_MAX_ROWS.toLocaleString('en-GB')}`,
      });
      usable = false;
      continue;
    }
    fileProblems(sheet, problems);
    const table = new SheetTable(layout, sheet, problems);
    if (!table.complete) usable = false;
    tables.set(layout.sheet, table);
  }
  return usable ? tables : null;
}

/** Rules are read once every item is known: an id names the question or profile field it is. */
function readRules(read: QuestionsRead, table: SheetTable) {
  for (const { target, row, text } of read.rules) {
    const parsed = parseRuleExpression(text, (id) => read.items.get(id));
    if (parsed.status === 'ok') target.showWhen = parsed.condition;
    else
      for (const problem of parsed.problems) table.problem(table.place(row.row, 'rule'), problem);
  }
}

/** The Welsh sheet's texts by path, or undefined when there is no Welsh sheet or no Welsh. */
function readWelshSheet(workbook: WorkbookModel, problems: ValidationError[]) {
  const found = sheetNamed(workbook, WELSH_SHEET);
  if (!found) return undefined;
  fileProblems(found, problems);
  const table = new SheetTable(WELSH_LAYOUT, found, problems);
  if (!table.complete) return undefined;
  const cy: Record<string, string> = {};
  for (const row of table.dataRows()) {
    const path = table.word(row, 'path');
    const welsh = table.text(row, 'welsh');
    if (path === undefined || welsh === undefined) continue;
    if (cy[path] !== undefined) {
      table.problem(table.place(row.row, 'path'), 'is given twice: keep one row for each text');
    } else cy[path] = welsh;
  }
  return Object.keys(cy).length > 0 ? { cy } : undefined;
}

export function sheetsToFramework(workbook: WorkbookModel): ValidationResult<Framework> {
  const problems: ValidationError[] = [];
  const tables = readTables(workbook, problems);
  if (!tables) return invalid(cappedErrors(problems));
  const table = (name: SheetName) => tables.get(name)!;
  const origins = new WorkbookOrigins();
  origins.add('sections', { table: table(SHEET.questions) });
  origins.add('profile', { table: table(SHEET.questions) });
  origins.add('scales', { table: table(SHEET.scales) });
  origins.add('rating', { table: table(SHEET.ratings) });
  for (const list of ['areas', 'strata', 'glossary'])
    origins.add(list, { table: table(SHEET.lists) });

  const framework = readFrameworkSheet(table(SHEET.framework), origins);
  const scales = readScalesSheet(table(SHEET.scales), origins);
  const questions = readQuestionsSheet(
    table(SHEET.questions),
    origins,
    new Set(scales.map((s) => String(s.id))),
  );
  readRules(questions, table(SHEET.questions));
  const rating = readRatingsSheet(table(SHEET.ratings), origins);
  const translations = readWelshSheet(workbook, problems);
  const value = {
    ...framework,
    scales,
    profile: questions.profile,
    sections: questions.sections,
    ...(rating ? { rating } : {}),
    ...readListsSheet(table(SHEET.lists), origins),
    ...(translations ? { translations } : {}),
  };
  const checked = checkFrameworkValue(value);
  if (checked.status === 'ok' && problems.length === 0) return checked;
  // One problem per cell: the workbook's own words win over the checks' (an unknown scale).
  const named = new Set(problems.map((p) => p.path));
  const located = checked.status === 'ok' ? [] : origins.relocate(checked.errors);
  return invalid(cappedErrors([...problems, ...located.filter((e) => !named.has(e.path))]));
}
