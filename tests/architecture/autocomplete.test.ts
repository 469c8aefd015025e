/**
 * Text typed into Case Audit stays out of the browser's own stores. Chromium keeps what was
 * typed into an ordinary text box in its session-restore files, and offers it again from its
 * autofill database, in plain text, unless the field says `autocomplete="off"`. So every text
 * field and text area in the screens says so (passphrase fields say `current-password` or
 * `new-password`, which keeps them out too), including those still to be written: this reads
 * every screen's source.
 */
import { expect, it } from 'vitest';
import { sourceGraph } from './sourceGraph';

/** Controls that hold no typed text. */
const NOT_TEXT = new Set(['checkbox', 'radio', 'file', 'hidden', 'submit', 'button', 'reset']);
const ALLOWED = new Set(['off', 'current-password', 'new-password']);

/** Each `<input …>` and `<textarea …>` element's opening tag, braces and strings skipped. */
function openingTags(text: string): { tag: string; line: number }[] {
  const out: { tag: string; line: number }[] = [];
  for (const match of text.matchAll(/<(input|textarea)\b/g)) {
    let i = match.index + match[0].length;
    let depth = 0;
    let quote: string | null = null;
    for (; i < text.length; i++) {
      const c = text[i]!;
      if (quote) {
        if (c === quote) quote = null;
      } else if (depth > 0 && (c === '"' || c === "'" || c === '`')) quote = c;
      else if (c === '{') depth++;
      else if (c === '}') depth--;
      else if (c === '>' && depth === 0) break;
    }
    const line = text.slice(0, match.index).split('\n').length;
    out.push({ tag: text.slice(match.index, i + 1), line });
  }
  return out;
}

/** What is wrong with one field's autocomplete, or null. */
function problem(tag: string): string | null {
  const type = /\btype="([a-z-]+)"/.exec(tag)?.[1];
  if (type && NOT_TEXT.has(type)) return null;
  const literal = /\bautoComplete="([^"]*)"/.exec(tag);
  if (literal) return ALLOWED.has(literal[1]!) ? null : `autoComplete="${literal[1]}"`;
  // A shared component passing its own prop on (its default is checked where it is declared).
  if (/\bautoComplete=\{\w+\}/.test(tag)) return null;
  return 'no autoComplete';
}

it('keeps every text field out of the browser’s autofill and session-restore stores', () => {
  const screens = sourceGraph().filter(
    (f) => f.path.startsWith('src/ui/') && f.path.endsWith('.tsx'),
  );
  expect(screens.length).toBeGreaterThan(50);
  const wrong = screens.flatMap((file) =>
    openingTags(file.text).flatMap(({ tag, line }) => {
      const why = problem(tag);
      return why ? [`${file.path}:${line}: ${why}`] : [];
    }),
  );
  expect(wrong).toEqual([]);
});

it('gives the shared text field autocomplete="off" unless told otherwise', () => {
  const fields = sourceGraph().find(
    (f) => f.path === 'src/ui/components/InspectionFrame/formFields.tsx',
  );
  expect(fields?.text).toMatch(/autoComplete = 'off'/);
});
