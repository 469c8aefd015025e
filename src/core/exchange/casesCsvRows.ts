/**
 * Reading the cases spreadsheet row by row: each row's cells counted against the heading (a
 * line split in two is named as such), its reference checked, its area, stratum, inspector and
 * status looked up, and each answer read against its item.
 */
import type { FindingsPlan, PlannedItem } from '../findings/findingsPlan';
import { seededCaseIds } from '../inspection/caseIds';
import type { Answer, CaseWithAnswers } from '../inspection/inspectionSchema';
import { plural } from '../phrasing/plural';
import { caseRefProblem } from './caseReference';
import { type makeLookup, parseStatus, quote, readValue, unescapeCell } from './casesCsvCells';

export type Add = (path: string, message: string) => void;

export const CASE_COLUMNS = ['case_ref', 'area', 'stratum', 'inspector', 'status'] as const;

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
  /**
   * Makes each case's id, row by row. Default: ids shaped like random ones, the same for the
   * same inspection id, so reading the same file twice gives the same cases. Never made from
   * the reference (core/inspection/caseIds.ts).
   */
  readonly newCaseId?: () => string;
  /** Recorded as the answers' device. Default "csv-import". */
  readonly device?: string;
};

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
export function joinedRowProblem(
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

/** What reading one row needs from the file and the framework, set up once. */
export type RowReader = {
  readonly plan: FindingsPlan;
  readonly headings: readonly string[];
  readonly columnItems: readonly (PlannedItem | null)[];
  readonly fixed: ReadonlyMap<string, number>;
  readonly answerCodes: ReadonlySet<string>;
  readonly context: CasesCsvContext;
  readonly areaOf: ReturnType<typeof makeLookup>;
  readonly stratumOf: ReturnType<typeof makeLookup>;
  readonly inspectorOf: ReturnType<typeof makeLookup>;
  readonly joinedRowIn: (cell: string) => string | null;
  readonly add: Add;
};

/** The answers of one row, each cell read against its item; a bad cell is reported, not kept. */
function rowAnswers(
  reader: RowReader,
  cells: readonly string[],
  rowNumber: number,
  by: string,
): Record<string, Answer> {
  const { plan, headings, columnItems, context, add } = reader;
  const answers: Record<string, Answer> = {};
  columnItems.forEach((item, column) => {
    if (!item) return;
    const raw = unescapeCell(cells[column] ?? '');
    if (raw.trim() === '') return;
    const where = `row ${rowNumber}, column ${headings[column] || column + 1}`;
    const scale =
      item.entry.item.scale === undefined
        ? undefined
        : plan.index.scaleById.get(item.entry.item.scale);
    const read = readValue(item, scale, raw);
    if ('error' in read) {
      add(where, read.error);
      return;
    }
    const joined = typeof read.value === 'string' ? reader.joinedRowIn(read.value) : null;
    if (joined !== null) {
      add(where, joined);
      return;
    }
    // A cell of bare separators ("|") chooses nothing: no answer.
    if (Array.isArray(read.value) && read.value.length === 0) return;
    answers[item.id] = {
      value: read.value,
      note: '',
      rev: 1,
      at: context.importedAt,
      by,
      device: context.device ?? 'csv-import',
    };
  });
  return answers;
}

/** One aligned row (as many cells as headings) → its case, or null with its problems reported. */
function rowCase(
  reader: RowReader,
  cells: readonly string[],
  rowNumber: number,
  ref: string,
  id: string,
): CaseWithAnswers | null {
  const { fixed, context, add } = reader;
  const cell = (name: (typeof CASE_COLUMNS)[number]) => {
    const column = fixed.get(name);
    return column === undefined ? '' : unescapeCell(cells[column] ?? '').trim();
  };
  const where = (name: (typeof CASE_COLUMNS)[number]) => `row ${rowNumber}, column ${name}`;
  // A missing column is reported once, from the heading; its cells are not reported row by row.
  const area = cell('area');
  const areaId =
    area === '' ? { error: 'is empty: every case belongs to an area' } : reader.areaOf(area);
  if ('error' in areaId && fixed.has('area')) add(where('area'), areaId.error);
  const stratum = cell('stratum');
  const stratumId = stratum === '' ? { id: null } : reader.stratumOf(stratum);
  if ('error' in stratumId) add(where('stratum'), stratumId.error);
  const inspector = cell('inspector');
  const inspectorId = inspector === '' ? { id: null } : reader.inspectorOf(inspector);
  if ('error' in inspectorId) add(where('inspector'), inspectorId.error);
  const statusText = cell('status');
  const status = parseStatus(statusText);
  if (status === null && fixed.has('status')) {
    add(
      where('status'),
      `${quote(statusText)} is not a case status (not-started, in-progress, complete, moderated)`,
    );
  }
  const by = 'id' in inspectorId && inspectorId.id !== null ? inspectorId.id : '';
  const answers = rowAnswers(reader, cells, rowNumber, by);
  if ('error' in areaId || 'error' in stratumId || 'error' in inspectorId || status === null)
    return null;
  return {
    id,
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
  };
}

/** Every row: cell counts against the heading, references, then each aligned row's case. */
export function readRows(reader: RowReader, rows: readonly string[][]): CaseWithAnswers[] {
  const { fixed, headings, answerCodes, add } = reader;
  const cases: CaseWithAnswers[] = [];
  const refs = new Map<string, number>();
  const newCaseId = reader.context.newCaseId ?? seededCaseIds(reader.context.inspectionId);
  let shortBefore: { rowNumber: number; cells: number } | null = null;
  rows.forEach((cells, index) => {
    const rowNumber = index + 2;
    if (cells.every((cell) => cell.trim() === '')) {
      shortBefore = null;
      return;
    }
    const aligned = cells.length === headings.length;
    if (!aligned)
      add(`row ${rowNumber}`, cellCountProblem(cells.length, headings.length, shortBefore));
    shortBefore = cells.length < headings.length ? { rowNumber, cells: cells.length } : null;
    const refColumn = fixed.get('case_ref');
    const ref = refColumn === undefined ? '' : unescapeCell(cells[refColumn] ?? '').trim();
    const where = `row ${rowNumber}, column case_ref`;
    const refProblem = caseRefProblem(ref, answerCodes);
    if (refProblem !== null) add(where, refProblem);
    else if (refs.has(ref)) add(where, `${quote(ref)} is already used in row ${refs.get(ref)}`);
    else refs.set(ref, rowNumber);
    // Cells out of line with their headings would only give misleading messages.
    if (!aligned) return;
    const kase = rowCase(reader, cells, rowNumber, ref, newCaseId());
    if (kase) cases.push(kase);
  });
  return cases;
}
