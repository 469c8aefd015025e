/**
 * The Questions sheet: profile fields, sections, standards and questions, one row each, in
 * order. A standard belongs to the section above it (or the one its `section` column names),
 * a question to the standard above it (or the one in `standard`). Rules are kept as text here
 * and read once every item is known (readRules in sheetsToFramework.ts).
 */
import { writeText } from '../frameworkText';
import type { ItemType } from './ruleExpression';
import type { DataRow, SheetTable } from './sheetTable';
import { QUESTION_ROW_TYPES, type QuestionRowType } from './workbookLayout';
import type { WorkbookOrigins } from './workbookOrigins';

type Json = Record<string, unknown>;

/** A rule cell still to be read: the part it belongs to and where it is. */
export type RuleCell = { readonly target: Json; readonly row: DataRow; readonly text: string };

export type QuestionsRead = {
  profile: Json[];
  sections: Json[];
  items: Map<string, ItemType>;
  rules: RuleCell[];
};

/** The columns each type of row may fill; anything else on the row would be lost. */
const ITEM_COLUMNS = [
  'type',
  'id',
  'kind',
  'text',
  'scale',
  'required',
  'guidance',
  'prompts',
  'rule',
  'unit',
  'min',
  'max',
  'integer',
  'thresholds',
  'allow not applicable',
  'allow not known',
  'wording',
];
const ROW_COLUMNS: Record<QuestionRowType, readonly string[]> = {
  profile: ITEM_COLUMNS,
  section: ['type', 'id', 'text', 'description', 'rule'],
  standard: ['type', 'id', 'section', 'text', 'description', 'rule', 'rated by'],
  question: [
    ...ITEM_COLUMNS,
    'section',
    'standard',
    'key',
    'finding when positive',
    'finding when negative',
  ],
};

