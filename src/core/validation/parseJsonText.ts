import { withArticle } from '../phrasing/withArticle';
import { jsonSyntaxErrorOffset } from './jsonSyntaxErrorOffset';
import { invalid, type ValidationResult, valid } from './validationResult';

export type JsonLimits = {
  /** Largest accepted input, in bytes of UTF-8. */
  readonly maxBytes: number;
  /** Deepest accepted nesting of objects and lists. */
  readonly maxDepth: number;
};

function describeSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Line and column of a character offset, for messages people can act on. */
function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      column = 1;
    } else column++;
  }
  return `line ${line}, column ${column}`;
}

/**
 * The engine's reason without its position or its quote of the input: the place is given as a
 * line and column instead, and a quote of binary junk helps nobody.
 */
function engineReason(message: string): string {
  const reason = message
    .replace(/, .* is not valid JSON$/s, '')
    .replace(/ (?:in JSON )?at position \d+.*$/s, '');
  // Control characters (from binary files) are named, not printed invisibly.
  return Array.from(reason, (ch) => {
    const code = ch.charCodeAt(0);
    const control = code < 0x20 || (code >= 0x7f && code <= 0x9f);
    return control ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : ch;
  }).join('');
}

/** Depth of nesting, measured without recursion so hostile input cannot overflow the stack. */
export function nestingDepth(value: unknown): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    const here = depth + 1;
    if (here > deepest) deepest = here;
    for (const child of Object.values(node)) stack.push([child, here]);
  }
  return deepest;
}

/**
 * Parses JSON text with limits on size and depth. Syntax errors name the line and column.
 * `what` names the kind of file in messages ("framework file").
 */
export function parseJsonText(
  text: string,
  limits: JsonLimits,
  what: string,
): ValidationResult<unknown> {
  const bytes = utf8Length(text);
  if (bytes > limits.maxBytes) {
    return invalid([
      {
        path: '(the whole file)',
        message: `is ${describeSize(bytes)}; ${withArticle(what)} can be at most ${describeSize(limits.maxBytes)}`,
      },
    ]);
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    return invalid([
      { path: '(the whole file)', message: `is empty; expected ${withArticle(what)} in JSON` },
    ]);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : jsonSyntaxErrorOffset(body);
    const where = offset === undefined ? '' : ` at ${lineAndColumn(body, offset)}`;
    return invalid([
      { path: '(the whole file)', message: `is not valid JSON${where}: ${engineReason(message)}` },
    ]);
  }
  const depth = nestingDepth(parsed);
  if (depth > limits.maxDepth) {
    return invalid([
      {
        path: '(the whole file)',
        message: `is nested ${depth} levels deep; ${withArticle(what)} is never deeper than ${limits.maxDepth}`,
      },
    ]);
  }
  return valid(parsed);
}
