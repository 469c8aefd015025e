/**
 * An R script (.R) that reads the cases spreadsheet as its codebook describes it, into a data
 * frame `cases` with one column per variable under the codebook's name:
 *
 * - every cell is read as text first (so `na` in a number column, or a text answer "NA", is
 *   never misread), then each column made what it is: coded answers factors whose levels are
 *   the framework's codes in its order and whose labels are its labels (ordered for rating
 *   scales), numbers numeric, dates `Date`;
 * - not applicable and not known are NA, as R's functions expect; why is kept beside, in a
 *   factor `<name>_missing` (a column, not an attribute, since attributes are lost as soon as
 *   the data are subset);
 * - multichoice answers keep their text and gain a TRUE/FALSE column per option;
 * - a code the codebook does not list (an area added to the inspection) is kept, labelled as
 *   written, never turned into NA;
 * - each column's question is its "label" attribute, which RStudio's viewer shows.
 *
 * Text is written with R's escapes, non-ASCII characters as `\u{…}`, so the script is plain
 * ASCII and reads the same whatever the computer's encoding.
 */
import type { Codebook, CodebookColumn } from './codebookSchema';

const DEFAULT_CASES_FILE = 'cases.csv';

/** A double-quoted R string, plain ASCII. */
export function rString(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === '\\' || char === '"') out += `\\${char}`;
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (code < 0x20 || code > 0x7e) out += `\\u{${code.toString(16)}}`;
    else out += char;
  }
  return `"${out}"`;
}

/** `c("a", "b")`, or `character(0)`; one item a line when long, indented under `indent`. */
function vector(texts: readonly string[], indent = '    '): string {
  if (texts.length === 0) return 'character(0)';
  const items = texts.map(rString);
  const flat = `c(${items.join(', ')})`;
  return flat.length <= 80 ? flat : `c(\n${indent}  ${items.join(`,\n${indent}  `)}\n${indent})`;
}

const HELPERS = [
  '  # The reasons the question allows become NA; <name>_missing keeps which.',
  '  answer <- function(x, missing) {',
  '    x[x %in% missing] <- NA',
  '    x',
  '  }',
  '  why_missing <- function(x, missing, labels) factor(x, levels = missing, labels = labels)',
  "  # The codebook's codes in its order, with its labels; a code it does not list kept as written.",
  '  coded <- function(x, codes, labels, ordered = FALSE) {',
  '    extra <- sort(setdiff(unique(x[!is.na(x)]), codes))',
  '    factor(x, levels = c(codes, extra), labels = c(labels, extra), ordered = ordered)',
  '  }',
  '  # Whether a multichoice answer holds the option; "other" is written <code>:<words>.',
  '  chosen <- function(x, code, other = FALSE) {',
  '    vapply(strsplit(x, "|", fixed = TRUE), function(parts) {',
  '      if (length(parts) == 1 && is.na(parts)) return(NA)',
  '      if (other) any(startsWith(parts, paste0(code, ":"))) else code %in% parts',
  '    }, logical(1))',
  '  }',
  '  # Text the spreadsheet starts with an apostrophe so it is never run as a formula.',
  '  unescape <- function(x) sub("^\'([-=+@\\t\\r])", "\\\\1", x)',
];

function read(column: CodebookColumn): string {
  return `raw[[${rString(column.id)}]]`;
}

/** The lines that make one column (and those made from it) of `cases`. */
function columnLines(column: CodebookColumn): string[] {
  const set = (name: string, value: string) => `  cases[[${rString(name)}]] <- ${value}`;
  const missingCodes = vector(column.missing.map((m) => m.code));
  const cell =
    column.missing.length > 0 ? `answer(${read(column)}, ${missingCodes})` : read(column);
  const codes = vector(column.codes.map((c) => c.code));
  const labels = vector(column.codes.map((c) => c.label));
  const lines: string[] = [];
  switch (column.type) {
    case 'code':
      lines.push(
        set(
          column.name,
          `coded(${cell}, ${codes},\n    ${labels}${column.ordered ? ', ordered = TRUE' : ''})`,
        ),
      );
      break;
    case 'number':
      lines.push(set(column.name, `as.numeric(${cell})`));
      break;
    case 'date':
      lines.push(set(column.name, `as.Date(${cell}, format = "%Y-%m-%d")`));
      break;
    case 'text':
      lines.push(set(column.name, `unescape(${cell})`));
      break;
    default:
      lines.push(set(column.name, cell));
      for (const code of column.codes) {
        const other = code.other ? ', other = TRUE' : '';
        lines.push(
          set(
            code.variable!,
            `chosen(cases[[${rString(column.name)}]], ${rString(code.code)}${other})`,
          ),
        );
      }
  }
  if (column.missingVariable) {
    const why = vector(column.missing.map((m) => m.label));
    lines.push(
      set(column.missingVariable, `why_missing(${read(column)}, ${missingCodes}, ${why})`),
    );
  }
  return lines;
}

/** Every variable's label: the question, or the question and the option or reason. */
function labelsOf(column: CodebookColumn): [string, string][] {
  return [
    [column.name, column.label],
    ...column.codes
      .filter((code) => code.variable !== null)
      .map((code): [string, string] => [code.variable!, `${column.label}: ${code.label}`]),
    ...(column.missingVariable
      ? [[column.missingVariable, `${column.label}: why there is no answer`] as [string, string]]
      : []),
  ];
}

/** The .R text for the codebook's cases spreadsheet (`codebook.casesFile`, else cases.csv). */
export function rSyntax(codebook: Codebook): string {
  const file = codebook.casesFile ?? DEFAULT_CASES_FILE;
  const { framework } = codebook;
  const labels = codebook.columns.flatMap(labelsOf);
  const comment = (text: string) => `# ${rString(text).slice(1, -1)}`;
  return [
    comment(`R script for the cases spreadsheet of ${framework.title}.`),
    comment(`Framework ${framework.id} version ${framework.version}. Made by Case Audit.`),
    comment(
      `Reads ${file} from the working directory: change cases_file below if it is elsewhere.`,
    ),
    '# Gives the data frame `cases`, one column per variable of the codebook: coded answers as',
    "# factors with the framework's codes as levels, in its order, and its labels (ordered for",
    '# rating scales); numbers as numbers; dates as dates; multichoice answers as their text and',
    '# TRUE/FALSE for each option. Not applicable and not known are NA, with the reason in the',
    '# factor <name>_missing. Each column\'s question is in its "label" attribute.',
    '',
    `cases_file <- ${rString(file)}`,
    '',
    'read_cases <- function(cases_file) {',
    ...HELPERS,
    '',
    '  raw <- utils::read.csv(cases_file, colClasses = "character", na.strings = "",',
    '    fileEncoding = "UTF-8-BOM", check.names = FALSE, strip.white = FALSE)',
    `  expected <- ${vector(
      codebook.columns.map((c) => c.id),
      '  ',
    )}`,
    '  if (!identical(names(raw), expected)) {',
    `    stop(cases_file, ${rString(` does not have the columns of ${framework.id} version ${framework.version}`)})`,
    '  }',
    '  cases <- data.frame(row.names = seq_len(nrow(raw)))',
    ...codebook.columns.flatMap(columnLines),
    '',
    '  labels <- c(',
    labels.map(([name, label]) => `    ${rString(name)} = ${rString(label)}`).join(',\n'),
    '  )',
    '  for (name in names(labels)) attr(cases[[name]], "label") <- labels[[name]]',
    '  cases',
    '}',
    '',
    'cases <- read_cases(cases_file)',
    '',
  ].join('\n');
}
