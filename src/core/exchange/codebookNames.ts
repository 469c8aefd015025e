/**
 * Variable names for statistics programs, made from the cases spreadsheet's headings. A
 * framework id may start with a digit or hold dots and dashes (`2.1`, `legal-status`), which
 * SPSS and R do not take as names; one name serves both, so the codebook maps each column once:
 * letters, digits and underscores, starting with a letter, at most 64 characters (SPSS's
 * limit), never one of either program's reserved words, and unique without regard to case
 * (SPSS does not tell `Q1` from `q1`).
 */

export const VARIABLE_NAME_MAX = 64;

/** SPSS's reserved keywords and R's reserved words, lower case. */
const RESERVED = new Set([
  'all',
  'and',
  'by',
  'eq',
  'ge',
  'gt',
  'le',
  'lt',
  'ne',
  'not',
  'or',
  'to',
  'with',
  'if',
  'else',
  'repeat',
  'while',
  'function',
  'for',
  'in',
  'next',
  'break',
  'true',
  'false',
  'null',
  'inf',
  'nan',
  'na',
  'na_integer_',
  'na_real_',
  'na_character_',
  'na_complex_',
]);

/** A heading (or a part of one) with every character a name may not hold made an underscore. */
export function nameFragment(text: string): string {
  return text
    .replace(/[^A-Za-z0-9_]+/g, '_')
    .replace(/_{2,}/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** A valid name for `text`, not yet made unique. */
function baseName(text: string): string {
  let name = nameFragment(text);
  if (!/^[A-Za-z]/.test(name) || RESERVED.has(name.toLowerCase())) name = `v_${name}`;
  return name.slice(0, VARIABLE_NAME_MAX).replace(/_+$/, '');
}

/**
 * Gives out names, each unique among those given before and `taken`: a name already used gets
 * `_2`, `_3`, …, shortened first where it would pass 64 characters.
 */
export function nameAllocator(taken: Iterable<string> = []): (text: string) => string {
  const used = new Set([...taken].map((name) => name.toLowerCase()));
  return (text) => {
    const base = baseName(text);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) {
      const suffix = `_${n}`;
      name = `${base.slice(0, VARIABLE_NAME_MAX - suffix.length)}${suffix}`;
    }
    used.add(name.toLowerCase());
    return name;
  };
}
