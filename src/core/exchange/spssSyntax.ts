/**
 * SPSS syntax (.sps) that reads the cases spreadsheet into SPSS (or PSPP) as its codebook
 * describes it: one variable per column under the codebook's name, with its variable label.
 *
 * - Coded answers become numbers with value labels (the codebook's numbers: 1, 2, … in the
 *   scale's order, or a score's own 0–4), so ordered scales sort and test as ordinal and every
 *   procedure takes them; SPSS also keeps at most 8 bytes of a text missing value, too few for
 *   `not_known`. The case's own columns (area, stratum, inspector, status) stay as written,
 *   with value labels, so an area the codebook does not list is never lost.
 * - Not applicable (−1) and not known (−2) are user-missing values of the variable itself, so
 *   they stay apart in frequencies and out of bases. A text answer keeps its words, and why it
 *   has none goes in a separate `<name>_missing` variable.
 * - Multichoice answers keep their text (`education|other:Boxing club`) and gain one 0/1
 *   variable per option, grouped as a multiple response set, which is how SPSS counts them.
 * - Numbers become numbers, dates SPSS dates.
 */
import { OTHER_TEXT_MAX } from '../scoring/multichoiceAnswer';
import { nameAllocator } from './codebookNames';
import type { Codebook, CodebookColumn } from './codebookSchema';
import {
  cutToBytes,
  labelWithPart,
  spssString,
  utf8Length,
  VALUE_LABEL_BYTES,
  VARIABLE_LABEL_BYTES,
  wrapWords,
} from './spssText';

/** Bytes SPSS keeps of a text answer: enough for any written note; longer text is cut. */
export const SPSS_TEXT_BYTES = 4000;
const SPSS_STRING_MAX = 32_000;
const DEFAULT_CASES_FILE = 'cases.csv';

type Read = { readonly column: CodebookColumn; readonly as: string; readonly width: number };

/** Whether the column is read as text under another name and made into its variable. */
function derived(column: CodebookColumn): boolean {
  if (column.source === 'case' || column.type === 'codes') return false;
  return column.type !== 'text' || column.missingVariable !== null;
}

function widthOf(column: CodebookColumn): number {
  if (column.id === 'case_ref') return 256;
  if (column.type === 'text') return SPSS_TEXT_BYTES;
  if (column.type !== 'codes') return 64;
  const codes = column.codes.reduce((sum, code) => sum + utf8Length(code.code) + 1, 0);
  const other = column.codes.some((code) => code.other) ? 1 + 4 * OTHER_TEXT_MAX : 0;
  // At least as wide as `not_known`, which a short list of codes might not be.
  return Math.min(SPSS_STRING_MAX, Math.max(16, codes + other));
}

function reads(codebook: Codebook): Read[] {
  const give = nameAllocator(allNames(codebook));
  return codebook.columns.map((column) => ({
    column,
    as: derived(column) ? give(`${column.name}_raw`) : column.name,
    width: widthOf(column),
  }));
}

/** Every variable the syntax leaves, in the spreadsheet's order. */
function variablesOf(column: CodebookColumn): string[] {
  const dummies = column.type === 'codes' ? column.codes.map((code) => code.variable!) : [];
  const why = column.type === 'text' && column.missingVariable ? [column.missingVariable] : [];
  return [column.name, ...dummies, ...why];
}

function allNames(codebook: Codebook): string[] {
  return codebook.columns.flatMap((column) => [
    ...variablesOf(column),
    ...(column.missingVariable ? [column.missingVariable] : []),
  ]);
}

const q = (text: string) => spssString(text);

/** The condition that a cell holds one of the given codes. */
function isAny(name: string, codes: readonly string[]): string {
  return codes.map((code) => `${name} = ${q(code)}`).join(' OR ');
}

