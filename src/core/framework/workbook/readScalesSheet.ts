/**
 * The Scales sheet: one row per answer option. A scale's own settings (label, ordered, N/A,
 * not known) are on its first row, and the rows of one scale follow each other.
 */
import { writeText } from '../frameworkText';
import type { DataRow, SheetTable } from './sheetTable';
import type { WorkbookOrigins } from './workbookOrigins';

type Json = Record<string, unknown>;

const SCALE_COLUMNS = [
  ['scale label', 'label'],
  ['ordered', 'ordered'],
  ['allow not applicable', 'allowNotApplicable'],
  ['allow not known', 'allowNotKnown'],
  ['not known in base', 'notKnownInBase'],
] as const;

function put(target: Json, key: string, value: unknown) {
  if (value !== undefined) target[key] = value;
}

function newScale(table: SheetTable, row: DataRow, id: string): Json {
  const scale: Json = { id };
  for (const [column, field] of SCALE_COLUMNS) {
    put(
      scale,
      field,
      column === 'scale label'
        ? writeText(undefined, table.text(row, column) ?? '', { optional: true })
        : table.yesNo(row, column),
    );
  }
  scale.options = [];
  return scale;
}

function readOption(table: SheetTable, row: DataRow): Json {
  const option: Json = {};
  put(option, 'value', table.word(row, 'value'));
  put(option, 'label', writeText(undefined, table.text(row, 'label') ?? ''));
  put(option, 'meaning', table.word(row, 'meaning'));
  put(
    option,
    'description',
    writeText(undefined, table.text(row, 'description') ?? '', { optional: true }),
  );
  put(option, 'exclusive', table.yesNo(row, 'exclusive'));
  put(option, 'other', table.yesNo(row, 'other'));
  return option;
}

export function readScalesSheet(table: SheetTable, origins: WorkbookOrigins): Json[] {
  const scales: Json[] = [];
  const byId = new Map<string, { scale: Json; index: number; firstRow: number }>();
  let previous: string | undefined;
  for (const row of table.dataRows()) {
    const id = table.word(row, 'scale');
    if (id === undefined) {
      table.problem(table.place(row.row, 'scale'), 'name the scale this answer belongs to');
      continue;
    }
    let entry = byId.get(id);
    if (!entry) {
      entry = { scale: newScale(table, row, id), index: scales.length, firstRow: row.row };
      origins.add(`scales[${entry.index}]`, {
        table,
        row: row.row,
        aliases: { label: 'scale label' },
      });
      scales.push(entry.scale);
      byId.set(id, entry);
    } else {
      if (previous !== id) {
        table.problem(
          table.place(row.row, 'scale'),
          `the scale id "${id}" is used twice: the rows of one scale follow each other (it starts in row ${entry.firstRow})`,
        );
      }
      for (const [column] of SCALE_COLUMNS) {
        if (table.text(row, column)?.trim()) {
          table.problem(
            table.place(row.row, column),
            `a scale's settings go on its first row (row ${entry.firstRow}): leave this empty`,
          );
        }
      }
    }
    previous = id;
    const options = entry.scale.options as Json[];
    origins.add(`scales[${entry.index}].options[${options.length}]`, {
      table,
      row: row.row,
      aliases: { label: 'label' },
    });
    options.push(readOption(table, row));
  }
  return scales;
}
