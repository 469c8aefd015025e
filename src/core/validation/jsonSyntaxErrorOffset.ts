/**
 * Where JSON text first breaks the grammar. The engine's own message often gives no position
 * ("Unexpected token '}', … is not valid JSON"), and people fixing a file need a line and a
 * column. A loop with an explicit stack, never recursion, so hostile nesting cannot overflow.
 */

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /^[0-9a-fA-F]{4}$/;

/** End of the string starting at `start` (a quote), or the offset of the error as `{ at }`. */
function scanString(text: string, start: number): number | { at: number } {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') return i + 1;
    if (c === '\\') {
      const next = text[i + 1];
      if (next === 'u') {
        if (!HEX4.test(text.slice(i + 2, i + 6))) return { at: i };
        i += 6;
      } else if (next !== undefined && ESCAPES.has(next)) i += 2;
      else return { at: i };
    } else if (c.charCodeAt(0) < 0x20) return { at: i };
    else i++;
  }
  return { at: text.length };
}

/** Offset of the first syntax error in `text`, or undefined if the text is valid JSON. */
export function jsonSyntaxErrorOffset(text: string): number | undefined {
  const stack: ('{' | '[')[] = [];
  let expect: Expect | 'end' = 'value';
  let i = 0;
  const afterValue = () => (stack.length > 0 ? 'comma-or-close' : 'end');
  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
    if (i >= text.length) return expect === 'end' ? undefined : i;
    const c = text[i]!;
    if (expect === 'end') return i;
    if (expect === 'colon') {
      if (c !== ':') return i;
      i++;
      expect = 'value';
      continue;
    }
    if (expect === 'comma-or-close') {
      const open = stack[stack.length - 1];
      if (c === ',') {
        i++;
        expect = open === '{' ? 'key' : 'value';
      } else if ((c === '}' && open === '{') || (c === ']' && open === '[')) {
        i++;
        stack.pop();
        expect = afterValue();
      } else return i;
      continue;
    }
    if ((expect === 'key-or-close' && c === '}') || (expect === 'value-or-close' && c === ']')) {
      i++;
      stack.pop();
      expect = afterValue();
      continue;
    }
    if (expect === 'key' || expect === 'key-or-close') {
      if (c !== '"') return i;
      const end = scanString(text, i);
      if (typeof end !== 'number') return end.at;
      i = end;
      expect = 'colon';
      continue;
    }
    // A value.
    if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      expect = c === '{' ? 'key-or-close' : 'value-or-close';
      continue;
    }
    if (c === '"') {
      const end = scanString(text, i);
      if (typeof end !== 'number') return end.at;
      i = end;
    } else if (c === 't' || c === 'f' || c === 'n') {
      const word = c === 't' ? 'true' : c === 'f' ? 'false' : 'null';
      for (const letter of word) {
        if (text[i] !== letter) return i;
        i++;
      }
    } else {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) return i;
      i = NUMBER.lastIndex;
    }
    expect = afterValue();
  }
}