function transform({ column, as }: Read): string[] {
  const missing = column.missing.map((m) => `(${q(m.code)}=${m.value})`);
  switch (column.type) {
    case 'code':
      if (column.source === 'case') return [];
      return [
        `RECODE ${as}`,
        ...column.codes.map((code) => `  (${q(code.code)}=${code.value})`),
        ...missing.map((spec) => `  ${spec}`),
        `  (ELSE=SYSMIS) INTO ${column.name}.`,
      ];
    case 'number':
      return [`RECODE ${as} ${[...missing, '(CONVERT)'].join(' ')} INTO ${column.name}.`];
    case 'date':
      return [
        ...column.missing.flatMap((m, i) => [
          `${i === 0 ? 'DO IF' : 'ELSE IF'} (${as} = ${q(m.code)}).`,
          `COMPUTE ${column.name} = ${m.value}.`,
        ]),
        `${column.missing.length === 0 ? 'DO IF' : 'ELSE IF'} (${as} <> '').`,
        `COMPUTE ${column.name} = NUMBER(${as}, SDATE10).`,
        'END IF.',
      ];
    case 'text': {
      if (column.source === 'case') return [];
      const name = column.name;
      // Text the spreadsheet starts with an apostrophe so that it is never run as a formula
      // (`'=1+1`), given back its words. DO IF, not an IF over two lines: a line starting with
      // a name such as `comment` would be read as a command of that name.
      const unescaped = [
        `DO IF (SUBSTR(${name}, 1, 1) = "'" AND INDEX('=+-@', SUBSTR(${name}, 2, 1)) > 0).`,
        `COMPUTE ${name} = SUBSTR(${name}, 2).`,
        'END IF.',
      ];
      if (!column.missingVariable) return unescaped;
      const codes = column.missing.map((m) => m.code);
      return [
        `STRING ${name} (A${SPSS_TEXT_BYTES}).`,
        `DO IF (NOT (${isAny(as, codes)})).`,
        `COMPUTE ${name} = ${as}.`,
        'END IF.',
        ...unescaped,
        `RECODE ${as} ${missing.join(' ')} (ELSE=SYSMIS) INTO ${column.missingVariable}.`,
      ];
    }
    default:
      return multichoice(column);
  }
}

/** One 0/1 variable per option; every one −1 or −2 when the answer is N/A or not known. */
function multichoice(column: CodebookColumn): string[] {
  const name = column.name;
  const dummies = column.codes.map((code) => code.variable!);
  const answered = column.codes.map((code) =>
    code.other
      ? `COMPUTE ${code.variable} = INDEX(CONCAT('|', RTRIM(${name})), ${q(`|${code.code}:`)}) > 0.`
      : `COMPUTE ${code.variable} = INDEX(CONCAT('|', RTRIM(${name}), '|'), ${q(`|${code.code}|`)}) > 0.`,
  );
  return [
    `NUMERIC ${wrapWords(dummies, '  ')} (F2.0).`,
    ...column.missing.flatMap((m, i) => [
      `${i === 0 ? 'DO IF' : 'ELSE IF'} (${name} = ${q(m.code)}).`,
      ...dummies.map((dummy) => `COMPUTE ${dummy} = ${m.value}.`),
    ]),
    `${column.missing.length === 0 ? 'DO IF' : 'ELSE IF'} (${name} <> '').`,
    ...answered,
    'END IF.',
  ];
}

function variableLabels(column: CodebookColumn): string[] {
  const label = (name: string, text: string) =>
    `/${name} ${q(cutToBytes(text, VARIABLE_LABEL_BYTES))}`;
  return [
    label(column.name, column.label),
    ...(column.type === 'codes'
      ? column.codes.map(
          (code) =>
            `/${code.variable} ${q(labelWithPart(column.label, code.label, VARIABLE_LABEL_BYTES))}`,
        )
      : []),
    ...(column.type === 'text' && column.missingVariable
      ? [
          `/${column.missingVariable} ${q(labelWithPart(column.label, 'why there is no answer', VARIABLE_LABEL_BYTES))}`,
        ]
      : []),
  ];
}

function valueLabels(column: CodebookColumn): string[] {
  const value = (v: string | number) => (typeof v === 'number' ? String(v) : q(v));
  const pairs = (list: readonly { value: string | number; label: string }[]) =>
    list.map((p) => `  ${value(p.value)} ${q(cutToBytes(p.label, VALUE_LABEL_BYTES))}`);
  const missing = column.missing.map((m) => ({ value: m.value, label: m.label }));
  if (column.type === 'code') {
    const codes = column.codes.map((c) => ({ value: c.value ?? c.code, label: c.label }));
    if (codes.length === 0) return [];
    return [`/${column.name}`, ...pairs([...codes, ...missing])];
  }
  if (column.type === 'codes') {
    const dummies = column.codes.map((code) => code.variable!);
    return [
      `/${wrapWords(dummies, '  ')}`,
      ...pairs([{ value: 0, label: 'Not chosen' }, { value: 1, label: 'Chosen' }, ...missing]),
    ];
  }
  if (missing.length === 0) return [];
  const target = column.type === 'text' ? column.missingVariable! : column.name;
  return [`/${target}`, ...pairs(missing)];
}

/** The variables holding −1/−2 as user-missing values, each with its list. */
function missingValues(column: CodebookColumn): string[] {
  if (column.missing.length === 0) return [];
  const values = `(${column.missing.map((m) => m.value).join(', ')})`;
  if (column.type === 'text') return [`/${column.missingVariable} ${values}`];
  if (column.type === 'codes') {
    return [`/${wrapWords([...column.codes.map((code) => code.variable!)], '  ')} ${values}`];
  }
  return [`/${column.name} ${values}`];
}

