/**
 * Reads CSV text into a table of headings and rows, with papaparse. Finds the separator (comma,
 * semicolon or tab), handles a byte-order mark and line breaks inside quoted cells, and
 * numbers rows as a spreadsheet shows them (heading row = 1, blank rows counted, a cell with
 * line breaks still one row). Every cell stays text: nothing is converted or evaluated.
 */
import Papa from 'papaparse';
import { plural, pluralForm } from '../phrasing/plural';
import {
  invalid,
  type ValidationError,
  type ValidationResult,
  valid,
} from '../validation/validationResult';
import { type CaseListWarning, describeRows } from './caseListWarning';
import { decodeCsvBytes } from './decodeCsvBytes';
import { isFormulaLike } from './formulaCells';

export type CsvDelimiter = ',' | ';' | '\t';

export type CsvRow = {
  /** As a spreadsheet numbers it: the heading row is 1 when it is the file's first line. */
  readonly rowNumber: number;
  /** One per heading, as written in the file (untrimmed). */
  readonly cells: readonly string[];
};

export type CsvTable = {
  /** Trimmed; '' for a column without a heading. Non-empty headings are unique. */
  readonly headings: readonly string[];
  readonly headingRow: number;
  /** Rows with at least one non-blank cell. */
  readonly rows: readonly CsvRow[];
  readonly delimiter: CsvDelimiter;
  /** Formula-like cells and unnamed columns; personal data is checked separately. */
  readonly warnings: readonly CaseListWarning[];
};

/** More rows than any case list needs; beyond it the file is refused rather than freezing the page. */
export const CSV_MAX_ROWS = 200_000;
/** About 100 MB of text: refused before parsing for the same reason. */
export const CSV_MAX_CHARACTERS = 100_000_000;

const WHOLE_FILE = '(the whole file)';
const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];
const DELIMITER_NAMES: Record<string, string> = {
  ',': 'commas',
  ';': 'semicolons',
  '\t': 'tabs',
  '|': 'vertical bars (|)',
  ':': 'colons',
};

/** A, B, …, Z, AA, AB: the column letters a spreadsheet shows. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function isBlank(record: readonly string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}

/** Papaparse's own guess, made on the first non-blank lines only (blank ones would spoil it). */
function guessDelimiter(text: string): CsvDelimiter {
  const sample = Papa.parse<string[]>(text, {
    preview: 10,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [...DELIMITERS],
  });
  const found = sample.meta.delimiter;
  return (DELIMITERS as readonly string[]).includes(found) ? (found as CsvDelimiter) : ',';
}

/** With one column only, a separator this importer does not use is the likeliest cause. */
function oneColumnProblem(heading: string): string | null {
  for (const candidate of ['|', ':', ',', ';', '\t']) {
    if (heading.includes(candidate)) {
      return (
        `has only one column, headed "${heading}": the columns seem to be separated by ` +
        `${DELIMITER_NAMES[candidate]}, which this importer does not read. Save the file as ` +
        'CSV (separated by commas, semicolons or tabs) and import it again.'
      );
    }
  }
  return null;
}

function formulaWarnings(headings: readonly string[], rows: readonly CsvRow[]): CaseListWarning[] {
  const byColumn = new Map<number, number[]>();
  for (const row of rows) {
    row.cells.forEach((cell, column) => {
      if (isFormulaLike(cell)) {
        const list = byColumn.get(column) ?? [];
        list.push(row.rowNumber);
        byColumn.set(column, list);
      }
    });
  }
  return [...byColumn.entries()]
    .sort(([a], [b]) => a - b)
    .map(([column, rowNumbers]) => {
      const heading = headings[column] || `column ${columnLetter(column)}`;
      return {
        kind: 'formula',
        path: `column ${heading}`,
        column: heading,
        rows: rowNumbers,
        message:
          `${plural(rowNumbers.length, 'cell')} ${pluralForm(rowNumbers.length, { one: 'starts', other: 'start' })} with =, +, -, @ ` +
          `or a tab, like a spreadsheet formula (${describeRows(rowNumbers)}). They are kept as ` +
          'plain text and never calculated; check they are what you expect.',
      };
    });
}

/** Quoting problems Papa Parse found: a quote never closed, or text after a closing quote. */
function quoteErrors(parsed: Papa.ParseResult<string[]>): ValidationError[] {
  return parsed.errors
    .filter((error) => error.type === 'Quotes')
    .map((error) => ({
      path: error.row === undefined ? WHOLE_FILE : `row ${error.row + 1}`,
      message:
        error.code === 'MissingQuotes'
          ? 'has a quoted value that is never closed (a " is missing), so the rest of the file cannot be read as rows'
          : 'has a quoted value with text after its closing quote; put the whole value inside the quotes',
    }));
}

/** A heading used by two or more columns (in any case). */
function duplicateHeadings(headings: readonly string[], headingRow: number): ValidationError[] {
  const seen = new Map<string, number[]>();
  headings.forEach((heading, column) => {
    if (heading === '') return;
    const key = heading.toLowerCase();
    seen.set(key, [...(seen.get(key) ?? []), column]);
  });
  return [...seen.values()]
    .filter((columns) => columns.length >= 2)
    .map((columns) => {
      const letters = columns.map(columnLetter);
      return {
        path: `row ${headingRow}`,
        message:
          `has the heading "${headings[columns[0]!]}" more than once (columns ${letters.slice(0, -1).join(', ')} and ` +
          `${letters[letters.length - 1]}). Rename or remove one, so that every column has its own heading.`,
      };
    });
}

