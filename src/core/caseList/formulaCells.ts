/**
 * Cells that a spreadsheet would run as a formula if the data were ever opened in one
 * (`=HYPERLINK(…)`, `+…`, `-…`, `@…`): "CSV injection". Case Audit never evaluates them; they
 * are kept as text and flagged so the user can see them before importing.
 */

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/;

export function isFormulaLike(cell: string): boolean {
  const visible = cell.trim();
  if (visible === '') return false;
  // A tab or carriage return can hide a formula from a quick look at the file.
  if (cell[0] === '\t' || cell[0] === '\r') return true;
  // A lone "-" means "none"; a signed number such as -3 or +2.5 is data.
  if (visible.length < 2 || PLAIN_NUMBER.test(visible)) return false;
  return '=+-@'.includes(visible[0]!);
}
