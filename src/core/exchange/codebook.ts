/**
 * The codebook of the cases spreadsheet: every column the spreadsheet has (from the one list
 * the writer follows, `casesCsvColumns`), its variable name, label and type, and for coded
 * answers each code with its label. Researchers read it beside the spreadsheet; the SPSS and R
 * syntax are made from it, so the three always agree.
 *
 * Numbers for SPSS: an option's position in the scale (1, 2, …), or its own number when every
 * code of the scale is a whole number (the 0–4 risk scores stay 0–4). Not applicable is −1 and
 * not known −2, which no option can take (codes never start with a minus sign); for number
 * answers, whose values may be negative, they sit below the question's minimum.
 */
import Papa from 'papaparse';
import type { PlannedItem } from '../findings/findingsPlan';
import { NOT_APPLICABLE, NOT_KNOWN } from '../framework/answerCodes';
import { indexFramework } from '../framework/frameworkItems';
import type { Framework, ItemKind, Scale, ScaleOption } from '../framework/frameworkSchema';
import { type CASE_COLUMNS, type CasesCsvColumn, casesCsvColumns } from './casesCsv';
import { nameAllocator, nameFragment } from './codebookNames';
import {
  CODEBOOK_FORMAT,
  type Codebook,
  type CodebookCode,
  type CodebookColumn,
  type CodebookMissing,
  type CodebookType,
  codebookSchema,
} from './codebookSchema';

type Named = { readonly id: string; readonly name: string };

export type CodebookContext = {
  /** The inspection's areas, strata and team; without them, the framework's suggested ones. */
  readonly areas?: readonly Named[];
  readonly strata?: readonly Named[];
  readonly team?: readonly Named[];
  /** The cases spreadsheet's file name, which the syntax reads. */
  readonly casesFile?: string;
};

const NOT_APPLICABLE_LABEL = 'Not applicable';
const NOT_KNOWN_LABEL = 'Not known';

const CASE_LABELS: Record<(typeof CASE_COLUMNS)[number], string> = {
  case_ref: 'Case reference',
  area: 'Area',
  stratum: 'Stratum',
  inspector: 'Inspector',
  status: 'Case status',
};

const STATUSES: readonly Named[] = [
  { id: 'not-started', name: 'Not started' },
  { id: 'in-progress', name: 'In progress' },
  { id: 'complete', name: 'Complete' },
  { id: 'moderated', name: 'Moderated' },
];

const TYPES: Record<ItemKind, CodebookType> = {
  judgement: 'code',
  rating: 'code',
  choice: 'code',
  multichoice: 'codes',
  number: 'number',
  date: 'date',
  text: 'text',
};

/** SPSS's numbers for a scale's options: their own when all are distinct whole numbers. */
function optionNumbers(options: readonly ScaleOption[]): number[] {
  const own = options.map((o) => (/^\d{1,9}$/.test(o.value) ? Number(o.value) : Number.NaN));
  const usable = own.every((n) => !Number.isNaN(n)) && new Set(own).size === own.length;
  return usable ? own : options.map((_, i) => i + 1);
}

/** SPSS's numbers for not applicable and not known: −1 and −2, or below a number's minimum. */
function missingNumbers(item: PlannedItem): [number, number] {
  if (item.type !== 'number') return [-1, -2];
  const lowest = item.entry.item.min;
  if (lowest !== undefined && lowest >= 0) return [-1, -2];
  // No minimum: numbers far below any count or age an inspection records.
  const floor = lowest === undefined ? -999_999_990 : Math.floor(lowest);
  return [floor - 1, floor - 2];
}

function scaleOf(item: PlannedItem, framework: Framework): Scale | undefined {
  const id = item.entry.item.scale;
  return id === undefined ? undefined : indexFramework(framework).scaleById.get(id);
}

function missingOf(item: PlannedItem, framework: Framework): CodebookMissing[] {
  const meta = item.entry.item;
  const allows = scaleOf(item, framework) ?? meta;
  const [na, nk] = missingNumbers(item);
  return [
    ...(allows.allowNotApplicable
      ? [{ code: NOT_APPLICABLE, label: NOT_APPLICABLE_LABEL, value: na } as const]
      : []),
    ...(allows.allowNotKnown
      ? [{ code: NOT_KNOWN, label: NOT_KNOWN_LABEL, value: nk } as const]
      : []),
  ];
}

function caseCodes(list: readonly Named[]): CodebookCode[] {
  return list.map((entry) => ({
    code: entry.id,
    label: entry.name,
    value: null,
    meaning: null,
    variable: null,
    exclusive: false,
    other: false,
  }));
}