type BodyRows = { rows: CsvRow[]; rowErrors: ValidationError[]; widerRows: number };

/** The rows under the heading, each checked to have as many cells as there are headings. */
function bodyRows(
  records: readonly string[][],
  headingIndex: number,
  headings: readonly string[],
  delimiter: string,
): BodyRows {
  const rows: CsvRow[] = [];
  const rowErrors: ValidationError[] = [];
  let widerRows = 0;
  for (let i = headingIndex + 1; i < records.length; i++) {
    const cells = records[i]!;
    if (isBlank(cells)) continue;
    const rowNumber = i + 1;
    if (cells.length > headings.length && isBlank(cells.slice(headings.length))) {
      // Trailing separators after the last column, as some spreadsheets write them.
      rows.push({ rowNumber, cells: cells.slice(0, headings.length) });
      continue;
    }
    if (cells.length !== headings.length) {
      if (cells.length > headings.length) widerRows++;
      rowErrors.push({
        path: `row ${rowNumber}`,
        message: `has ${plural(cells.length, 'value')} but the heading row has ${plural(headings.length, 'column')}; check for a missing or extra ${DELIMITER_NAMES[delimiter]?.replace(/s$/, '') ?? 'separator'}`,
      });
      continue;
    }
    rows.push({ rowNumber, cells });
  }
  return { rows, rowErrors, widerRows };
}

/** Problems with the shape of the table as a whole: a title above the headings, one column. */
function shapeErrors(
  body: BodyRows,
  headings: readonly string[],
  headingRow: number,
): ValidationError[] | { readonly wholeFile: string } {
  const { rows, rowErrors, widerRows } = body;
  if (widerRows > 0 && widerRows >= (rows.length + rowErrors.length) / 2) {
    // Most rows are wider than the headings: the first line is likely a title, not headings.
    return [
      {
        path: `row ${headingRow}`,
        message:
          `is read as the heading row but has ${plural(headings.length, 'column')}, ` +
          `fewer than most rows below it. If it is a title, delete the lines above the heading row.`,
      },
    ];
  }
  const problem = headings.length === 1 ? oneColumnProblem(headings[0] ?? '') : null;
  return problem ? { wholeFile: problem } : rowErrors;
}

/** Columns with values but no heading: they are not imported, and the user is told. */
function unnamedColumnWarnings(
  headings: readonly string[],
  rows: readonly CsvRow[],
): CaseListWarning[] {
  const warnings: CaseListWarning[] = [];
  headings.forEach((heading, column) => {
    if (heading !== '' || rows.every((row) => (row.cells[column] ?? '').trim() === '')) return;
    const letter = columnLetter(column);
    warnings.push({
      kind: 'unnamed-column',
      path: `column ${letter}`,
      message: `Column ${letter} has values but no heading, so it will not be imported. Give it a heading to use it.`,
    });
  });
  return warnings;
}

export function parseCsvTable(input: string): ValidationResult<CsvTable> {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') {
    return invalid([{ path: WHOLE_FILE, message: 'is empty: there is no case list in it' }]);
  }
  if (text.length > CSV_MAX_CHARACTERS) {
    return invalid([
      { path: WHOLE_FILE, message: 'is too large for a case list (more than 100 MB of text)' },
    ]);
  }
  const delimiter = guessDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const records = parsed.data;
  const errors = quoteErrors(parsed);

  const headingIndex = records.findIndex((record) => !isBlank(record));
  const headingRecord = records[headingIndex];
  if (!headingRecord) {
    return invalid([{ path: WHOLE_FILE, message: 'is empty: there is no case list in it' }]);
  }
  const headingRow = headingIndex + 1;
  const headings = headingRecord.map((cell) => cell.trim());
  errors.push(...duplicateHeadings(headings, headingRow));

  const body = bodyRows(records, headingIndex, headings, delimiter);
  const shape = shapeErrors(body, headings, headingRow);
  if ('wholeFile' in shape) return invalid([{ path: WHOLE_FILE, message: shape.wholeFile }]);
  errors.push(...shape);
  const rows = body.rows;
  if (rows.length > CSV_MAX_ROWS) {
    return invalid([
      {
        path: WHOLE_FILE,
        message: `has ${rows.length} rows; a case list can have at most ${CSV_MAX_ROWS}`,
      },
    ]);
  }
  if (rows.length === 0 && errors.length === 0) {
    errors.push({ path: WHOLE_FILE, message: 'has a heading row but no cases under it' });
  }
  if (errors.length > 0) return invalid(errors);
  const warnings = [...unnamedColumnWarnings(headings, rows), ...formulaWarnings(headings, rows)];
  return valid({ headings, headingRow, rows, delimiter, warnings });
}

/** Bytes of an uploaded file (strictly UTF-8) or text, to a table. */
export function readCsvTable(input: string | ArrayBuffer | Uint8Array): ValidationResult<CsvTable> {
  if (typeof input === 'string') return parseCsvTable(input);
  const text = decodeCsvBytes(input);
  return text.status === 'ok' ? parseCsvTable(text.value) : text;
}
