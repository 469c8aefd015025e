/**
 * The cases spreadsheet: one row per case, for export and for loading cases scored elsewhere.
 *
 * Columns: `case_ref`, `area`, `stratum`, `inspector`, `status`, then one column per profile
 * field and per question, headed by its id, in the framework's order. Cells hold:
 * - area, stratum, inspector: the id (written); reading also accepts the name, matched without
 *   regard to case, when the lists of areas, strata or team are given;
 * - status: not-started | in-progress | complete | moderated ("in progress" is accepted);
 * - judgement, rating, choice: the option's `value` code; multichoice: codes joined by `|`,
 *   an "other" choice with its words after a colon (`education|other:Boxing club`);
 *   `na` for not applicable and `not_known` for not known (where the scale allows them);
 * - numbers as numbers (`-3`, `2.5`), dates as `YYYY-MM-DD`, text as written; an empty cell is
 *   no answer.
 * Against spreadsheet formula injection (OWASP), a text cell starting with = + - @ tab or
 * carriage return is written with a leading apostrophe, which reading removes again. Numbers
 * are never escaped, so negative numbers stay numbers.
 */
import Papa from 'papaparse';
import { type FindingsPlan, type PlannedItem, planFindings } from '../findings/findingsPlan';
import type { Framework } from '../framework/frameworkSchema';
import type { AnswerValue } from '../inspection/answerValue';
import type { CaseWithAnswers } from '../inspection/inspectionSchema';
import {
  invalid,
  type ValidationError,
  type ValidationResult,
  valid,
} from '../validation/validationResult';
import { answerCodesOf } from './caseReference';
import { makeLookup, quote, unescapeCell } from './casesCsvCells';
import {
  type Add,
  CASE_COLUMNS,
  type CasesCsvContext,
  joinedRowProblem,
  type RowReader,
  readRows,
} from './casesCsvRows';

export { CASE_COLUMNS, type CasesCsvContext };

/** Cells a spreadsheet would run as a formula; escaped on writing, restored on reading. */
const FORMULA_START = /^[=+\-@\t\r]/;
const MAX_ERRORS = 100;

export type CasesCsvWriteOptions = {
  /** Start with a UTF-8 byte-order mark, which Excel needs to read accents correctly. */
  readonly byteOrderMark?: boolean;
};

/**
 * One column of the cases spreadsheet, in the order it is written: the case's own columns, then
 * one per profile field and question. The single list the writer and the codebook both follow.
 */
export type CasesCsvColumn =
  | { readonly source: 'case'; readonly id: CaseColumn }
  | { readonly source: 'item'; readonly id: string; readonly item: PlannedItem };

type CaseColumn = (typeof CASE_COLUMNS)[number];

const CASE_CELLS: Record<CaseColumn, (kase: CaseWithAnswers) => string> = {
  case_ref: (kase) => kase.ref,
  area: (kase) => kase.areaId,
  stratum: (kase) => kase.stratumId ?? '',
  inspector: (kase) => kase.inspectorId ?? '',
  status: (kase) => kase.status,
};

/** The columns the cases spreadsheet of this framework has, in order. */
export function casesCsvColumns(framework: Framework): readonly CasesCsvColumn[] {
  return [
    ...CASE_COLUMNS.map((id) => ({ source: 'case' as const, id })),
    ...planFindings(framework).items.map((item) => ({
      source: 'item' as const,
      id: item.id,
      item,
    })),
  ];
}

function cellOf(value: AnswerValue | undefined): string | number {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join('|');
  return value;
}

/** Cases → CSV text, one row per case, lines ending CRLF (RFC 4180). */
export function writeCasesCsv(
  framework: Framework,
  cases: readonly CaseWithAnswers[],
  options: CasesCsvWriteOptions = {},
): string {
  const columns = casesCsvColumns(framework);
  const rows = cases.map((kase) =>
    columns.map((column) =>
      column.source === 'case'
        ? CASE_CELLS[column.id](kase)
        : cellOf(kase.answers[column.id]?.value),
    ),
  );
  const text = Papa.unparse(
    { fields: columns.map((column) => column.id), data: rows },
    // Papaparse leaves JavaScript numbers alone, so only text cells are escaped.
    { newline: '\r\n', escapeFormulae: FORMULA_START },
  );
  return `${options.byteOrderMark ? '\uFEFF' : ''}${text}\r\n`;
}

