/**
 * The cases spreadsheet: one row per case, for export and for loading cases scored elsewhere.
 *
 * Columns: `case_ref`, `area`, `stratum`, `inspector`, `status`, then one column per profile
 * field and per question, headed by its id, in the framework's order. Cells hold:
 * - area, stratum, inspector: the id (written); reading also accepts the name, matched without
 *   regard to case, when the lists of areas, strata or team are given;
 * - status: not-started | in-progress | complete | moderated ("in progress" is accepted);
 * - judgement, rating, choice: the option's `value` code; multichoice: codes joined by `|`;
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
import type { Answer, CaseWithAnswers } from '../inspection/inspectionSchema';
import { plural } from '../phrasing/plural';
import {
  invalid,
  type ValidationError,
  type ValidationResult,
  valid,
} from '../validation/validationResult';
import { answerCodesOf, caseRefProblem } from './caseReference';
import { makeLookup, parseStatus, quote, readValue, unescapeCell } from './casesCsvCells';

export const CASE_COLUMNS = ['case_ref', 'area', 'stratum', 'inspector', 'status'] as const;

/** Cells a spreadsheet would run as a formula; escaped on writing, restored on reading. */
const FORMULA_START = /^[=+\-@\t\r]/;
const MAX_ERRORS = 100;

export type CasesCsvWriteOptions = {
  /** Start with a UTF-8 byte-order mark, which Excel needs to read accents correctly. */
  readonly byteOrderMark?: boolean;
};

function columnsOf(framework: Framework): { items: readonly PlannedItem[]; header: string[] } {
  const { items } = planFindings(framework);
  return { items, header: [...CASE_COLUMNS, ...items.map((item) => item.id)] };
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
  const { items, header } = columnsOf(framework);
  const rows = cases.map((kase) => [
    kase.ref,
    kase.areaId,
    kase.stratumId ?? '',
    kase.inspectorId ?? '',
    kase.status,
    ...items.map((item) => cellOf(kase.answers[item.id]?.value)),
  ]);
  const text = Papa.unparse(
    { fields: header, data: rows },
    // Papaparse leaves JavaScript numbers alone, so only text cells are escaped.
    { newline: '\r\n', escapeFormulae: FORMULA_START },
  );
  return `${options.byteOrderMark ? '\uFEFF' : ''}${text}\r\n`;
}

type Named = { readonly id: string; readonly name: string };

export type CasesCsvContext = {
  readonly inspectionId: string;
  /** When the cases are read in: their created and updated times and each answer's time. */
  readonly importedAt: string;
  /**
   * The inspection's areas: a cell must name one of them. Without them (a spreadsheet read on
   * its own) the framework's suggested areas are recognised by name, and any other valid id is
   * taken as it is, since an inspection may change its areas.
   */
  readonly areas?: readonly Named[];
  readonly strata?: readonly Named[];
  /** The team; an inspector cell may hold a member's id or name. */
  readonly team?: readonly Named[];
  /** The id of the case with this reference. Default `<inspectionId>/<ref>`, so reading the same file twice gives the same cases. */
  readonly caseId?: (ref: string) => string;
  /** Recorded as the answers' device. Default "csv-import". */
  readonly device?: string;
};

type Add = (path: string, message: string) => void;

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
 * Why a row with the wrong number of cells is refused: its cells no longer sit under their
 * headings, so nothing in it can be trusted. `shortBefore` is the row above when it too was
 * short: together they may be one case split by a line break.
 */
function cellCountProblem(
  cells: number,
  columns: number,
  shortBefore: { readonly rowNumber: number; readonly cells: number } | null,
): string {
  const counts = `has ${plural(cells, 'cell')} but the heading row names ${plural(columns, 'column')}`;
  if (cells > columns) {
    return `${counts}: a separator inside a cell that is not in quotes, or one too many, may have added a cell`;
  }
  if (shortBefore && shortBefore.cells + cells - 1 === columns) {
    return `${counts}: it looks like the end of row ${shortBefore.rowNumber}, split off by a line break inside a cell`;
  }
  return `${counts}: a line break inside a cell that is not in quotes, or a lost separator, may have cut it short`;
}

/**
 * A text cell that holds the start of another case's row: a quote lost or added in two places
 * joins the rows between them into one quoted cell, which would silently drop those cases.
 * A line of the cell (after a line break) that, split at the separator, has a plausible case
 * reference under `case_ref` and a case status under `status` is taken for such a row.
 */
