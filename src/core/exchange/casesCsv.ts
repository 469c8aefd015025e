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
import { type PlannedItem, planFindings } from '../findings/findingsPlan';
import { NOT_APPLICABLE, NOT_KNOWN } from '../framework/answerCodes';
import { type Framework, idSchema, type Scale } from '../framework/frameworkSchema';
import type { AnswerValue } from '../inspection/answerValue';
import {
  type Answer,
  type CaseStatus,
  type CaseWithAnswers,
  caseStatusSchema,
} from '../inspection/inspectionSchema';
import {
  invalid,
  type ValidationError,
  type ValidationResult,
  valid,
} from '../validation/validationResult';

export const CASE_COLUMNS = ['case_ref', 'area', 'stratum', 'inspector', 'status'] as const;

/** Cells a spreadsheet would run as a formula; escaped on writing, restored on reading. */
const FORMULA_START = /^[=+\-@\t\r]/;
const ESCAPED_FORMULA = /^'[=+\-@\t\r]/;
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

function unescapeCell(cell: string): string {
  return ESCAPED_FORMULA.test(cell) ? cell.slice(1) : cell;
}

function quote(text: string): string {
  return `"${text.length > 40 ? `${text.slice(0, 37)}…` : text}"`;
}

/** Finds an entry by id or name; `strict`: only the list's entries are allowed. */
function makeLookup(list: readonly Named[] | undefined, what: string, strict = true) {
  const byId = new Map((list ?? []).map((entry) => [entry.id, entry.id]));
  const byName = new Map((list ?? []).map((entry) => [entry.name.trim().toLowerCase(), entry.id]));
  return (cell: string): { id: string } | { error: string } => {
    if (!strict) {
      const known = byId.get(cell) ?? byName.get(cell.toLowerCase());
      if (known !== undefined) return { id: known };
    } else if (list && list.length > 0) {
      const id = byId.get(cell) ?? byName.get(cell.toLowerCase());
      if (id !== undefined) return { id };
      const names = list.map((entry) => entry.id).join(', ');
      return { error: `${quote(cell)} is not ${what} of this inspection (ids: ${names})` };
    }
    return idSchema.safeParse(cell).success
      ? { id: cell }
      : {
          error: `${quote(cell)} is not a valid ${what} id (letters, digits, dots, dashes, underscores)`,
        };
  };
}

function parseStatus(cell: string): CaseStatus | null {
  const normal = cell
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  const parsed = caseStatusSchema.safeParse(normal);
  return parsed.success ? parsed.data : null;
}

