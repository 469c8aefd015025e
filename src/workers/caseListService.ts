/**
 * The heavy side of importing a case list and drawing a sample, run in a worker
 * (caseList.worker.ts) so that a 50,000-row list never freezes the page: decode and parse the
 * file once and keep the table here (a "session"), preview and check it against a column
 * mapping as often as the user changes it, then store it in one transaction, reporting
 * progress. Only small messages cross to the page. Where workers are unavailable the bridge
 * runs these same handlers on the page.
 */
import {
  type CaseListContext,
  type CaseListPreview,
  type CaseListWarning,
  type ColumnMapping,
  type CsvDelimiter,
  type CsvTable,
  detectPersonalData,
  newCasesFrom,
  type PersonalDataWarning,
  type PopulationEntry,
  previewCaseList,
  readCsvTable,
  suggestColumnMapping,
  type ValidationError,
  type ValidationResult,
  validateCaseList,
} from '../core';
import { addCases, type CaseWriteOutcome, caseRefs } from '../db/inspections/caseListStore';
import {
  type DrawRequest,
  drawFromPopulation,
  type PopulationDraw,
  type PopulationWriteOutcome,
  replacePopulation,
} from '../db/inspections/populationStore';

/** What the list is for: each row a case to read, or the population a sample is drawn from. */
export type CaseListPurpose = 'cases' | 'population';

export type CaseListFile = {
  readonly session: string;
  readonly fileName: string;
  readonly rowCount: number;
  readonly headings: readonly string[];
  readonly delimiter: CsvDelimiter;
  /** A few values from each column (by heading), to help choose what it is. */
  readonly examples: Readonly<Record<string, readonly string[]>>;
  readonly suggested: ColumnMapping;
  /** Every column that looks like personal data, imported or not. */
  readonly personalData: readonly PersonalDataWarning[];
  /** Formula-like cells and columns without a heading, found while reading the file. */
  readonly tableWarnings: readonly CaseListWarning[];
};

export type Expired = { readonly status: 'expired' };

/** The list checked against a mapping: problems (the first ones, and how many) or a summary. */
export type CaseListReport =
  | {
      readonly status: 'invalid';
      readonly errors: readonly ValidationError[];
      readonly errorCount: number;
      readonly warnings: readonly CaseListWarning[];
    }
  | {
      readonly status: 'ok';
      /** Rows to store (after leaving out cases already in the inspection, if asked). */
      readonly count: number;
      /** References skipped because they are cases already. */
      readonly skipped: readonly string[];
      /** Rows per area id. */
      readonly byArea: Readonly<Record<string, number>>;
      readonly warnings: readonly CaseListWarning[];
    };

export type CheckArgs = {
  readonly session: string;
  readonly mapping: ColumnMapping;
  readonly context: CaseListContext;
  readonly inspectionId: string;
  readonly purpose: CaseListPurpose;
  readonly skipExisting: boolean;
};

export type StoreArgs = CheckArgs & {
  readonly by: string;
  readonly device: string;
};

export type StoreProgress = {
  readonly stage: 'checking' | 'storing';
  readonly done: number;
  readonly total: number;
};

export type StoreOutcome =
  | Expired
  | Extract<CaseListReport, { status: 'invalid' }>
  | CaseWriteOutcome
  | PopulationWriteOutcome;

/** At most this many problems cross to the page; the rest are counted. */
export const ERRORS_SENT = 1_000;
const EXAMPLES = 3;

type Session = { readonly table: CsvTable; readonly fileName: string };
const sessions = new Map<string, Session>();
let nextSession = 1;

function examplesOf(table: CsvTable): Record<string, string[]> {
  const examples: Record<string, string[]> = {};
  table.headings.forEach((heading, column) => {
    if (heading === '') return;
    const values = new Set<string>();
    for (const row of table.rows) {
      const value = (row.cells[column] ?? '').trim();
      if (value !== '') values.add(value.length > 40 ? `${value.slice(0, 39)}…` : value);
      if (values.size >= EXAMPLES) break;
    }
    examples[heading] = [...values];
  });
  return examples;
}