function joinedRowProblem(
  cell: string,
  delimiter: string,
  fixed: ReadonlyMap<(typeof CASE_COLUMNS)[number], number>,
  answerCodes: ReadonlySet<string>,
): string | null {
  const refColumn = fixed.get('case_ref');
  const statusColumn = fixed.get('status');
  if (refColumn === undefined || statusColumn === undefined || !/[\r\n]/.test(cell)) return null;
  for (const line of cell.split(/\r\n|\r|\n/).slice(1)) {
    const parts = line.split(delimiter).map((part) => part.trim());
    const ref = parts[refColumn];
    const status = parts[statusColumn];
    if (ref === undefined || status === undefined) continue;
    if (caseRefProblem(ref, answerCodes) === null && parseStatus(status) !== null) {
      return `holds a line that looks like another case's row (${quote(line)}): a quote lost or added may have joined rows into this cell`;
    }
  }
  return null;
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

  const areaOf = makeLookup(context.areas ?? framework.areas, 'area', context.areas !== undefined);
  const stratumOf = makeLookup(
    context.strata ?? framework.strata,
    'stratum',
    context.strata !== undefined,
  );
  const inspectorOf = makeLookup(context.team, 'team member');
  const answerCodes = answerCodesOf(plan);
  const caseId = context.caseId ?? ((ref: string) => `${context.inspectionId}/${ref}`);
  const device = context.device ?? 'csv-import';
  const cases: CaseWithAnswers[] = [];
  const refs = new Map<string, number>();
  let shortBefore: { rowNumber: number; cells: number } | null = null;
  const joinedRowIn = (cell: string) =>
    joinedRowProblem(cell, parsed.meta.delimiter, fixed, answerCodes);

  rows.forEach((cells, index) => {
    const rowNumber = index + 2;
    if (cells.every((cell) => cell.trim() === '')) {
      shortBefore = null;
      return;
    }
    const cell = (name: (typeof CASE_COLUMNS)[number]) => {
      const column = fixed.get(name);
      return column === undefined ? '' : unescapeCell(cells[column] ?? '').trim();
    };
    const where = (name: (typeof CASE_COLUMNS)[number]) => `row ${rowNumber}, column ${name}`;
    const aligned = cells.length === headings.length;
    if (!aligned)
      add(`row ${rowNumber}`, cellCountProblem(cells.length, headings.length, shortBefore));
    shortBefore = cells.length < headings.length ? { rowNumber, cells: cells.length } : null;

    const ref = cell('case_ref');
    const refProblem = caseRefProblem(ref, answerCodes);
    if (refProblem !== null) add(where('case_ref'), refProblem);
    else if (refs.has(ref))
      add(where('case_ref'), `${quote(ref)} is already used in row ${refs.get(ref)}`);
    else refs.set(ref, rowNumber);
    // Cells out of line with their headings would only give misleading messages.
    if (!aligned) return;

    // A missing column is reported once, above; its cells are not reported row by row.
    const area = cell('area');
    const areaId =
      area === '' ? { error: 'is empty: every case belongs to an area' } : areaOf(area);
    if ('error' in areaId && fixed.has('area')) add(where('area'), areaId.error);
    const stratum = cell('stratum');
    const stratumId = stratum === '' ? { id: null } : stratumOf(stratum);
    if ('error' in stratumId) add(where('stratum'), stratumId.error);
    const inspector = cell('inspector');
    const inspectorId = inspector === '' ? { id: null } : inspectorOf(inspector);
    if ('error' in inspectorId) add(where('inspector'), inspectorId.error);
    const statusText = cell('status');
    const status = parseStatus(statusText);
    if (status === null && fixed.has('status')) {
      add(
        where('status'),
        `${quote(statusText)} is not a case status (not-started, in-progress, complete, moderated)`,
      );
    }

    const answers: Record<string, Answer> = {};
    columnItems.forEach((item, column) => {
      if (!item) return;
      const raw = unescapeCell(cells[column] ?? '');
      if (raw.trim() === '') return;
      const scale =
        item.entry.item.scale === undefined
          ? undefined
          : plan.index.scaleById.get(item.entry.item.scale);
      const read = readValue(item, scale, raw);
      if ('error' in read) {
        add(`row ${rowNumber}, column ${headings[column] || column + 1}`, read.error);
        return;
      }
      const joined = typeof read.value === 'string' ? joinedRowIn(read.value) : null;
      if (joined !== null) {
        add(`row ${rowNumber}, column ${headings[column] || column + 1}`, joined);
        return;
      }
      // A cell of bare separators ("|") chooses nothing: no answer.
      if (Array.isArray(read.value) && read.value.length === 0) return;
      answers[item.id] = {
        value: read.value,
        note: '',
        rev: 1,
        at: context.importedAt,
        by: 'id' in inspectorId && inspectorId.id !== null ? inspectorId.id : '',
        device,
      };
    });

    if ('error' in areaId || 'error' in stratumId || 'error' in inspectorId || status === null)
      return;
    cases.push({
      id: caseId(ref),
      inspectionId: context.inspectionId,
      ref,
      areaId: areaId.id,
      stratumId: stratumId.id,
      inspectorId: inspectorId.id,
      status,
      role: 'sample',
      createdAt: context.importedAt,
      updatedAt: context.importedAt,
      answers,
    });
  });

  if (errors.length >= MAX_ERRORS) {
    errors.push({ path: '(the whole file)', message: `stopped after ${MAX_ERRORS} problems` });
  }
  return errors.length > 0 ? invalid(errors) : valid(cases);
}
