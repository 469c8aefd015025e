/**
 * Turns the bytes of an uploaded file into text, strictly as UTF-8: a file in another encoding
 * would otherwise import with silently garbled characters. Spots the usual wrong files
 * (a spreadsheet workbook, UTF-16 "Unicode text") and says how to save the file instead.
 */
import { invalid, type ValidationResult, valid } from '../validation/validationResult';

const WHOLE_FILE = '(the whole file)';
const SAVE_AS_CSV =
  'In Excel choose File › Save As › "CSV UTF-8 (Comma delimited)"; in LibreOffice Calc choose ' +
  'Save As › "Text CSV" with the character set "Unicode (UTF-8)"; in Google Sheets choose ' +
  'File › Download › "Comma-separated values".';

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** Line number of the first byte that is not valid UTF-8, for the message. */
function lineOfFirstBadByte(bytes: Uint8Array): number {
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const at = lenient.indexOf('\uFFFD');
  let line = 1;
  for (let i = 0; i < at; i++) if (lenient.charCodeAt(i) === 10) line++;
  return line;
}

export function decodeCsvBytes(input: ArrayBuffer | Uint8Array): ValidationResult<string> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.length === 0) {
    return invalid([{ path: WHOLE_FILE, message: 'is empty: there is no case list in it' }]);
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return invalid([
      {
        path: WHOLE_FILE,
        message: `is a spreadsheet workbook (such as .xlsx), not a CSV file. ${SAVE_AS_CSV}`,
      },
    ]);
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return invalid([
      {
        path: WHOLE_FILE,
        message: `is an old-style Excel workbook (.xls), not a CSV file. ${SAVE_AS_CSV}`,
      },
    ]);
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return invalid([
      {
        path: WHOLE_FILE,
        message: `is saved as "Unicode text" (UTF-16), not UTF-8. ${SAVE_AS_CSV}`,
      },
    ]);
  }
  let text: string;
  try {
    // `fatal` makes a bad byte an error instead of a silent replacement character.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return invalid([
      {
        path: WHOLE_FILE,
        message:
          `is not UTF-8 text (the first character that cannot be read is on line ${lineOfFirstBadByte(bytes)}), ` +
          `so accented letters and symbols would come out wrong. Save it as CSV UTF-8. ${SAVE_AS_CSV}`,
      },
    ]);
  }
  if (text.includes('\u0000')) {
    return invalid([
      {
        path: WHOLE_FILE,
        message: `contains NUL characters, so it is not a text CSV file. ${SAVE_AS_CSV}`,
      },
    ]);
  }
  return valid(text);
}