const NUMBER_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isRealDate(text: string): boolean {
  const match = DATE_TEXT.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function specialAllowed(scale: Scale | undefined, code: string): boolean {
  if (!scale) return true;
  return code === NOT_APPLICABLE ? scale.allowNotApplicable === true : scale.allowNotKnown === true;
}

/** One cell → an answer value, or a message saying what is wrong with it. */
function readValue(
  item: PlannedItem,
  scale: Scale | undefined,
  cell: string,
): { value: AnswerValue } | { error: string } {
  const text = cell.trim();
  const special = text === NOT_APPLICABLE || text === NOT_KNOWN;
  if (special) {
    return specialAllowed(scale, text)
      ? { value: text }
      : {
          error: `${quote(text)} is not allowed: scale ${quote(scale!.id)} does not allow ${text === NOT_APPLICABLE ? 'not applicable' : 'not known'}`,
        };
  }
  const allowed = () =>
    [
      ...item.options.map((o) => o.value),
      ...(scale?.allowNotApplicable ? [NOT_APPLICABLE] : []),
      ...(scale?.allowNotKnown ? [NOT_KNOWN] : []),
    ].join(', ');
  const option = (code: string): string | null => {
    if (item.optionIndex.has(code)) return code;
    const lower = code.toLowerCase();
    return item.options.find((o) => o.value.toLowerCase() === lower)?.value ?? null;
  };
  const meta = item.entry.item;
  switch (item.type) {
    case 'proportion': {
      const code = option(text);
      return code !== null
        ? { value: code }
        : {
            error: `${quote(text)} is not an answer on scale ${quote(scale?.id ?? '')} (allowed: ${allowed()})`,
          };
    }
    case 'multichoice': {
      const parts = text
        .split('|')
        .map((part) => part.trim())
        .filter((part) => part !== '');
      if (parts.some((p) => p === NOT_APPLICABLE || p === NOT_KNOWN)) {
        return { error: `${NOT_APPLICABLE} and ${NOT_KNOWN} stand alone, not among other choices` };
      }
      const codes: string[] = [];
      for (const part of parts) {
        const code = option(part);
        if (code === null) {
          return {
            error: `${quote(part)} is not an answer on scale ${quote(scale?.id ?? '')} (allowed: ${allowed()})`,
          };
        }
        if (!codes.includes(code)) codes.push(code);
      }
      return { value: codes };
    }
    case 'number': {
      if (!NUMBER_TEXT.test(text)) return { error: `${quote(text)} is not a number` };
      const value = Number(text);
      if (meta.integer && !Number.isInteger(value))
        return { error: `${text} is not a whole number` };
      if (meta.min !== undefined && value < meta.min)
        return { error: `${text} is below the minimum, ${meta.min}` };
      if (meta.max !== undefined && value > meta.max)
        return { error: `${text} is above the maximum, ${meta.max}` };
      return { value };
    }
    default:
      if (meta.kind === 'date' && !isRealDate(text)) {
        return { error: `${quote(text)} is not a date written YYYY-MM-DD` };
      }
      return { value: meta.kind === 'date' ? text : cell };
  }
}

/**
 * CSV text → cases with answers. Every problem is reported with its row (as a spreadsheet
 * numbers it: the heading row is 1) and column; nothing is read unless everything is valid.
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
  const add = (path: string, message: string) => {
    if (errors.length < MAX_ERRORS) errors.push({ path, message });
  };
  for (const error of parsed.errors) {
    if (error.type === 'Quotes')
      add(`row ${(error.row ?? 0) + 1}`, `the quotes do not pair up: ${error.message}`);
  }
  const [headerRow = [], ...rows] = parsed.data;
  const plan = planFindings(framework);
  const headings = headerRow.map((h) => unescapeCell(h).trim());
  const columnItems: (PlannedItem | null)[] = [];
  const fixed = new Map<string, number>();
  const seen = new Map<string, number>();
  headings.forEach((heading, i) => {
    const where = `row 1, column ${i + 1}`;
    if (heading === '') {
      columnItems.push(null);
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
      columnItems.push(null);
      return;
    }
    const item = plan.itemById.get(heading);
    if (item) {
      columnItems.push(item);
      return;
    }
    columnItems.push(null);
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
  if (errors.length > 0 && !fixed.has('case_ref')) return invalid(errors);

  const areaOf = makeLookup(
    context.areas ?? framework.areas,
    'an area',
    context.areas !== undefined,
  );
  const stratumOf = makeLookup(
    context.strata ?? framework.strata,
    'a stratum',
    context.strata !== undefined,
  );
  const inspectorOf = makeLookup(context.team, 'a member of the team');
  const caseId = context.caseId ?? ((ref: string) => `${context.inspectionId}/${ref}`);
  const device = context.device ?? 'csv-import';
  const cases: CaseWithAnswers[] = [];
  const refs = new Map<string, number>();

  rows.forEach((cells, index) => {
    const rowNumber = index + 2;
    if (cells.every((cell) => cell.trim() === '')) return;
    const at = (column: number) => `row ${rowNumber}, column ${headings[column] || column + 1}`;
    if (
      cells.length > headings.length &&
      cells.slice(headings.length).some((c) => c.trim() !== '')
    ) {
      add(
        `row ${rowNumber}`,
        `has ${cells.length} cells but the heading row names ${headings.length} columns`,
      );
    }
    const cell = (name: (typeof CASE_COLUMNS)[number]) => {
      const column = fixed.get(name);
      return column === undefined ? '' : unescapeCell(cells[column] ?? '').trim();
    };
    const where = (name: (typeof CASE_COLUMNS)[number]) => `row ${rowNumber}, column ${name}`;

    const ref = cell('case_ref');
    if (ref === '') add(where('case_ref'), 'is empty: every case needs a reference');
    else if (ref.length > 60) add(where('case_ref'), 'is longer than 60 characters');
    else if (refs.has(ref))
      add(where('case_ref'), `${quote(ref)} is already used in row ${refs.get(ref)}`);
    refs.set(ref, rowNumber);

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
        add(at(column), read.error);
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

    if (
      'error' in areaId ||
      'error' in stratumId ||
      'error' in inspectorId ||
      status === null ||
      ref === ''
    )
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
