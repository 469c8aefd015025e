/**
 * Text in SPSS syntax: labels cut to the lengths SPSS keeps (in bytes of UTF-8), quoted with
 * apostrophes (an apostrophe inside doubled: 'child''s'), and long ones split into pieces
 * joined with `+`, so no line of the syntax grows past what SPSS reads.
 */

/** SPSS keeps at most this many bytes of a variable label, and of a value label. */
export const VARIABLE_LABEL_BYTES = 255;
export const VALUE_LABEL_BYTES = 120;
/** Bytes of text per quoted piece: with its name and quotes, a line stays well short of 256. */
const PIECE_BYTES = 80;

function bytesOf(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

export function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) bytes += bytesOf(char.codePointAt(0)!);
  return bytes;
}

/** One line, tabs and line breaks made spaces. */
function oneLine(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ');
}

/** `text` cut to at most `max` bytes, whole characters only, ending "…" when cut. */
export function cutToBytes(text: string, max: number): string {
  const line = oneLine(text);
  if (utf8Length(line) <= max) return line;
  const budget = max - bytesOf(0x2026);
  let bytes = 0;
  let kept = '';
  for (const char of line) {
    bytes += bytesOf(char.codePointAt(0)!);
    if (bytes > budget) break;
    kept += char;
  }
  return `${kept.trimEnd()}…`;
}

/** "<whole>: <part>" within `max` bytes: the whole is cut, so the part always shows. */
export function labelWithPart(whole: string, part: string, max: number): string {
  const tail = `: ${oneLine(part)}`;
  const room = max - utf8Length(tail);
  return room < 20 ? cutToBytes(`${whole}${tail}`, max) : `${cutToBytes(whole, room)}${tail}`;
}

/** Pieces of at most PIECE_BYTES bytes, whole characters only. */
function pieces(text: string): string[] {
  const out: string[] = [];
  let piece = '';
  let bytes = 0;
  for (const char of text) {
    const size = bytesOf(char.codePointAt(0)!);
    if (bytes + size > PIECE_BYTES && piece !== '') {
      out.push(piece);
      piece = '';
      bytes = 0;
    }
    piece += char;
    bytes += size;
  }
  out.push(piece);
  return out;
}

/** A quoted SPSS string; long text split into pieces joined with `+` on following lines. */
export function spssString(text: string, indent = '    '): string {
  return pieces(oneLine(text))
    .map((piece) => `'${piece.replace(/'/g, "''")}'`)
    .join(` +\n${indent}`);
}

/** Names (or other words) over as many lines as needed, each line at most about 100 characters. */
export function wrapWords(words: readonly string[], indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line !== '' && line.length + word.length + 1 > 100) {
      lines.push(line);
      line = '';
    }
    line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.join(`\n${indent}`);
}