function open(args: {
  bytes: ArrayBuffer;
  fileName: string;
  context: CaseListContext;
}): ValidationResult<CaseListFile> {
  const table = readCsvTable(args.bytes);
  if (table.status !== 'ok') return table;
  const session = String(nextSession++);
  sessions.set(session, { table: table.value, fileName: args.fileName });
  return {
    status: 'ok',
    value: {
      session,
      fileName: args.fileName,
      rowCount: table.value.rows.length,
      headings: table.value.headings,
      delimiter: table.value.delimiter,
      examples: examplesOf(table.value),
      suggested: suggestColumnMapping(table.value, args.context),
      personalData: detectPersonalData(table.value),
      tableWarnings: table.value.warnings,
    },
  };
}

function preview(args: {
  session: string;
  mapping: ColumnMapping;
  context: CaseListContext;
}): CaseListPreview | Expired {
  const session = sessions.get(args.session);
  if (!session) return { status: 'expired' };
  return previewCaseList(session.table, args.mapping, args.context);
}

type Checked =
  | Extract<CaseListReport, { status: 'invalid' }>
  | {
      status: 'ok';
      entries: PopulationEntry[];
      skipped: string[];
      warnings: readonly CaseListWarning[];
    };

/** Core's check, plus (for cases to read) every reference that is a case already. */
async function checkTable(table: CsvTable, args: CheckArgs): Promise<Checked> {
  const check = validateCaseList(table, args.mapping, args.context);
  const errors = check.result.status === 'invalid' ? [...check.result.errors] : [];
  let entries = check.result.status === 'ok' ? [...check.result.value] : [];
  const skipped: string[] = [];
  if (args.purpose === 'cases' && check.result.status === 'ok') {
    const existing = new Set((await caseRefs(args.inspectionId)).map((r) => r.toLowerCase()));
    const refHeading = Object.entries(args.mapping).find(([, t]) => t.kind === 'ref')?.[0] ?? '';
    entries = entries.filter((entry) => {
      if (!existing.has(entry.ref.toLowerCase())) return true;
      if (args.skipExisting) skipped.push(entry.ref);
      else {
        errors.push({
          path: `row ${entry.row}, column ${refHeading}`,
          message: `${entry.ref} is already a case in this inspection; remove the row, or choose to skip cases already in the inspection`,
        });
      }
      return false;
    });
  }
  if (errors.length > 0) {
    return {
      status: 'invalid',
      errors: errors.slice(0, ERRORS_SENT),
      errorCount: errors.length,
      warnings: check.warnings,
    };
  }
  return { status: 'ok', entries, skipped, warnings: check.warnings };
}

async function check(args: CheckArgs): Promise<CaseListReport | Expired> {
  const session = sessions.get(args.session);
  if (!session) return { status: 'expired' };
  const checked = await checkTable(session.table, args);
  if (checked.status === 'invalid') return checked;
  const byArea: Record<string, number> = {};
  for (const entry of checked.entries) byArea[entry.areaId] = (byArea[entry.areaId] ?? 0) + 1;
  return {
    status: 'ok',
    count: checked.entries.length,
    skipped: checked.skipped,
    byArea,
    warnings: checked.warnings,
  };
}

/**
 * Checks the list again (the inspection may have changed since) and stores it: as cases, or as
 * the population, replacing any stored before. One transaction either way.
 */
async function store(args: StoreArgs, progress: (p: StoreProgress) => void): Promise<StoreOutcome> {
  const session = sessions.get(args.session);
  if (!session) return { status: 'expired' };
  const total = session.table.rows.length;
  progress({ stage: 'checking', done: 0, total });
  const checked = await checkTable(session.table, args);
  if (checked.status === 'invalid') return checked;
  const count = checked.entries.length;
  const onProgress = (done: number) => progress({ stage: 'storing', done, total: count });
  onProgress(0);
  if (args.purpose === 'population') {
    return replacePopulation(args.inspectionId, checked.entries, {
      fileName: session.fileName,
      onProgress,
    });
  }
  return addCases(args.inspectionId, newCasesFrom(checked.entries), {
    by: args.by,
    device: args.device,
    source: session.fileName,
    skipExisting: args.skipExisting,
    onProgress,
  });
}

function close(args: { session: string }): void {
  sessions.delete(args.session);
}

function draw(args: DrawRequest): Promise<PopulationDraw | null> {
  return drawFromPopulation(args);
}

export const caseListHandlers = { open, preview, check, store, close, draw };
export type CaseListHandlers = typeof caseListHandlers;