type Heading = {
  /** The headings as written, trimmed. */
  readonly names: readonly string[];
  /** The question or profile field each column holds; null for the case's own columns. */
  readonly items: readonly (PlannedItem | null)[];
  /** Where each of the case's own columns is. */
  readonly fixed: ReadonlyMap<(typeof CASE_COLUMNS)[number], number>;
};

/** The heading row: which column holds what; every unknown, empty or repeated heading is reported. */
function readHeading(
  headerRow: readonly string[],
  framework: Framework,
  plan: FindingsPlan,
  add: Add,
): Heading {
  const names = headerRow.map((h) => unescapeCell(h).trim());
  const items: (PlannedItem | null)[] = [];
  const fixed = new Map<(typeof CASE_COLUMNS)[number], number>();
  const seen = new Map<string, number>();
  names.forEach((heading, i) => {
    const where = `row 1, column ${i + 1}`;
    if (heading === '') {
      items.push(null);
      add(
        where,
        'has no heading: name it after a question or profile field id, or delete the column',
      );
      return;
    }
    if (seen.has(heading))
      add(
        where,
        `heading ${quote(heading)} appears twice (first in column ${seen.get(heading)! + 1})`,
      );
    seen.set(heading, i);
    const fixedName = CASE_COLUMNS.find((c) => c === heading.toLowerCase());
    if (fixedName) {
      fixed.set(fixedName, i);
      items.push(null);
      return;
    }
    const item = plan.itemById.get(heading);
    items.push(item ?? null);
    if (item) return;
    const near = [...plan.itemById.keys()].find((id) => id.toLowerCase() === heading.toLowerCase());
    add(
      `row 1, column ${heading}`,
      near
        ? `is not a question or profile field of ${framework.id}@${framework.version}; did you mean ${quote(near)}?`
        : `is not a question or profile field of ${framework.id}@${framework.version}`,
    );
  });
  for (const required of ['case_ref', 'area', 'status'] as const) {
    if (!fixed.has(required)) add('row 1', `has no ${required} column`);
  }
  return { names, items, fixed };
}

/**
 * CSV text → cases with answers. Every problem is reported with its row (as a spreadsheet
 * numbers it: the heading row is 1) and column; nothing is read unless everything is valid, so
 * a damaged file (a row with more or fewer cells than the heading, a case reference that is
 * an answer code, rows joined into a comment) is refused whole, never counted in part.
 */
export function readCasesCsv(
  text: string,
  framework: Framework,
  context: CasesCsvContext,
): ValidationResult<CaseWithAnswers[]> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    return invalid([
      {
        path: '(the whole file)',
        message: 'is empty; expected a heading row and one row per case',
      },
    ]);
  }
  const parsed = Papa.parse<string[]>(body, { header: false, skipEmptyLines: false });
  const errors: ValidationError[] = [];
  const add: Add = (path, message) => {
    if (errors.length < MAX_ERRORS) errors.push({ path, message });
  };
  for (const error of parsed.errors) {
    if (error.type === 'Quotes')
      add(`row ${(error.row ?? 0) + 1}`, `the quotes do not pair up: ${error.message}`);
  }
  const [headerRow = [], ...rows] = parsed.data;
  const plan = planFindings(framework);
  const {
    names: headings,
    items: columnItems,
    fixed,
  } = readHeading(headerRow, framework, plan, add);
  if (errors.length > 0 && !fixed.has('case_ref')) return invalid(errors);
  const answerCodes = answerCodesOf(plan);
  const reader: RowReader = {
    plan,
    headings,
    columnItems,
    fixed,
    answerCodes,
    context,
    areaOf: makeLookup(context.areas ?? framework.areas, 'area', context.areas !== undefined),
    stratumOf: makeLookup(
      context.strata ?? framework.strata,
      'stratum',
      context.strata !== undefined,
    ),
    inspectorOf: makeLookup(context.team, 'team member'),
    joinedRowIn: (cell) => joinedRowProblem(cell, parsed.meta.delimiter, fixed, answerCodes),
    add,
  };
  const cases = readRows(reader, rows);
  if (errors.length >= MAX_ERRORS) {
    errors.push({ path: '(the whole file)', message: `stopped after ${MAX_ERRORS} problems` });
  }
  return errors.length > 0 ? invalid(errors) : valid(cases);
}