const THRESHOLD = /^\s*(-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*: ?(.*)$/;

function put(target: Json, key: string, value: unknown) {
  if (value !== undefined) target[key] = value;
}

function optionalText(table: SheetTable, row: DataRow, column: string) {
  return writeText(undefined, table.text(row, column) ?? '', { optional: true });
}

function thresholds(table: SheetTable, row: DataRow) {
  const lines = table.lines(row, 'thresholds');
  if (lines === undefined) return undefined;
  const out: Json[] = [];
  for (const line of lines) {
    const match = THRESHOLD.exec(line);
    if (!match) {
      table.problem(
        table.place(row.row, 'thresholds'),
        `"${line}" is not a threshold: write one per line as a number, a colon and its label, such as "5: more than 5 placements"`,
      );
      continue;
    }
    out.push({ above: Number(match[1]), label: writeText(undefined, match[2] ?? '') });
  }
  return out;
}

/** The fields questions and profile fields share. */
function readItem(table: SheetTable, row: DataRow, scaleIds: ReadonlySet<string>): Json {
  const item: Json = {};
  put(item, 'id', table.word(row, 'id'));
  put(item, 'text', writeText(undefined, table.text(row, 'text') ?? ''));
  put(item, 'kind', table.word(row, 'kind'));
  const scale = table.word(row, 'scale');
  if (scale !== undefined && !scaleIds.has(scale)) {
    table.problem(table.place(row.row, 'scale'), `no scale "${scale}" on the Scales sheet`);
  }
  put(item, 'scale', scale);
  put(item, 'unit', optionalText(table, row, 'unit'));
  put(item, 'min', table.number(row, 'min'));
  put(item, 'max', table.number(row, 'max'));
  put(item, 'integer', table.yesNo(row, 'integer'));
  put(item, 'thresholds', thresholds(table, row));
  put(item, 'allowNotApplicable', table.yesNo(row, 'allow not applicable'));
  put(item, 'allowNotKnown', table.yesNo(row, 'allow not known'));
  put(item, 'guidance', optionalText(table, row, 'guidance'));
  put(
    item,
    'prompts',
    table.lines(row, 'prompts')?.map((p) => writeText(undefined, p)),
  );
  put(item, 'required', table.yesNo(row, 'required'));
  put(item, 'wording', table.word(row, 'wording'));
  return item;
}

function readQuestion(table: SheetTable, row: DataRow, scaleIds: ReadonlySet<string>): Json {
  const question = readItem(table, row, scaleIds);
  put(question, 'key', table.yesNo(row, 'key'));
  const positive = optionalText(table, row, 'finding when positive');
  const negative = optionalText(table, row, 'finding when negative');
  if (positive !== undefined || negative !== undefined) {
    question.finding = {};
    put(question.finding as Json, 'positive', positive);
    put(question.finding as Json, 'negative', negative);
  }
  return question;
}

function readHeading(table: SheetTable, row: DataRow): Json {
  const heading: Json = {};
  put(heading, 'id', table.word(row, 'id'));
  put(heading, 'title', writeText(undefined, table.text(row, 'text') ?? ''));
  put(heading, 'description', optionalText(table, row, 'description'));
  return heading;
}

/** Cells filled on a row whose type has no such field: refused rather than dropped. */
function strayCells(table: SheetTable, row: DataRow, type: QuestionRowType) {
  for (const [column] of table.columns) {
    if (!ROW_COLUMNS[type].includes(column) && table.text(row, column)?.trim()) {
      table.problem(table.place(row.row, column), `a ${type} row has no ${column}: leave it empty`);
    }
  }
}

/** A section or standard read so far; a standard knows the id of its section. */
type Parent = { json: Json; path: string; section?: string };
type Parents = {
  sections: Map<string, Parent>;
  standards: Map<string, Parent>;
  section?: Parent;
  standard?: Parent;
};

/** A question row's `section`, when filled, must be its standard's. */
function sameSection(table: SheetTable, row: DataRow, standard: Parent) {
  const named = table.word(row, 'section');
  if (named !== undefined && named !== standard.section) {
    table.problem(
      table.place(row.row, 'section'),
      `this question’s standard "${String(standard.json.id)}" is in section "${standard.section}", not "${named}"`,
    );
  }
}

/** The section or standard a row belongs to: named in its column, or the last one above. */
function parentOf(
  table: SheetTable,
  row: DataRow,
  column: 'section' | 'standard',
  parents: Parents,
) {
  const named = table.word(row, column);
  const above = column === 'section' ? parents.section : parents.standard;
  if (named === undefined) {
    if (!above) {
      table.problem(
        table.place(row.row, 'type'),
        `a ${column === 'section' ? 'standard' : 'question'} row must come after a ${column} row`,
      );
    }
    return above;
  }
  const found = (column === 'section' ? parents.sections : parents.standards).get(named);
  if (!found) {
    table.problem(table.place(row.row, column), `no ${column} "${named}" above this row`);
  }
  return found;
}

function readRow(
  table: SheetTable,
  row: DataRow,
  type: QuestionRowType,
  read: QuestionsRead,
  context: { origins: WorkbookOrigins; scaleIds: ReadonlySet<string>; parents: Parents },
): Json | undefined {
  const { origins, scaleIds, parents } = context;
  if (type === 'profile') {
    const field = readItem(table, row, scaleIds);
    origins.add(`profile[${read.profile.length}]`, { table, row: row.row });
    read.profile.push(field);
    return field;
  }
  if (type === 'section') {
    const section: Json = { ...readHeading(table, row), standards: [] };
    const path = `sections[${read.sections.length}]`;
    origins.add(path, { table, row: row.row, aliases: { title: 'text' } });
    read.sections.push(section);
    parents.section = { json: section, path };
    parents.sections.set(String(section.id), parents.section);
    parents.standard = undefined;
    return section;
  }
  const parent = parentOf(table, row, type === 'standard' ? 'section' : 'standard', parents);
  if (!parent) return undefined;
  const list = parent.json[type === 'standard' ? 'standards' : 'questions'] as Json[];
  const path = `${parent.path}.${type === 'standard' ? 'standards' : 'questions'}[${list.length}]`;
  if (type === 'question') {
    sameSection(table, row, parent);
    const question = readQuestion(table, row, scaleIds);
    origins.add(path, { table, row: row.row });
    list.push(question);
    return question;
  }
  const standard: Json = { ...readHeading(table, row), questions: [] };
  put(standard, 'ratedBy', table.word(row, 'rated by'));
  origins.add(path, { table, row: row.row, aliases: { title: 'text' } });
  list.push(standard);
  parents.standard = { json: standard, path, section: String(parent.json.id) };
  parents.standards.set(String(standard.id), parents.standard);
  return standard;
}

export function readQuestionsSheet(
  table: SheetTable,
  origins: WorkbookOrigins,
  scaleIds: ReadonlySet<string>,
): QuestionsRead {
  const read: QuestionsRead = { profile: [], sections: [], items: new Map(), rules: [] };
  const parents: Parents = { sections: new Map(), standards: new Map() };
  for (const row of table.dataRows()) {
    const typed = table.word(row, 'type')?.toLowerCase();
    const type = QUESTION_ROW_TYPES.find((t) => t === typed);
    if (!type) {
      table.problem(
        table.place(row.row, 'type'),
        `${typed === undefined ? 'is empty' : `"${typed}" is not a type of row`}: write one of ${QUESTION_ROW_TYPES.join(', ')}`,
      );
      continue;
    }
    strayCells(table, row, type);
    const target = readRow(table, row, type, read, { origins, scaleIds, parents });
    if (!target) continue;
    if ((type === 'profile' || type === 'question') && typeof target.id === 'string') {
      if (!read.items.has(target.id)) read.items.set(target.id, type);
    }
    const rule = table.text(row, 'rule');
    if (rule !== undefined && rule.trim() !== '') read.rules.push({ target, row, text: rule });
  }
  return read;
}
