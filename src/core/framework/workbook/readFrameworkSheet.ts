/** The Framework sheet: one row per field of the framework itself (`field`, `value`). */
import { writeText } from '../frameworkText';
import type { SheetTable } from './sheetTable';
import { FRAMEWORK_FIELDS, type FrameworkField } from './workbookLayout';
import type { WorkbookOrigins } from './workbookOrigins';

type Json = Record<string, unknown>;

function setPath(target: Json, path: string, value: unknown) {
  const keys = path.split('.');
  let at = target;
  for (const key of keys.slice(0, -1)) {
    at[key] ??= {};
    at = at[key] as Json;
  }
  at[keys.at(-1)!] = value;
}

function fieldNamed(name: string): FrameworkField | undefined {
  const wanted = name.toLowerCase().replace(/\s+/g, ' ');
  return FRAMEWORK_FIELDS.find((f) => f.name === wanted);
}

/** The framework's own fields; `origins` learns the row of each. */
export function readFrameworkSheet(table: SheetTable, origins: WorkbookOrigins): Json {
  const framework: Json = { formatVersion: 1 };
  const seen = new Map<string, number>();
  for (const row of table.dataRows()) {
    const name = table.word(row, 'field');
    const field = name === undefined ? undefined : fieldNamed(name);
    if (!field) {
      const known = FRAMEWORK_FIELDS.map((f) => f.name).join(', ');
      table.problem(
        table.place(row.row, 'field'),
        name === undefined
          ? 'name the field this row holds'
          : `"${name}" is not a field of a framework (the fields are: ${known})`,
      );
      continue;
    }
    const first = seen.get(field.name);
    if (first !== undefined) {
      table.problem(
        table.place(row.row, 'field'),
        `"${field.name}" is given twice (first in row ${first})`,
      );
      continue;
    }
    seen.set(field.name, row.row);
    origins.add(field.path, { table, row: row.row, column: 'value' });
    const value =
      field.type === 'text'
        ? writeText(undefined, table.text(row, 'value') ?? '', { optional: true })
        : field.type === 'number'
          ? table.number(row, 'value')
          : field.type === 'lines'
            ? table.lines(row, 'value')
            : table.word(row, 'value');
    if (value !== undefined) setPath(framework, field.path, value);
  }
  for (const field of FRAMEWORK_FIELDS) {
    if (!seen.has(field.name)) {
      const missing = `the row for "${field.name}" (not on the sheet)`;
      origins.add(field.path, { table, missing });
      const parent = field.path.split('.')[0]!;
      if (parent !== field.path && !seen.has(`${parent}.`)) {
        origins.add(parent, { table, missing });
        seen.set(`${parent}.`, 0);
      }
    }
  }
  return framework;
}
