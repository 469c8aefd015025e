/**
 * The Ratings sheet (rounding, the standard rule, percentage bands, the overall rule and its
 * bands of points) and the Lists sheet (suggested areas and strata, the glossary).
 */
import { writeText } from '../frameworkText';
import type { DataRow, SheetTable } from './sheetTable';
import { LIST_NAMES, type ListName, RATING_ROW_TYPES } from './workbookLayout';
import type { WorkbookOrigins } from './workbookOrigins';

type Json = Record<string, unknown>;

function put(target: Json, key: string, value: unknown) {
  if (value !== undefined) target[key] = value;
}

function text(table: SheetTable, row: DataRow, column: string) {
  return writeText(undefined, table.text(row, column) ?? '');
}

/** Rows holding one setting each, by the JSON path they fill. */
const SETTING_ROWS = [
  ['rating.rounding', 'rounding'],
  ['rating.standardRule', 'standard rule'],
  ['rating.overall.rule', 'overall rule'],
] as const;

/** The overall rule's part of the rating rules, made on first use. */
function overallOf(rating: Json): Json {
  if (rating.overall === undefined) rating.overall = { bands: [] };
  return rating.overall as Json;
}

function setting(table: SheetTable, row: DataRow, rating: Json, path: string, seen: Set<string>) {
  if (seen.has(path)) {
    table.problem(table.place(row.row, 'type'), 'is given twice: keep one row of this type');
    return;
  }
  seen.add(path);
  const [, key, inner] = path.split('.');
  const target = inner === undefined ? rating : overallOf(rating);
  put(target, inner ?? key!, table.word(row, 'value'));
}

/** The rating rules, or undefined when the sheet has none. */
export function readRatingsSheet(table: SheetTable, origins: WorkbookOrigins): Json | undefined {
  const rows = table.dataRows();
  if (rows.length === 0) return undefined;
  const rating: Json = { bands: [] };
  const seen = new Set<string>();
  for (const row of rows) {
    const type = RATING_ROW_TYPES.find((t) => t === table.word(row, 'type')?.toLowerCase());
    const settingPath =
      type === 'rounding'
        ? 'rating.rounding'
        : type === 'standard rule'
          ? 'rating.standardRule'
          : type === 'overall rule'
            ? 'rating.overall.rule'
            : undefined;
    if (settingPath) {
      origins.add(settingPath, { table, row: row.row, column: 'value' });
      setting(table, row, rating, settingPath, seen);
    } else if (type === 'band') {
      const bands = rating.bands as Json[];
      origins.add(`rating.bands[${bands.length}]`, {
        table,
        row: row.row,
        aliases: { minPercent: 'min', maxPercent: 'max' },
      });
      const band: Json = { label: text(table, row, 'label') };
      put(band, 'minPercent', table.number(row, 'min'));
      put(band, 'maxPercent', table.number(row, 'max'));
      band.rating = text(table, row, 'rating');
      put(band, 'points', table.number(row, 'points'));
      bands.push(band);
    } else if (type === 'overall band') {
      const overall = overallOf(rating);
      const bands = overall.bands as Json[];
      if (bands.length === 0) origins.add('rating.overall', { table, row: row.row });
      origins.add(`rating.overall.bands[${bands.length}]`, {
        table,
        row: row.row,
        aliases: { minPoints: 'min', maxPoints: 'max' },
      });
      const band: Json = {};
      put(band, 'minPoints', table.number(row, 'min'));
      put(band, 'maxPoints', table.number(row, 'max'));
      band.rating = text(table, row, 'rating');
      bands.push(band);
    } else {
      table.problem(table.place(row.row, 'type'), `write one of ${RATING_ROW_TYPES.join(', ')}`);
    }
  }
  for (const [path, name] of SETTING_ROWS) {
    if (!seen.has(path)) {
      origins.add(path, { table, missing: `the "${name}" row (not on the sheet)` });
    }
  }
  return rating;
}

/** Suggested areas and strata, and the glossary; each list only when it has rows. */
export function readListsSheet(table: SheetTable, origins: WorkbookOrigins): Json {
  const lists: Record<string, Json[]> = {};
  for (const row of table.dataRows()) {
    const name = table.word(row, 'list')?.toLowerCase();
    const list = (Object.keys(LIST_NAMES) as ListName[]).find((l) => l === name);
    if (!list) {
      table.problem(
        table.place(row.row, 'list'),
        `write one of ${Object.keys(LIST_NAMES).join(', ')}`,
      );
      continue;
    }
    const key = LIST_NAMES[list];
    const entries = lists[key] ?? [];
    lists[key] = entries;
    const entry: Json = {};
    if (list === 'glossary') {
      if (table.word(row, 'id') !== undefined) {
        table.problem(table.place(row.row, 'id'), 'a glossary term has no id: leave it empty');
      }
      origins.add(`${key}[${entries.length}]`, {
        table,
        row: row.row,
        aliases: { term: 'name', definition: 'description' },
      });
      entry.term = text(table, row, 'name');
      entry.definition = text(table, row, 'description');
    } else {
      origins.add(`${key}[${entries.length}]`, { table, row: row.row });
      put(entry, 'id', table.word(row, 'id'));
      entry.name = text(table, row, 'name');
      put(
        entry,
        'description',
        writeText(undefined, table.text(row, 'description') ?? '', { optional: true }),
      );
    }
    entries.push(entry);
  }
  return lists;
}
