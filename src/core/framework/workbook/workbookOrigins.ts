/**
 * Where each part of a framework read from a workbook came from, so that a problem the schema
 * or the framework checks find at a JSON path (`sections[0].standards[2].questions[1].scale`)
 * is named by the sheet, row and column an author fixes it in.
 */
import type { ValidationError } from '../../validation/validationResult';
import type { SheetTable } from './sheetTable';

type Origin = {
  readonly table: SheetTable;
  readonly row?: number;
  /** A JSON field whose column is not the one of the same field in the layout. */
  readonly aliases?: Readonly<Record<string, string>>;
  /** The column of every field of this part (the Framework sheet's `value`). */
  readonly column?: string;
  /** Said instead of a row when the part is not on the sheet at all. */
  readonly missing?: string;
};

/** Lists inside a part, named in words when a problem is about the list itself. */
const LIST_WORDS: Record<string, string> = {
  questions: 'its questions',
  standards: 'its standards',
  options: 'its options',
  bands: 'its bands',
};

/** `a.b[2].c` → the path one step shorter, `a.b[2]`; null for a path of one step. */
function parentPath(path: string): string | null {
  const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
  return cut <= 0 ? null : path.slice(0, cut);
}

export class WorkbookOrigins {
  private readonly origins = new Map<string, Origin>();

  add(path: string, origin: Origin) {
    this.origins.set(path, origin);
  }

  private columnOf(origin: Origin, rest: string): string | undefined {
    if (origin.column !== undefined) return origin.column;
    const keys = rest.split(/[.[]/).filter((k) => k !== '' && !k.endsWith(']'));
    for (let n = Math.min(keys.length, 2); n > 0; n--) {
      const field = keys.slice(0, n).join('.');
      const alias = origin.aliases?.[field];
      if (alias !== undefined) return alias;
      const column = origin.table.layout.columns.find((c) => c.field === field);
      if (column) return column.name;
    }
    return undefined;
  }

  /** The place of a JSON path: the nearest part read from a row, and the column of the field. */
  locate(path: string): string {
    for (let at: string | null = path; at !== null; at = parentPath(at)) {
      const origin = this.origins.get(at);
      if (!origin) continue;
      const rest = path.slice(at.length);
      if (origin.missing !== undefined) return `${origin.table.layout.sheet}, ${origin.missing}`;
      const column = this.columnOf(origin, rest);
      const place = origin.table.place(origin.row, column);
      const list = LIST_WORDS[rest.replace(/^\./, '')];
      return list && column === undefined ? `${place}, ${list}` : place;
    }
    return 'the workbook';
  }

  /** The framework checks' problems, each moved from its JSON path to its cell. */
  relocate(errors: readonly ValidationError[]): ValidationError[] {
    return errors.map((e) => ({
      path: e.path === '(the whole file)' ? 'the workbook' : this.locate(e.path),
      // "used twice (first at sections[0]…)" names the first one's row instead.
      message: e.message.replace(
        /\(first at ([\w.[\]-]+)\)/,
        (_, first: string) => `(first in ${this.locate(first)})`,
      ),
    }));
  }
}
