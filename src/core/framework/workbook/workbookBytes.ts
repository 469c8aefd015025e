/**
 * What a chosen file is, from its first bytes, before a spreadsheet library is loaded: an
 * Excel workbook (.xlsx, a zip holding xl/workbook.xml), an old binary workbook (.xls), another
 * zip renamed, or something else. Each refusal says what to do instead.
 */

/** Far above a framework workbook (300 questions take about 60 KB): a guard, not a limit. */
export const WORKBOOK_MAX_BYTES = 10 * 1024 * 1024;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLD_EXCEL = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const WORKBOOK_PART = [...'xl/workbook.xml'].map((c) => c.charCodeAt(0));

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Zip entry names are stored as they are, so the workbook part's name is in the bytes. */
function contains(bytes: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0];
  for (let i = bytes.indexOf(first!); i !== -1; i = bytes.indexOf(first!, i + 1)) {
    if (needle.every((b, k) => bytes[i + k] === b)) return true;
  }
  return false;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Why these bytes cannot be a framework workbook, or null when they may be one. */
export function workbookBytesProblem(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'is empty';
  if (bytes.length > WORKBOOK_MAX_BYTES) {
    return `is ${megabytes(bytes.length)}; a framework workbook can be at most ${megabytes(WORKBOOK_MAX_BYTES)}`;
  }
  if (startsWith(bytes, OLD_EXCEL)) {
    return 'is an old Excel workbook (.xls): open it in Excel and save it as an Excel Workbook (.xlsx)';
  }
  if (!startsWith(bytes, ZIP)) return 'is not an Excel workbook (.xlsx)';
  if (!contains(bytes, WORKBOOK_PART)) {
    return 'is a zip file, not an Excel workbook (.xlsx): save the framework from Excel as an Excel Workbook';
  }
  return null;
}