function caseColumn(
  id: (typeof CASE_COLUMNS)[number],
  framework: Framework,
  context: CodebookContext,
) {
  const lists: Record<(typeof CASE_COLUMNS)[number], readonly Named[] | null> = {
    case_ref: null,
    area: context.areas ?? framework.areas ?? [],
    stratum: context.strata ?? framework.strata ?? [],
    inspector: context.team ?? [],
    status: STATUSES,
  };
  const list = lists[id];
  return {
    label: CASE_LABELS[id],
    source: 'case' as const,
    type: list === null ? ('text' as const) : ('code' as const),
    codes: list === null ? [] : caseCodes(list),
    missing: [],
  };
}

function itemColumn(item: PlannedItem, framework: Framework) {
  const entry = item.entry;
  const meta = entry.item;
  const scale = scaleOf(item, framework);
  const numbers = optionNumbers(item.options);
  return {
    label: meta.text,
    source: entry.type,
    type: TYPES[meta.kind],
    kind: meta.kind,
    section: entry.type === 'question' ? entry.section.id : null,
    standard: entry.type === 'question' ? entry.standard.id : null,
    scale: scale?.id ?? null,
    ordered: scale?.ordered === true,
    unit: meta.unit ?? null,
    min: meta.min ?? null,
    max: meta.max ?? null,
    integer: meta.integer === true,
    codes: item.options.map((option, i) => ({
      code: option.value,
      label: option.label,
      // Multichoice options are counted by their 0/1 variables, not stored as one number.
      value: meta.kind === 'multichoice' ? null : numbers[i]!,
      meaning: option.meaning,
      variable: null,
      exclusive: option.exclusive === true,
      other: option.other === true,
    })),
    missing: missingOf(item, framework),
  };
}

const NO_ITEM = {
  kind: null,
  section: null,
  standard: null,
  scale: null,
  ordered: false,
  unit: null,
  min: null,
  max: null,
  integer: false,
};

/**
 * The codebook of the cases spreadsheet `writeCasesCsv` writes for this framework. Names are
 * given to the columns first, in order, then to the variables made from them (multichoice
 * options, reasons for missing answers), so a column keeps its plainest name.
 */
export function buildCodebook(framework: Framework, context: CodebookContext = {}): Codebook {
  const give = nameAllocator();
  const columns = casesCsvColumns(framework).map((column: CasesCsvColumn, i): CodebookColumn => {
    const described =
      column.source === 'case'
        ? { ...NO_ITEM, ...caseColumn(column.id, framework, context) }
        : itemColumn(column.item, framework);
    return {
      position: i + 1,
      id: column.id,
      name: give(column.id),
      ...described,
      missingVariable: null,
    };
  });
  const named = columns.map((column) => ({
    ...column,
    codes:
      column.type === 'codes'
        ? column.codes.map((code) => ({
            ...code,
            variable: give(`${column.name}_${nameFragment(code.code)}`),
          }))
        : column.codes,
    missingVariable: column.missing.length > 0 ? give(`${column.name}_missing`) : null,
  }));
  return {
    format: CODEBOOK_FORMAT,
    formatVersion: 1,
    framework: { id: framework.id, version: framework.version, title: framework.title },
    casesFile: context.casesFile ?? null,
    columns: named,
  };
}

/** The codebook as JSON text, checked against its schema. */
export function codebookJson(codebook: Codebook): string {
  return `${JSON.stringify(codebookSchema.parse(codebook), null, 2)}\n`;
}

export const CODEBOOK_CSV_COLUMNS = [
  'position',
  'column',
  'variable',
  'label',
  'type',
  'kind',
  'section',
  'standard',
  'scale',
  'ordered',
  'unit',
  'min',
  'max',
  'integer',
  'code',
  'code_label',
  'spss_value',
  'missing',
  'code_variable',
  'missing_variable',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The codebook as CSV: one row per code of a coded column (its reasons for missing answers
 * last, marked `yes` under `missing`), one row for any other column; every row repeats its
 * column's description, so the file can be filtered by column.
 */
export function codebookCsv(codebook: Codebook, options: { byteOrderMark?: boolean } = {}): string {
  const rows: (string | number)[][] = [];
  for (const column of codebook.columns) {
    const describe = [
      column.position,
      column.id,
      column.name,
      column.label,
      column.type,
      column.kind ?? '',
      column.section ?? '',
      column.standard ?? '',
      column.scale ?? '',
      column.ordered ? 'yes' : 'no',
      column.unit ?? '',
      column.min ?? '',
      column.max ?? '',
      column.integer ? 'yes' : 'no',
    ];
    const codes = [
      ...column.codes.map((c) => [c.code, c.label, c.value ?? '', 'no', c.variable ?? '']),
      ...column.missing.map((m) => [m.code, m.label, m.value, 'yes', '']),
    ];
    for (const code of codes.length > 0 ? codes : [['', '', '', '', '']]) {
      rows.push([...describe, ...code, column.missingVariable ?? '']);
    }
  }
  const text = Papa.unparse(
    { fields: [...CODEBOOK_CSV_COLUMNS], data: rows },
    { newline: '\r\n', escapeFormulae: FORMULA_START },
  );
  return `${options.byteOrderMark ? '\uFEFF' : ''}${text}\r\n`;
}
