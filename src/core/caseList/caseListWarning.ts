/**
 * Something in a case list worth the user's attention that does not stop the import: cells
 * that look like spreadsheet formulas, columns that look like personal data, and so on.
 */
import { listInWords } from '../phrasing/listInWords';
import { pluralForm } from '../phrasing/plural';

export type CaseListWarningKind =
  | 'formula'
  | 'personal-data'
  | 'reference-looks-like-name'
  | 'unnamed-column'
  | 'no-stratum-column';

export type CaseListWarning = {
  readonly kind: CaseListWarningKind;
  /** Where, as in validation errors: "column Notes", "row 14, column ref". */
  readonly path: string;
  readonly message: string;
  /** The column's heading, when the warning is about one column (the UI can offer to drop it). */
  readonly column?: string;
  /** Spreadsheet row numbers concerned, when the warning is about particular rows. */
  readonly rows?: readonly number[];
};

/** How many row numbers a message lists before saying "and N more". */
const ROWS_LISTED = 10;

/** "rows 3, 9 and 12" or "rows 3, 9, … and 40 more". */
export function describeRows(rows: readonly number[]): string {
  if (rows.length <= ROWS_LISTED) {
    return `${pluralForm(rows.length, { one: 'row', other: 'rows' })} ${listInWords(rows.map(String))}`;
  }
  return `rows ${rows.slice(0, ROWS_LISTED).join(', ')} and ${rows.length - ROWS_LISTED} more`;
}