function formatOf(column: CodebookColumn): string | null {
  if (column.source === 'case' || column.type === 'text') return null;
  if (column.type === 'date') return 'SDATE10';
  if (column.type === 'number') {
    // Wide enough for the numbers standing for N/A and not known.
    const widest = Math.max(0, ...column.missing.map((m) => String(m.value).length));
    return column.integer ? `F${Math.max(8, widest + 1)}.0` : `F${Math.max(12, widest + 4)}.2`;
  }
  if (column.type === 'codes') return null;
  const widest = Math.max(
    2,
    ...[...column.codes.map((c) => c.value ?? 0), ...column.missing.map((m) => m.value)].map(
      (v) => String(v).length,
    ),
  );
  return `F${widest}.0`;
}

function levelOf(column: CodebookColumn): string {
  if (column.type === 'number' || column.type === 'date') return 'SCALE';
  return column.ordered ? 'ORDINAL' : 'NOMINAL';
}

/** A command over several `/`-separated parts (lines), ended with its period; none: nothing. */
function command(name: string, lines: readonly string[]): string[] {
  if (lines.length === 0) return [];
  const out = [`${name} ${lines[0]!.replace(/^\//, '')}`, ...lines.slice(1).map((l) => `  ${l}`)];
  out[out.length - 1] += '.';
  return out;
}

function heading(codebook: Codebook, file: string): string[] {
  const hasText = codebook.columns.some((c) => c.type === 'text' && c.source !== 'case');
  const { framework } = codebook;
  return [
    '* Encoding: UTF-8.',
    `* SPSS syntax for the cases spreadsheet of ${cutToBytes(framework.title, 200)}.`,
    `* Framework ${framework.id} version ${framework.version}. Made by Case Audit.`,
    `* Reads ${file} from the working directory: change FILE below if it is elsewhere.`,
    '* Coded answers are numbers with value labels (see the codebook).',
    '* Not applicable (-1) and not known (-2) are user-missing values.',
    '* Multichoice answers keep their text and have one 0/1 variable per option.',
    ...(hasText
      ? [
          `* Text answers are read up to ${SPSS_TEXT_BYTES} bytes.`,
          '* SPSS reads one case per line: a line break inside a text answer splits its case.',
        ]
      : []),
    '',
  ];
}

/** The .sps text for the codebook's cases spreadsheet (`codebook.casesFile`, else cases.csv). */
export function spssSyntax(codebook: Codebook): string {
  const file = codebook.casesFile ?? DEFAULT_CASES_FILE;
  const read = reads(codebook);
  const columns = codebook.columns;
  const formats = columns.flatMap((c) => {
    const format = formatOf(c);
    const dummies =
      c.type === 'codes'
        ? [
            `/${wrapWords(
              c.codes.map((d) => d.variable!),
              '  ',
            )} (F2.0)`,
          ]
        : [];
    const why = c.type === 'text' && c.missingVariable ? [`/${c.missingVariable} (F2.0)`] : [];
    return [...(format ? [`/${c.name} (${format})`] : []), ...dummies, ...why];
  });
  const levels = columns.flatMap((c) => [
    `/${c.name} (${c.type === 'codes' ? 'NOMINAL' : levelOf(c)})`,
    ...(c.type === 'codes'
      ? [
          `/${wrapWords(
            c.codes.map((d) => d.variable!),
            '  ',
          )} (NOMINAL)`,
        ]
      : []),
  ]);
  const sets = columns
    .filter((c) => c.type === 'codes' && c.codes.length > 0)
    .map(
      (c) =>
        `/MDGROUP NAME=$${c.name.slice(0, 63)} LABEL=${q(cutToBytes(c.label, VARIABLE_LABEL_BYTES))}\n    VARIABLES=${wrapWords(
          c.codes.map((d) => d.variable!),
          '      ',
        )} VALUE=1`,
    );
  return [
    ...heading(codebook, file),
    'GET DATA /TYPE=TXT',
    `  /FILE=${q(file)}`,
    "  /ENCODING='UTF8'",
    '  /DELCASE=LINE',
    '  /DELIMITERS=","',
    `  /QUALIFIER='"'`,
    '  /ARRANGEMENT=DELIMITED',
    '  /FIRSTCASE=2',
    '  /VARIABLES=',
    ...read.map((r, i) => `    ${r.as} A${r.width}${i === read.length - 1 ? '.' : ''}`),
    '',
    ...read.flatMap(transform),
    '',
    `ADD FILES FILE=* /KEEP=${wrapWords(columns.flatMap(variablesOf), '  ')}.`,
    '',
    ...command('VARIABLE LABELS', columns.flatMap(variableLabels)),
    ...command('VALUE LABELS', columns.flatMap(valueLabels)),
    ...command('MISSING VALUES', columns.flatMap(missingValues)),
    ...command('FORMATS', formats),
    ...command('VARIABLE LEVEL', levels),
    ...(sets.length > 0 ? [`MRSETS ${sets.join('\n  ')}.`] : []),
    'EXECUTE.',
    '',
  ].join('\n');
}
