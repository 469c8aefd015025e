/**
 * The pieces every framework field is made of: ids, and text that is never blank and never
 * holds characters no reader can see (control characters, half of a surrogate pair).
 */
import { z } from 'zod';

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export const idSchema = z
  .string()
  .regex(
    ID_PATTERN,
    'must be 1–64 letters, digits, dots, dashes or underscores, starting with a letter or digit',
  );

function codePoint(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** C0 and C1 control characters and DEL; tab and line breaks only where `multiLine`. */
function isControl(code: number, multiLine: boolean): boolean {
  if (multiLine && (code === 0x09 || code === 0x0a || code === 0x0d)) return false;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/**
 * What is wrong with the characters of a text field, or null: control characters (tab and
 * line breaks are allowed in multi-line text only) and unpaired surrogates, which a NUL pasted
 * from another system or a string cut in half leave behind.
 */
export function textCharacterProblem(value: string, multiLine: boolean): string | null {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (isControl(code, multiLine)) {
      const oneLine = multiLine ? '' : ' (this field is one line: no tabs or line breaks)';
      return `must not contain control characters${oneLine}: found ${codePoint(code)} at character ${i + 1}`;
    }
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = value.charCodeAt(i + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return `must not contain half of a character (an unpaired surrogate, ${codePoint(code)}) at character ${i + 1}`;
    }
  }
  return null;
}

export function refuseBadCharacters(multiLine: boolean) {
  return (value: string, ctx: z.core.$RefinementCtx<string>) => {
    const problem = textCharacterProblem(value, multiLine);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  };
}

// Blank text is refused, but text is never trimmed: a trim would change the file on import.
export const text = (max: number, multiLine = false) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((value) => value.trim() !== '', 'must not be empty')
    .superRefine(refuseBadCharacters(multiLine));

/** Plain text; a blank line separates paragraphs. Never markup: it is always rendered as text. */
export const plainText = text(20_000, true);
