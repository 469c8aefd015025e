/**
 * The words, numbers, quoted answers and signs a rule expression is made of. Quotes may be
 * straight or curly (Excel turns ' into ’ as you type); a quote inside quoted text is doubled.
 */

export type Token =
  | { kind: 'word'; text: string; at: number }
  | { kind: 'number'; text: string; value: number; at: number }
  | { kind: 'string'; text: string; value: string; at: number }
  | { kind: 'op'; text: '=' | '!=' | '>' | '<'; at: number }
  | { kind: '(' | ')' | ','; text: string; at: number };

/** A problem with an expression's text, at a character counted from 1. */
export class RuleSyntaxError extends Error {}

const NUMBER = /-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z0-9][A-Za-z0-9._-]*/y;
const ID_CHAR = /[A-Za-z0-9._-]/;
const SINGLE_QUOTES = "'‘’";
const DOUBLE_QUOTES = '"“”';
const OPERATORS: readonly [string, '=' | '!=' | '>' | '<'][] = [
  ['!=', '!='],
  ['<>', '!='],
  ['==', '='],
  ['=', '='],
  ['>', '>'],
  ['<', '<'],
];

function readQuoted(source: string, start: number): { value: string; end: number } {
  const quotes = SINGLE_QUOTES.includes(source[start]!) ? SINGLE_QUOTES : DOUBLE_QUOTES;
  let value = '';
  let i = start + 1;
  while (i < source.length) {
    const char = source[i]!;
    if (quotes.includes(char)) {
      const next = source[i + 1];
      if (next !== undefined && quotes.includes(next)) {
        value += char;
        i += 2;
        continue;
      }
      return { value, end: i + 1 };
    }
    value += char;
    i++;
  }
  throw new RuleSyntaxError(`the quoted text at character ${start + 1} has no closing quote`);
}

function match(pattern: RegExp, source: string, at: number): string | null {
  pattern.lastIndex = at;
  return pattern.exec(source)?.[0] ?? null;
}

/** The tokens of an expression, or a RuleSyntaxError naming the first character not understood. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i]!;
    if (/\s/.test(char)) {
      i++;
      continue;
    }
    if (char === '(' || char === ')' || char === ',') {
      tokens.push({ kind: char, text: char, at: i });
      i++;
      continue;
    }
    if (SINGLE_QUOTES.includes(char) || DOUBLE_QUOTES.includes(char)) {
      const { value, end } = readQuoted(source, i);
      tokens.push({ kind: 'string', text: source.slice(i, end), value, at: i });
      i = end;
      continue;
    }
    const operator = OPERATORS.find(([text]) => source.startsWith(text, i));
    if (operator) {
      tokens.push({ kind: 'op', text: operator[1], at: i });
      i += operator[0].length;
      continue;
    }
    const number = match(NUMBER, source, i);
    if (number && !ID_CHAR.test(source[i + number.length] ?? '')) {
      tokens.push({ kind: 'number', text: number, value: Number(number), at: i });
      i += number.length;
      continue;
    }
    const word = match(WORD, source, i);
    if (!word) throw new RuleSyntaxError(`"${char}" at character ${i + 1} is not understood`);
    tokens.push({ kind: 'word', text: word, at: i });
    i += word.length;
  }
  return tokens;
}
